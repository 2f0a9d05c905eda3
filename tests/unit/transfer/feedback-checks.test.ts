// A teacher's comment (issue 24, item 9) is checked field by field on arrival: each damaged field is
// named on its own, limits are held exactly, and a code changed on the way is refused. Written from
// the mutants that survived in src/lib/transfer/feedback.ts (docs/testing.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { MAX_PRACTICES } from '../../../src/lib/assignment-limits';
import {
  decodeFeedback,
  encodeFeedback,
  feedbackCodeIn,
  feedbackMatches,
  feedbackProblems,
  MAX_FEEDBACK_CODE,
  type Feedback,
} from '../../../src/lib/transfer/feedback';

const known = new Set(['efficacy-grid', 'keep-one-skill']);
const feedback: Feedback = {
  v: 1,
  assignment: { practices: ['efficacy-grid', 'keep-one-skill'], week: '2026-11-23', className: '9C' },
  student: 'Jamie',
  comment: 'Good first step.',
  writtenAt: '2026-11-30T09:00:00.000Z',
};
const pack = (value: unknown) => `f1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)))).toString('base64url')}`;
const withAssignment = (change: Record<string, unknown>) => ({ ...feedback, assignment: { ...feedback.assignment, ...change } });

describe('the fields of a comment', () => {
  it('finds nothing wrong with a whole comment', () => {
    expect(feedbackProblems(feedback, known)).toEqual([]);
  });
  it('says a value that is no record is not a comment', () => {
    expect(feedbackProblems(null)).toEqual(['It is not a comment from a teacher.']);
    expect(feedbackProblems('a comment')).toEqual(['It is not a comment from a teacher.']);
  });
  it('tells a newer version from an unknown one', () => {
    expect(feedbackProblems({ ...feedback, v: 2 })).toEqual(['It was made by a newer version of this site.']);
    expect(feedbackProblems({ ...feedback, v: 0 })).toEqual(['Its version is unknown.']);
    expect(feedbackProblems({ ...feedback, v: '2' })).toEqual(['Its version is unknown.']);
    expect(feedbackProblems({ ...feedback, v: undefined })).toEqual(['Its version is unknown.']);
  });
  it.each([
    ['no assignment', { ...feedback, assignment: null }],
    ['practices that are no list', withAssignment({ practices: 'efficacy-grid' })],
    ['no practices', withAssignment({ practices: [] })],
    [
      'more practices than an assignment holds',
      withAssignment({ practices: Array.from({ length: MAX_PRACTICES + 1 }, (_, i) => `p${i}`) }),
    ],
    ['a practice name longer than 80 characters', withAssignment({ practices: ['p'.repeat(81)] })],
    ['a practice that is not text', withAssignment({ practices: [['efficacy-grid']] })],
    ['a week that is not text', withAssignment({ week: 20261123 })],
    ['a week that is no week', withAssignment({ week: '2026-02-30' })],
    ['a class name longer than 60 characters', withAssignment({ className: 'c'.repeat(61) })],
    ['a class name with a hidden character', withAssignment({ className: '9C\u200b' })],
    ['a class name that is not text', withAssignment({ className: ['9C'] })],
  ])('names the assignment alone as damaged for %s', (_, value) => {
    expect(feedbackProblems(value)).toEqual(['Its assignment is damaged.']);
  });
  it('holds each length limit exactly, and checks practices only against those it is told of', () => {
    const longest = withAssignment({
      practices: Array.from({ length: MAX_PRACTICES }, (_, i) => `${i}`.padEnd(80, 'p')),
      className: 'c'.repeat(60),
    });
    expect(feedbackProblems({ ...longest, student: 's'.repeat(60) })).toEqual([]);
    expect(feedbackProblems({ ...feedback, student: 's'.repeat(61) })).toEqual(['Its student name is damaged.']);
    expect(feedbackProblems(withAssignment({ practices: ['efficacy-grid', 'unknown'] }), known)).toEqual(['Its assignment is damaged.']);
    expect(feedbackProblems(withAssignment({ practices: ['efficacy-grid', 'unknown'] }))).toEqual([]);
  });
  it('names each other damaged field on its own', () => {
    expect(feedbackProblems({ ...feedback, student: 42 })).toEqual(['Its student name is damaged.']);
    expect(feedbackProblems({ ...feedback, comment: 42 })).toEqual(['Its comment is damaged.']);
    expect(feedbackProblems({ ...feedback, comment: '   ' })).toEqual(['Its comment is damaged.']);
    expect(feedbackProblems({ ...feedback, writtenAt: 'yesterday' })).toEqual(['Its date is damaged.']);
  });
});

describe('a comment’s code', () => {
  it('round-trips whatever the length of its comment (codes never carry base64 padding)', () => {
    for (const comment of ['Good.', 'Good!!', 'Good!!!', 'Well done', 'Well done.', 'Well done!!']) {
      const code = encodeFeedback({ ...feedback, comment });
      expect(code).not.toContain('=');
      expect(decodeFeedback(code, known)).toEqual({ ok: true, feedback: { ...feedback, comment } });
    }
  });
  it('opens a code pasted with spaces or a line break around it', () => {
    expect(decodeFeedback(`  ${encodeFeedback(feedback)}\n`, known)).toEqual({ ok: true, feedback });
  });
  it('refuses a code with a space or a wrong prefix, even where the rest still unpacks', () => {
    const code = encodeFeedback(feedback);
    const broken = { ok: false, message: 'This comment from your teacher has been cut short or changed: ask for it again.' };
    expect(decodeFeedback(`f1. ${code.slice(3)}`, known)).toEqual(broken);
    expect(decodeFeedback(`${code.slice(0, -1)} ${code.slice(-1)}`, known)).toEqual(broken);
    expect(decodeFeedback(`f2.${code.slice(3)}`, known)).toEqual(broken);
  });
  it('calls a code of exactly the longest length changed, not too long', () => {
    const decoded = decodeFeedback(`f1.${'A'.repeat(MAX_FEEDBACK_CODE - 3)}`, known);
    expect(decoded).toMatchObject({ ok: false, message: expect.stringMatching(/cut short or changed/) });
  });
  it('unpacks up to 8 KB and no more', () => {
    // Fields it does not know are carried along; they make the packed text the size wanted.
    const sized = (bytes: number) => {
      const base = JSON.stringify({ ...feedback, pad: '' }).length;
      return { ...feedback, pad: 'x'.repeat(bytes - base) };
    };
    expect(JSON.stringify(sized(8192)).length).toBe(8192);
    expect(decodeFeedback(pack(sized(8192)), known)).toMatchObject({ ok: true });
    expect(decodeFeedback(pack(sized(8193)), known)).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
  });
  it('finds the code only in the f parameter of a fragment', () => {
    expect(feedbackCodeIn('f=abc')).toBe('abc');
    expect(feedbackCodeIn('#ref=abc')).toBeUndefined();
    expect(feedbackCodeIn('#x=1&f=abc%2D')).toBe('abc-');
    expect(feedbackCodeIn('#f=abc%E0%A4%A')).toBe('abc%E0%A4%A');
  });
});

describe('whom a comment is for', () => {
  const assignment = { practices: ['efficacy-grid', 'keep-one-skill'], week: '2026-11-23', className: '9C' };
  it('matches any class when the student’s assignment names none, and no other class when it does', () => {
    expect(feedbackMatches(feedback, { ...assignment, className: '' }, 'Jamie').assignment).toBe(true);
    expect(feedbackMatches(feedback, { ...assignment, className: '9D' }, 'Jamie').assignment).toBe(false);
  });
  it('needs the very same practices, not some of them or more', () => {
    expect(feedbackMatches(feedback, { ...assignment, practices: ['efficacy-grid', 'other'] }, 'Jamie').assignment).toBe(false);
    expect(feedbackMatches(feedback, { ...assignment, practices: [...assignment.practices, 'other'] }, 'Jamie').assignment).toBe(false);
  });
  it('takes a student who gave no name (spaces alone) as this student, and another name as not', () => {
    expect(feedbackMatches(feedback, assignment, '   ').student).toBe(true);
    expect(feedbackMatches(feedback, assignment, 'Ana').student).toBe(false);
  });
});
