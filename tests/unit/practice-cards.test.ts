// Every tool has a practice card in its folder (src/exercises/<id>/card.ts) that passes the schema,
// and the schema holds the rules a card must keep.
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../src/data/tool-cards';
import { EXERCISE_IDS } from '../../src/lib/exercise-ids';
import { toolCardSchema } from '../../src/lib/practice-card';

describe.each([...EXERCISE_IDS])('%s', (id) => {
  it('has a card that passes the schema', () => {
    const card = cardOf(id);
    expect(card.steps.length).toBeGreaterThanOrEqual(2);
  });
});

describe('toolCardSchema', () => {
  const card = cardOf('self-compassion');
  it('refuses a card without its low-mood choice, its evidence, or its steps', () => {
    const { whoFor, evidence: _, steps: __, ...rest } = card;
    const { lowMood: ___, ...whoForWithout } = whoFor;
    expect(toolCardSchema.safeParse({ ...card, whoFor: whoForWithout }).success).toBe(false);
    expect(toolCardSchema.safeParse({ ...rest, steps: card.steps }).success).toBe(false);
    expect(toolCardSchema.safeParse({ ...rest, evidence: card.evidence }).success).toBe(false);
  });
  it('wants parts written as sentences', () => {
    expect(toolCardSchema.safeParse({ ...card, whyTry: 'It helps you get going again after a setback, mostly' }).success).toBe(false);
  });
  it('throws for a tool without a card, naming the file to add', () => {
    expect(() => cardOf('no-such-tool' as never)).toThrow(/src\/exercises\/no-such-tool\/card\.ts/);
  });
});
