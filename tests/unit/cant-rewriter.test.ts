import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { baseVerb, LEFT_OUT, MAX_THOUGHT_LENGTH, rewriteCant, splitThoughts } from '../../src/exercises/cant-rewriter/rules';
import { NARROWING_QUESTION } from '../../src/exercises/cant-rewriter/data';
import { KNOWN_MISSES } from './cant-rewriter-known-misses';
import { LATER, MIXED, MUTATION, NO_TASK, PLAIN, REPORTED, RESTORED, WORDS, type Row } from './cant-rewriter-table';

/** The statement a bare task in the table stands for ("[empty]": the guidance of that reason). */
const statement = (task: string) => (/^(?:I |We |\[)/.test(task) ? task : `I don't yet know how to ${task}.`);

/** What the rewriter made of a thought, in the table's terms. */
function outcome(thought: string): { task: string | null; leftOut: string } {
  const result = rewriteCant(thought);
  const leftOut = result.leftOut
    .map((p) => `${p.kind}: ${p.text}`)
    .sort()
    .join('; ');
  return { task: result.kind === 'rewrite' ? result.text : result.reason === 'no-task' ? null : `[${result.reason}]`, leftOut };
}

const sorted = (leftOut: string) => leftOut.split('; ').filter(Boolean).sort().join('; ');

function matches([thought, task, leftOut]: Row): boolean {
  const got = outcome(thought);
  const tasks = (Array.isArray(task) ? task : [task]).map((t) => (t === null ? null : statement(t)));
  const leftOuts = (Array.isArray(leftOut) ? leftOut : [leftOut]).map(sorted);
  return tasks.includes(got.task) && leftOuts.includes(got.leftOut);
}

describe('rewriteCant: the table of thoughts', () => {
  const rows = [...PLAIN, ...MIXED, ...NO_TASK, ...LATER, ...RESTORED, ...REPORTED, ...WORDS, ...MUTATION];
  const misses = rows.filter((row) => !matches(row));
  const describeMiss = (row: Row) => {
    const got = outcome(row[0]);
    return `  ${JSON.stringify(row[0])}\n    expected ${JSON.stringify(row[1])} / ${JSON.stringify(row[2])}\n    got      ${JSON.stringify(got.task)} / ${JSON.stringify(got.leftOut)}`;
  };
  const hits = rows.length - misses.length;
  console.log(
    `Rewriter table: ${hits} of ${rows.length} (${((100 * hits) / rows.length).toFixed(1)}%) match; ${Object.keys(KNOWN_MISSES).length} known misses.`,
  );

  it('has at least 150 thoughts, 50 of them mixed, none twice', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(MIXED.length).toBeGreaterThanOrEqual(50);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('misses no row that is not on the list of known misses', () => {
    const newMisses = misses.filter(([thought]) => !(thought in KNOWN_MISSES));
    expect(newMisses.map(describeMiss).join('\n'), 'rows that miss and are not known misses').toBe('');
  });

  it('matches nothing on the list of known misses (a row that now matches comes off the list)', () => {
    const missed = new Set(misses.map(([thought]) => thought));
    const fixed = Object.keys(KNOWN_MISSES).filter((thought) => !missed.has(thought));
    expect(fixed, 'known misses that now match: take them off tests/unit/cant-rewriter-known-misses.ts').toEqual([]);
  });

  it('lists as known misses only rows of the table, each with a reason', () => {
    const thoughts = new Set(rows.map(([thought]) => thought));
    for (const [thought, reason] of Object.entries(KNOWN_MISSES)) {
      expect(thoughts.has(thought), thought).toBe(true);
      expect(reason.length, thought).toBeGreaterThan(10);
    }
  });

  it('gets at least 95% exactly right (or by an accepted alternative)', () => {
    expect(hits / rows.length, misses.map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('writes every task statement as a person would: capital I, one full stop, no doubled words, no "learn to"', () => {
    let checked = 0;
    for (const [thought] of rows) {
      const result = rewriteCant(thought);
      if (result.kind !== 'rewrite') continue; // guidance has no task statement to check
      checked += 1;
      for (const t of result.thoughts) {
        expect(t.rewrite, thought).toMatch(/^(?:I|We) don't yet know (?:how|what|when|where) to [^.]*[^\s.]\.$/);
        expect(t.rewrite, thought).not.toMatch(/\b(\w+) \1\b|\bi\b|\blearn (?:how )?to\b| well\.$|\b(?:because|always will|zero talent)\b/);
      }
      for (const part of result.leftOut) expect(part.text, thought).toMatch(/^[A-Z]/);
    }
    // The loop skips guidance, so it could pass by checking nothing: it must have checked a rewrite for
    // every thought the table expects a task from, known misses aside.
    const expectTask = rows.filter(
      ([thought, task]) => !(thought in KNOWN_MISSES) && [task].flat().some((t) => t !== null && !t.startsWith('[')),
    ).length;
    expect(checked).toBeGreaterThanOrEqual(expectTask);
  });
});

describe('rewriteCant: several sentences at once', () => {
  it('rewrites each thought and keeps their order', () => {
    const result = rewriteCant("I can't do public speaking. I'm bad at math! I'll never get this");
    expect(result.kind).toBe('rewrite');
    if (result.kind !== 'rewrite') return;
    expect(result.thoughts.map((t) => t.rewrite)).toEqual([
      "I don't yet know how to speak in public.",
      "I don't yet know how to do math.",
      "I don't yet know how to work this out.",
    ]);
    expect(result.text).toBe(
      "I don't yet know how to speak in public. I don't yet know how to do math. I don't yet know how to work this out.",
    );
  });

  it('skips sentences that are not "I can\'t" thoughts and rewrites the rest', () => {
    const result = rewriteCant('The meeting is on Friday.\nI can’t present the results');
    expect(result.kind === 'rewrite' && result.text).toBe("I don't yet know how to present the results.");
  });

  it('keeps a verdict in its own sentence out of the task, and a task from the next sentence', () => {
    const result = rewriteCant("I'm bad at chemistry. I'm not good enough.");
    expect(result.kind === 'rewrite' && result.text).toBe("I don't yet know how to do chemistry.");
    expect(result.leftOut).toEqual([{ kind: 'verdict', text: "I'm not good enough" }]);
  });

  it('reads a comparison in the next sentence as part of the same thought', () => {
    const result = rewriteCant("I can't drive. Everyone else my age can drive.");
    expect(result.kind === 'rewrite' && result.text).toBe("I don't yet know how to drive.");
    expect(result.leftOut).toEqual([{ kind: 'comparison', text: 'Everyone else my age can drive' }]);
  });
});

describe('baseVerb: the verb inside a gerund', () => {
  it.each([
    ['fixing', 'fix'],
    ['writing', 'write'],
    ['running', 'run'],
    ['speaking', 'speak'],
    ['driving', 'drive'],
    ['dancing', 'dance'],
    ['managing', 'manage'],
    ['budgeting', 'budget'],
    ['organising', 'organise'],
    ['studying', 'study'],
    ['negotiating', 'negotiate'],
    ['listening', 'listen'],
    ['singing', 'sing'],
    ['nursing', 'nurse'],
    ['handling', 'handle'],
    ['sharing', 'share'],
    ['coding', 'code'],
    ['losing', 'lose'],
    ['using', 'use'],
  ])('%s → %s', (gerund, verb) => expect(baseVerb(gerund)).toBe(verb));

  it('leaves nouns that end in -ing alone', () => {
    for (const word of ['thing', 'morning', 'nothing', 'sing']) expect(baseVerb(word)).toBeUndefined();
  });
});

describe('rewriteCant: guidance instead of garbage', () => {
  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['!!!', 'empty'],
    ['x'.repeat(MAX_THOUGHT_LENGTH + 1), 'too-long'],
    ['I can do this', 'already-can'],
    ['I am able to swim', 'already-can'],
    ["I can't wait for the holidays", 'not-ability'],
    ["I can't stand my commute", 'not-ability'],
    ["I can't believe it's Friday", 'not-ability'],
    ["He can't do anything right", 'not-about-self'],
    ['My boss never listens', 'not-a-cant'],
    ['What should I have for dinner?', 'not-a-cant'],
    ['Public speaking', 'not-a-cant'],
    ['asdf qwerty', 'not-a-cant'],
  ])('%j → %s', (input, reason) => {
    const result = rewriteCant(input);
    expect(result.kind).toBe('guidance');
    if (result.kind === 'guidance') {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(20);
    }
  });

  it('treats "!!!" as nothing typed', () => {
    // the text keeps its punctuation, but a thought needs letters
    expect(splitThoughts('!!!')).toEqual([]);
  });

  it("reads a thought up to the length the worksheet's field takes, and no longer", () => {
    const thought = `I can't ${'x'.repeat(MAX_THOUGHT_LENGTH - 8)}`;
    expect(thought).toHaveLength(MAX_THOUGHT_LENGTH);
    expect(rewriteCant(thought).kind).toBe('rewrite');
    const tooLong = rewriteCant(`${thought}x`);
    expect(tooLong).toMatchObject({ kind: 'guidance', reason: 'too-long' });
    // the message says how long a thought may be
    expect(tooLong.kind === 'guidance' && tooLong.message).toContain(String(MAX_THOUGHT_LENGTH));
  });

  it('never throws on odd input', () => {
    for (const input of ['\u0000', '🙂🙂', "can't", "I can't", 'I can’t.', "i'm", 'İ CAN’T DO İT', '\\n'.repeat(50)]) {
      expect(() => rewriteCant(input)).not.toThrow();
    }
  });

  it('a bare "I can\'t" asks what the task is, not "I don\'t yet know how to ."', () => {
    const result = rewriteCant("I can't.");
    expect(result.kind === 'guidance' && result.reason).toBe('no-task');
    expect(result.kind === 'guidance' && result.message).toMatch(/What were you trying to do/);
  });

  it('a verdict with no task asks for the task and still shows the verdict', () => {
    const result = rewriteCant("I'm such a failure");
    expect(result.kind === 'guidance' && result.reason).toBe('no-task');
    expect(result.leftOut).toEqual([{ kind: 'verdict', text: "I'm such a failure" }]);
  });
});

// Comparing NARROWING_QUESTION with a copy of its own text could never catch anything; what matters is
// that the worksheet asks it, as the label of the skill field that follows the rewrite.
describe('the narrowing question', async () => {
  const { h } = await import('preact');
  const { render } = await import('preact-render-to-string');
  const CantRewriter = (await import('../../src/exercises/cant-rewriter/CantRewriter')).default;

  it('lets the thought field hold exactly as much as the rules read', () => {
    const html = render(h(CantRewriter, { level: 3 }));
    const field = html.match(/<textarea[^>]*id="cant-rewriter-thought"[^>]*>/)?.[0] ?? '';
    expect(field).toContain(`maxlength="${MAX_THOUGHT_LENGTH}"`);
  });

  it('labels the one-skill field of the worksheet', () => {
    const html = render(h(CantRewriter, { level: 3 }));
    const label = html.match(/<label class="field__label" for="cant-rewriter-skill">([^<]*)<\/label>/)?.[1];
    expect(label).toBe(NARROWING_QUESTION);
    expect(label).toMatch(/\bone skill\b.*\?$/); // a question, about one skill
  });
});

describe('rewriteCant: what the mutation run found untested', () => {
  it('names each kind of left-out part, says why in a sentence, and links to a heading of the lesson by its id', () => {
    for (const [kind, info] of Object.entries(LEFT_OUT)) {
      expect(info.name, kind).toMatch(/^[A-Z]\w*( \w+)*$/);
      expect(info.why, kind).toMatch(/^[A-Z].{20,}\.$/);
      expect(info.lesson, kind).toBe('/lessons/esteem-vs-efficacy/');
      expect(info.id, kind).toBe(
        info.heading
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .replace(/ /g, '-'),
      );
      expect(info.heading.length, kind).toBeGreaterThan(5);
    }
    expect(existsSync('content/esteem-vs-efficacy.mdx')).toBe(true);
  });

  it('a thought said twice gives its task once, and a verdict said twice is left out once', () => {
    const twice = rewriteCant("I can't swim. I can't swim.");
    expect(twice.kind === 'rewrite' && twice.thoughts.map((t) => t.task)).toEqual(['swim']);
    const verdicts = rewriteCant("I can't draw, I'm useless. I'm useless.");
    expect(verdicts.leftOut).toEqual([{ kind: 'verdict', text: "I'm useless" }]);
  });

  it.each([
    ['being', 'be'],
    ['doing', 'do'],
    ['going', 'go'],
    ['seeing', 'see'],
    ['focusing', 'focus'],
    ['developing', 'develop'],
    ['dying', 'die'],
    ['installing', 'install'],
  ])('baseVerb: the irregular gerund %s → %s', (gerund, verb) => expect(baseVerb(gerund)).toBe(verb));
});
