// Issue 23: what a newly received hand-in must be. Names without invisible or separator characters,
// grid area names inside entries by the same rule, the week a real Monday in the years 0001–9999,
// each practice once and no more than an assignment can have; kept hand-ins keep opening.
import { describe, expect, it } from 'vitest';
import { handInProblems, sendProblem, type HandIn } from '../../../src/lib/transfer/hand-in';
import { decodeHandIn, encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { handInsSpecFor } from '../../../src/lib/transfer/hand-ins-data';
import { parseAssignment } from '../../../src/lib/assignment-link';
import { classListProblem } from '../../../src/lib/class-list';
import { exerciseById } from '../../../src/exercises/catalog';

const known = new Set(['catch-one-cant', 'efficacy-grid', 'two-line-self-compassion']);
const base: HandIn = {
  v: 2,
  assignment: { practices: ['catch-one-cant', 'efficacy-grid'], week: '2026-11-23', className: '9B', areas: ['Maths'] },
  student: 'Alice',
  handedInAt: '2026-11-25T09:00:00.000Z',
  entries: [{ exercise: 'efficacy-grid', createdAt: '2026-11-24T10:00:00.000Z', fields: { ratings: [{ domain: 'Maths', rating: 4 }] } }],
  reflections: [],
};
const opened = (h: HandIn) => decodeHandIn(exerciseById, encodeHandIn(h), known);
const refusal = (h: HandIn) => {
  const d = opened(h);
  return d.ok ? 'opened' : d.message;
};

const INVISIBLE: [string, string][] = [
  ['U+034F (combining grapheme joiner)', '\u034F'],
  ['U+3164 (Hangul filler)', '\u3164'],
  ['U+2800 (blank Braille pattern)', '\u2800'],
  ['U+2028 (line separator)', '\u2028'],
  ['U+2029 (paragraph separator)', '\u2029'],
  ['U+200B (zero-width space)', '\u200B'],
];

describe('names with invisible or separator characters', () => {
  it.each(INVISIBLE)('a student name with %s is refused, and the student is told first', (_label, char) => {
    const h = { ...base, student: `Alice${char}` };
    expect(refusal(h)).toMatch(/student name/);
    expect(sendProblem(exerciseById, h)).toMatchObject({ field: 'student' });
  });
  it.each(INVISIBLE)('a class name with %s is refused', (_label, char) => {
    expect(refusal({ ...base, assignment: { ...base.assignment, className: `9B${char}` } })).toMatch(/assignment details/);
    expect(parseAssignment(`?p=catch-one-cant&w=2026-11-23&c=${encodeURIComponent(`9B${char}`)}`, known).ok).toBe(false);
  });
  it.each(INVISIBLE)('a grid area inside an entry with %s is refused', (_label, char) => {
    const h = {
      ...base,
      entries: [
        {
          exercise: 'efficacy-grid' as const,
          createdAt: '2026-11-24T10:00:00.000Z',
          fields: { ratings: [{ domain: `Maths${char}`, rating: 4 }] },
        },
      ],
    };
    expect(refusal(h)).toMatch(/field/);
    expect(sendProblem(exerciseById, h)?.message).toMatch(/area name/);
  });
  it('a combining mark standing alone is refused; one on its letter is a name', () => {
    expect(refusal({ ...base, student: '\u0301Alice' })).toMatch(/student name/);
    expect(refusal({ ...base, student: 'Ali \u0301ce' })).toMatch(/student name/);
    expect(refusal({ ...base, student: 'Jose\u0301' })).toBe('opened');
    expect(refusal({ ...base, student: 'José María' })).toBe('opened');
    expect(refusal({ ...base, student: 'محمد\u200Cرضا' })).toBe('opened');
    expect(refusal({ ...base, student: 'Sam 👩‍💻' })).toBe('opened');
  });
  it('a class list with such a name has a problem', () => {
    expect(classListProblem('Bob\nAlice\u3164')).toMatch(/invisible/);
    expect(classListProblem('Bob\nAlice')).toBeUndefined();
  });
});

describe('weeks and practices', () => {
  it.each(['2024-13-45', 'lol', '2026-11-25', '0100-01-05', '0000-01-03', '9999-12-27'])('a hand-in for the week %s is refused', (week) => {
    expect(refusal({ ...base, assignment: { ...base.assignment, week } })).toMatch(/week|assignment details/);
  });
  it.each(['0001-01-01', '0100-01-04', '9999-12-20'])('a hand-in for the Monday %s opens', (week) => {
    expect(refusal({ ...base, assignment: { ...base.assignment, week } })).toBe('opened');
  });
  it('an assignment listing one practice many times, or more than an assignment can have, is refused', () => {
    expect(refusal({ ...base, assignment: { ...base.assignment, practices: Array(10_000).fill('catch-one-cant') } })).toMatch(
      /each practice once/,
    );
    expect(refusal({ ...base, assignment: { ...base.assignment, practices: ['catch-one-cant', 'catch-one-cant'] } })).toMatch(
      /each practice once/,
    );
    expect(refusal({ ...base, assignment: { ...base.assignment, practices: [] } })).toMatch(/each practice once/);
  });
});

describe('kept hand-ins', () => {
  it('keep opening under the rules they were received by', () => {
    const old = { ...base, v: 1 as const, student: 'Alice\u3164', assignment: { ...base.assignment, week: '2026-11-25' } };
    expect(handInProblems(exerciseById, old, undefined, { stored: true })).toEqual([]);
    const state = {
      entries: [{ id: 'e1', createdAt: base.handedInAt, updatedAt: base.handedInAt, handIn: old }],
      draft: { value: {}, updatedAt: '' },
    };
    expect(handInsSpecFor(exerciseById).isValid(state)).toBe(true);
  });
});
