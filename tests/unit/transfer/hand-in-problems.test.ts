// handInProblems field by field (src/lib/transfer/hand-in.ts): each damaged part of a hand-in is
// named by its own message and nothing else is, at each limit. Written for what the mutation run
// (npm run test:mutation) found untested.
import { MAX_PRACTICES } from '../../../src/lib/assignment-limits';
import { describe, expect, it } from 'vitest';
import { decodeHandIn, encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { exerciseById } from '../../../src/exercises/catalog';
import { codeFromText, fitsInLink, handInProblems, MAX_CODE_LENGTH, MAX_ENTRIES, type HandIn } from '../../../src/lib/transfer/hand-in';

const known = new Set(['catch-one-cant', 'efficacy-grid']);
const KEY = 'A'.repeat(43);
const SIG = 'B'.repeat(86);
const valid: HandIn = {
  v: 2,
  assignment: { practices: ['catch-one-cant', 'efficacy-grid'], week: '2026-11-23', className: '9B', areas: ['Maths'] },
  student: 'Alice',
  handedInAt: '2026-11-25T09:00:00.000Z',
  entries: [{ exercise: 'efficacy-grid', createdAt: '2026-11-24T10:00:00.000Z', fields: { ratings: [{ domain: 'Maths', rating: 4 }] } }],
  reflections: [{ practice: 'efficacy-grid', text: 'It helped.' }],
};
const problems = (change: Record<string, unknown>) => handInProblems(exerciseById, { ...valid, ...change }, known);
const assignment = (change: Record<string, unknown>) => problems({ assignment: { ...valid.assignment, ...change } });
const entry = (change: Record<string, unknown>) => problems({ entries: [{ ...valid.entries[0], ...change }] });

describe('handInProblems: one message per damaged part', () => {
  it('a valid hand-in has none, signed or not', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ signature: { key: { x: KEY, y: KEY }, sig: SIG } })).toEqual([]);
  });

  it('not a hand-in at all, or a version it cannot read', () => {
    expect(handInProblems(exerciseById, null)).toEqual(['It is not a hand-in.']);
    expect(handInProblems(exerciseById, [valid])).toEqual(['It is not a hand-in.']);
    expect(problems({ v: 3 })).toEqual(['It was made by a newer version of this site.']);
    expect(problems({ v: 2.5 })).toEqual(['It was made by a newer version of this site.']);
    expect(problems({ v: '3' })).toEqual(['It is not a hand-in this site can read.']);
    expect(problems({ v: 0 })).toEqual(['It is not a hand-in this site can read.']);
  });

  it('the practices: at least one, each once, known to this site', () => {
    expect(assignment({ practices: [] })).toEqual([`Its assignment must name each practice once, and at most ${MAX_PRACTICES}.`]);
    expect(assignment({ practices: ['efficacy-grid', 'efficacy-grid'] })).toEqual([
      `Its assignment must name each practice once, and at most ${MAX_PRACTICES}.`,
    ]);
    expect(assignment({ practices: ['efficacy-grid', 'no-such-practice'] })).toEqual(['It names a practice this site does not have.']);
  });

  it('at most MAX_PRACTICES practices', () => {
    const named = (n: number) => Array.from({ length: n }, (_, i) => `practice-${i}`);
    const check = (n: number) => handInProblems(exerciseById, { ...valid, assignment: { ...valid.assignment, practices: named(n) } });
    expect(check(MAX_PRACTICES)).toEqual([]);
    expect(check(MAX_PRACTICES + 1)).toEqual([`Its assignment must name each practice once, and at most ${MAX_PRACTICES}.`]);
  });

  it('the grid areas: at most six names, each a name', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(assignment({ areas: six })).toEqual([]);
    expect(assignment({ areas: [...six, 'g'] })).toEqual(['Its grid areas are damaged.']);
    expect(assignment({ areas: ['Maths', 7] })).toEqual(['Its grid areas are damaged.']);
    expect(assignment({ areas: 'Maths' })).toEqual(['Its grid areas are damaged.']);
  });

  it('entries: at most MAX_ENTRIES, each with a known exercise, a date and fields', () => {
    expect(problems({ entries: Array(MAX_ENTRIES).fill(valid.entries[0]) })).toEqual([]);
    expect(problems({ entries: Array(MAX_ENTRIES + 1).fill(valid.entries[0]) })).toEqual(['Its entries are missing or too many.']);
    expect(problems({ entries: 'none' })).toEqual(['Its entries are missing or too many.']);
    for (const damaged of [{ exercise: 'no-such-exercise' }, { exercise: 5 }, { createdAt: 'yesterday' }, { fields: 'text' }]) {
      expect(entry(damaged), JSON.stringify(damaged)).toEqual(['An entry is damaged.']);
    }
    expect(problems({ entries: ['an entry'] })).toEqual(['An entry is damaged.']);
  });

  it('reflections: at most 20, each a practice and a text', () => {
    const one = valid.reflections[0]!;
    expect(problems({ reflections: Array(20).fill(one) })).toEqual([]);
    expect(problems({ reflections: Array(21).fill(one) })).toEqual(['Its reflections are damaged.']);
    expect(problems({ reflections: 'none' })).toEqual(['Its reflections are damaged.']);
    expect(problems({ reflections: [{ practice: 'efficacy-grid' }] })).toEqual(['Its reflections are damaged.']);
    expect(problems({ reflections: [{ text: 'no practice' }] })).toEqual(['Its reflections are damaged.']);
    expect(problems({ reflections: ['text'] })).toEqual(['Its reflections are damaged.']);
  });

  it('the private parts list: at most 20 practice names', () => {
    expect(problems({ withheld: Array(20).fill('efficacy-grid') })).toEqual([]);
    expect(problems({ withheld: Array(21).fill('efficacy-grid') })).toEqual(['Its list of private parts is damaged.']);
    expect(problems({ withheld: [5] })).toEqual(['Its list of private parts is damaged.']);
    expect(problems({ withheld: 'efficacy-grid' })).toEqual(['Its list of private parts is damaged.']);
  });

  it('the signature: only on version 2, with a key of two 43-character halves and an 86-character signature', () => {
    const signature = (key: unknown, sig: unknown) => problems({ signature: { key, sig } });
    const damaged = ['Its signature is damaged.'];
    expect(problems({ v: 1, signature: { key: { x: KEY, y: KEY }, sig: SIG } })).toEqual(damaged);
    expect(problems({ signature: 'signed' })).toEqual(damaged);
    expect(signature('key', SIG)).toEqual(damaged);
    expect(signature({ x: 5, y: KEY }, SIG)).toEqual(damaged);
    expect(signature({ x: KEY, y: 5 }, SIG)).toEqual(damaged);
    expect(signature({ x: KEY, y: KEY }, 5)).toEqual(damaged);
    for (const bad of [`${KEY}A`, `=${KEY.slice(1)}`, `${KEY.slice(1)}=`, KEY.slice(1)]) {
      expect(signature({ x: bad, y: KEY }, SIG), bad).toEqual(damaged);
      expect(signature({ x: KEY, y: bad }, SIG), bad).toEqual(damaged);
    }
    for (const bad of [`${SIG}B`, `=${SIG.slice(1)}`, `${SIG.slice(1)}=`]) expect(signature({ x: KEY, y: KEY }, bad), bad).toEqual(damaged);
  });
});

describe('hand-in codes', () => {
  it('a code with characters outside base64url anywhere is cut short or changed', () => {
    const code = encodeHandIn(valid);
    for (const bad of [`${code}=`, `${code.slice(0, 3)}*${code.slice(3)}`]) {
      expect(decodeHandIn(exerciseById, bad, known)).toEqual({
        ok: false,
        message: 'This hand-in has been cut short or changed: ask for the link again.',
      });
    }
    expect(decodeHandIn(exerciseById, `  ${code}\n`, known)).toMatchObject({ ok: true });
  });

  it('a link is as long as MAX_CODE_LENGTH at most; a file may be longer', () => {
    expect(fitsInLink('h'.repeat(MAX_CODE_LENGTH))).toBe(true);
    expect(fitsInLink('h'.repeat(MAX_CODE_LENGTH + 1))).toBe(false);
    const long = `h1.${'A'.repeat(MAX_CODE_LENGTH - 3)}`;
    expect(decodeHandIn(exerciseById, long, known)).not.toMatchObject({ message: expect.stringMatching(/longer than a hand-in link/) });
    expect(decodeHandIn(exerciseById, `${long}A`, known)).toMatchObject({ message: expect.stringMatching(/longer than a hand-in link/) });
    expect(decodeHandIn(exerciseById, `${long}A`, known, 10)).toEqual({
      ok: false,
      message: 'This hand-in is far larger than a hand-in can be.',
    });
  });

  it('finds the code in a link only after #, & or ? (or alone), and trims it', () => {
    expect(codeFromText('  https://example.org/teach/review/#h=h1.abc  ')).toBe('h1.abc');
    expect(codeFromText('h=h1.abc')).toBe('h1.abc');
    expect(codeFromText('https://example.org/?x=1&h=h1.abc&y=2')).toBe('h1.abc');
    expect(codeFromText('  https://example.org/path=h1.abc  ')).toBe('https://example.org/path=h1.abc');
    expect(codeFromText('  h1.abc  ')).toBe('h1.abc');
  });
});
