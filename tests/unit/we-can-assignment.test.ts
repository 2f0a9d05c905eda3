import { describe, expect, test } from 'vitest';
import {
  buildAssignmentQuery,
  linkLengthProblem,
  MAX_QUERY_LENGTH,
  parseAssignment,
  statementsProblems,
  type Assignment,
} from '../../src/lib/assignment-link';
import { draftWithFixedStatements } from '../../src/exercises/shared-statements';
import { emptyWeCanDraft, type WeCanDraft } from '../../src/exercises/we-can/data';
import { blankBuilt, builtAssignmentsSpec } from '../../src/lib/built-assignments-data';
import { blankState } from '../../src/lib/storage/entries';

const known = new Set(['efficacy-grid', 'catch-one-cant']);
const withWeCan = new Set(['efficacy-grid']);
const base: Assignment = { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B', note: '', areas: [] };

describe('“We can” statements in an assignment link', () => {
  test('travel as repeated s parameters, in the teacher’s order, and come back the same', () => {
    const a = { ...base, statements: ['finish the project on time', 'help someone who falls behind'] };
    const query = buildAssignmentQuery(a);
    expect(query).toContain('s=finish+the+project+on+time&s=help+someone');
    expect(parseAssignment(query, known, undefined, withWeCan)).toEqual({ ok: true, assignment: a });
  });

  test('a link without them reads exactly as before (no statements key)', () => {
    const parsed = parseAssignment(buildAssignmentQuery(base), known, undefined, withWeCan);
    expect(parsed).toEqual({ ok: true, assignment: base });
  });

  test('are checked as the grid’s areas are: count, empty, length, characters, repeats', () => {
    expect(statementsProblems(['a', 'b'])).toEqual([]);
    expect(statementsProblems(Array.from({ length: 9 }, (_, i) => `thing ${i}`))).toEqual([
      'The link gives more than 8 “We can” statements.',
    ]);
    expect(statementsProblems([' '])).toEqual(['A “We can” statement is empty.']);
    expect(statementsProblems(['x'.repeat(141)])).toEqual(['A “We can” statement is longer than 140 characters.']);
    expect(statementsProblems(['<b>win</b>'])).toEqual(['A “We can” statement contains characters that are not allowed.']);
    expect(statementsProblems(['a\u200Bb'])).toEqual(['A “We can” statement contains characters that are not allowed.']);
    expect(statementsProblems(['Win', 'win '])).toEqual(['The link gives a “We can” statement twice.']);
  });

  test('are refused from a link that does not assign the worksheet, or that is damaged', () => {
    const query = buildAssignmentQuery({ ...base, practices: ['catch-one-cant'], statements: ['win'] });
    expect(parseAssignment(query, known, undefined, withWeCan)).toEqual({
      ok: false,
      problems: ['The link gives “We can” statements but does not assign a practice with that worksheet.'],
    });
    const bad = parseAssignment(`${buildAssignmentQuery(base)}&s=`, known, undefined, withWeCan);
    expect(bad).toEqual({ ok: false, problems: ['A “We can” statement is empty.'] });
  });

  test('a link too long to open is named before it is offered', () => {
    const long = {
      ...base,
      note: 'n'.repeat(280),
      areas: Array.from({ length: 6 }, (_, i) => `${i}${'a'.repeat(50)}`),
      statements: Array.from({ length: 8 }, (_, i) => `${i} ${'word '.repeat(27)}`.trim()),
    };
    expect(buildAssignmentQuery(long).length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(linkLengthProblem(long)).toMatch(/^The link would be \d+ characters too long/);
    expect(parseAssignment(buildAssignmentQuery(long), known, undefined, withWeCan)).toMatchObject({ ok: false });
    expect(linkLengthProblem({ ...base, statements: ['win'] })).toBeUndefined();
  });
});

describe('a student’s draft from the class’s statements', () => {
  const own = (text: string, rating: number | null = null) => ({ text, rating, fixed: false });

  test('the class’s statements come first and fixed, keeping a rating given to the same words; own statements follow', () => {
    const draft: WeCanDraft = { ...emptyWeCanDraft(), statements: [own('share the work', 60), own('Win the cup', 80), own('')] };
    expect(draftWithFixedStatements(draft, ['win the cup', 'plan the trip'])!.statements).toEqual([
      { text: 'win the cup', rating: 80, fixed: true },
      { text: 'plan the trip', rating: null, fixed: true },
      own('share the work', 60),
      own(''),
      own(''),
    ]);
  });

  test('nothing changes when the draft already starts with them, or when none are given', () => {
    const started = draftWithFixedStatements(emptyWeCanDraft(), ['a', 'b'])!;
    expect(draftWithFixedStatements(started, ['a', 'b'])).toBeUndefined();
    expect(draftWithFixedStatements(emptyWeCanDraft(), [])).toBeUndefined();
  });

  test('the kind of group is the one the link names: a class without `g`, the family, team or workplace team with it', () => {
    expect(draftWithFixedStatements(emptyWeCanDraft(), ['a'])!.groupKind).toBe('class');
    expect(draftWithFixedStatements(emptyWeCanDraft(), ['a'], { group: 'family' })!.groupKind).toBe('family');
    expect(draftWithFixedStatements(emptyWeCanDraft(), ['a'], { group: 'team' })!.groupKind).toBe('team');
    // A workplace team is "another group", named as the person who made the link named it (they may change it).
    expect(draftWithFixedStatements(emptyWeCanDraft(), ['a'], { group: 'work', className: 'Packing shift' })).toMatchObject({
      groupKind: 'other',
      groupName: 'Packing shift',
    });
    // Opened again, a kind the person changed stays; a draft saved before kinds were set gets the link's.
    const started = draftWithFixedStatements(emptyWeCanDraft(), ['a'], { group: 'family' })!;
    expect(draftWithFixedStatements({ ...started, groupKind: 'other' }, ['a'], { group: 'family' })).toBeUndefined();
    expect(draftWithFixedStatements({ ...started, groupKind: '' }, ['a'], { group: 'family' })!.groupKind).toBe('family');
  });

  test('statements fixed by an earlier assignment become the student’s own', () => {
    const earlier = draftWithFixedStatements(emptyWeCanDraft(), ['old one'])!;
    expect(draftWithFixedStatements(earlier, ['new one'])!.statements.slice(0, 2)).toEqual([
      { text: 'new one', rating: null, fixed: true },
      own('old one'),
    ]);
  });

  test('a draft is left alone rather than drop something the student typed', () => {
    const full: WeCanDraft = { ...emptyWeCanDraft(), statements: Array.from({ length: 7 }, (_, i) => own(`mine ${i}`)) };
    expect(draftWithFixedStatements(full, ['a', 'b'])).toBeUndefined();
  });
});

describe('the builder’s saved form', () => {
  test('keeps statements, and still reads what was saved before they existed', () => {
    const { statements: _, ...before } = { ...blankBuilt(), statements: [] };
    expect(builtAssignmentsSpec.isValid(blankState(before))).toBe(true);
    expect(builtAssignmentsSpec.isValid(blankState({ ...blankBuilt(), statements: ['win'] }))).toBe(true);
    expect(builtAssignmentsSpec.isValid(blankState({ ...blankBuilt(), statements: 'win' }))).toBe(false);
  });
});
