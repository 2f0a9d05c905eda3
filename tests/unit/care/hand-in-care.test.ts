import { describe, expect, test } from 'vitest';
import { fieldKey, flaggedParts, needsALook, withoutFlagged } from '../../../src/lib/care/hand-in-care';
import { riskIn } from '../../../src/lib/care/risk';
import type { HandIn } from '../../../src/lib/transfer/hand-in';

const handIn = (entries: HandIn['entries'], reflections: HandIn['reflections'] = []): HandIn => ({
  v: 1,
  assignment: { practices: ['self-talk', 'small-wins'], week: '2026-11-30', className: '9B' },
  student: 'Sam',
  handedInAt: '2026-12-02T10:00:00.000Z',
  entries,
  reflections,
});

describe('the parts of a hand-in that need a look', () => {
  test('an ordinary hand-in needs none', () => {
    const parts = flaggedParts(
      handIn(
        [{ exercise: 'cant-rewriter', createdAt: '2026-12-01T10:00:00.000Z', fields: { thought: "I can't do fractions" } }],
        [{ practice: 'self-talk', text: 'I was kinder to myself this week.' }],
      ),
      riskIn,
    );
    expect(needsALook(parts)).toBe(false);
  });
  test('names the field and the reflection whose words signal risk, and only those', () => {
    const parts = flaggedParts(
      handIn(
        [
          {
            exercise: 'cant-rewriter',
            createdAt: '2026-12-01T10:00:00.000Z',
            fields: { thought: "I can't spell", rewrite: 'I don’t yet know how to spell.' },
          },
          {
            exercise: 'self-compassion',
            createdAt: '2026-12-01T11:00:00.000Z',
            fields: { criticism: 'everyone would be better off without me', friend: 'You matter.' },
          },
        ],
        [
          { practice: 'self-talk', text: 'fine' },
          { practice: 'small-wins', text: 'i cant go on like this' },
        ],
      ),
      riskIn,
    );
    expect([...parts.fields]).toEqual([fieldKey(1, 'criticism')]);
    expect([...parts.reflections]).toEqual(['small-wins']);
    expect(needsALook(parts)).toBe(true);
  });
  test('words inside a structured value (a grid’s area names) are read too', () => {
    const parts = flaggedParts(
      handIn([
        { exercise: 'efficacy-grid', createdAt: '2026-12-01T10:00:00.000Z', fields: { ratings: [{ domain: 'I want to die', rating: 3 }] } },
      ]),
      riskIn,
    );
    expect([...parts.fields]).toEqual([fieldKey(0, 'ratings')]);
  });
});

describe('what the class may see with names hidden', () => {
  test('the flagged field and reflection are left out, everything else stays', () => {
    const h = handIn(
      [
        {
          exercise: 'self-compassion',
          createdAt: '2026-12-01T11:00:00.000Z',
          fields: { criticism: 'everyone would be better off without me', friend: 'You matter.' },
        },
      ],
      [
        { practice: 'self-talk', text: 'fine' },
        { practice: 'small-wins', text: 'i cant go on like this' },
      ],
    );
    const shown = withoutFlagged(h, flaggedParts(h, riskIn));
    expect(shown.entries[0]!.fields).toEqual({ friend: 'You matter.' });
    expect(shown.reflections).toEqual([{ practice: 'self-talk', text: 'fine' }]);
    // The hand-in itself is not changed.
    expect(h.entries[0]!.fields).toHaveProperty('criticism');
  });
});
