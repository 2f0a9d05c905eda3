// Issue 24, item 9: a teacher's comment to one student travels as a link to the student's assignment
// page (#f=…, never sent to a server) or as a file; everything is checked on arrival.
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import {
  commentProblem,
  decodeFeedback,
  encodeFeedback,
  feedbackCodeIn,
  feedbackFile,
  feedbackMatches,
  MAX_COMMENT,
  MAX_FEEDBACK_CODE,
  type Feedback,
} from '../../../src/lib/transfer/feedback';

const known = new Set(['efficacy-grid', 'keep-one-skill']);
const feedback: Feedback = {
  v: 1,
  assignment: { practices: ['efficacy-grid', 'keep-one-skill'], week: '2026-11-23', className: '9C' },
  student: "Jamie O'Neil",
  comment: 'Your plan for Speaking in class is a good small step. Try it on Tuesday & tell me how it went.\nWell done.',
  writtenAt: '2026-11-30T09:00:00.000Z',
};
const pack = (value: unknown) => `f1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)))).toString('base64url')}`;

describe('a comment to a student', () => {
  it('round-trips through a link’s fragment and a file', () => {
    const code = encodeFeedback(feedback);
    expect(decodeFeedback(code, known)).toEqual({ ok: true, feedback });
    expect(feedbackCodeIn(`#f=${code}`)).toBe(code);
    expect(feedbackCodeIn(`#from=x&f=${encodeURIComponent(code)}`)).toBe(code);
    expect(feedbackCodeIn('#from=/assignment/')).toBeUndefined();
    expect(JSON.parse(feedbackFile(feedback))).toEqual({ format: 'efficacy-lab-feedback', code });
  });
  it('a comment at its longest makes a link a browser opens', () => {
    const longest = { ...feedback, comment: 'Ça va très bien, Jamie! '.repeat(60).slice(0, MAX_COMMENT) };
    expect(encodeFeedback(longest).length).toBeLessThan(MAX_FEEDBACK_CODE);
    expect(decodeFeedback(encodeFeedback(longest), known)).toMatchObject({ ok: true });
  });
  it.each([
    ['cut short', encodeFeedback(feedback).slice(0, 30), /cut short or changed/],
    ['not a code', 'hello', /cut short or changed/],
    ['too long', `f1.${'A'.repeat(MAX_FEEDBACK_CODE)}`, /longer than a comment/],
    ['markup in the comment', pack({ ...feedback, comment: '<img src=x onerror=alert(1)>' }), /comment is damaged/],
    ['an unknown practice', pack({ ...feedback, assignment: { ...feedback.assignment, practices: ['x'] } }), /assignment is damaged/],
    ['a name with hidden characters', pack({ ...feedback, student: 'Jamie\u202e' }), /student name is damaged/],
    ['a newer version', pack({ ...feedback, v: 2 }), /newer version/],
    ['a bomb', pack({ ...feedback, comment: 'a'.repeat(50_000) }), /cut short or changed/],
  ])('refuses %s', (_, code, message) => {
    const decoded = decodeFeedback(code, known);
    expect(decoded.ok ? 'opened' : decoded.message).toMatch(message);
  });
  it('says what a teacher must change before it is sent', () => {
    expect(commentProblem('  ')).toBe('Write a comment first.');
    expect(commentProblem('x'.repeat(MAX_COMMENT + 1))).toMatch(/1000 characters or fewer/);
    expect(commentProblem('a <b>bold</b> word')).toMatch(/Leave out < and >/);
    expect(commentProblem('Good.\nTry again.')).toBeUndefined();
  });
  it('is matched to the assignment and the student, in any case and spacing', () => {
    const assignment = { practices: ['keep-one-skill', 'efficacy-grid'], week: '2026-11-23', className: '9c' };
    expect(feedbackMatches(feedback, assignment, "  jamie   o'neil")).toEqual({ assignment: true, student: true });
    expect(feedbackMatches(feedback, { ...assignment, week: '2026-11-30' }, 'Ana')).toEqual({ assignment: false, student: false });
    expect(feedbackMatches(feedback, { ...assignment, practices: ['efficacy-grid'] }, '')).toEqual({ assignment: false, student: true });
  });
});
