import { describe, expect, test } from 'vitest';
import {
  emptyWeCanDraft,
  entryFromDraft,
  groupWords,
  leastSure,
  ratedStatements,
  sureWords,
  weCanShape,
  type WeCanDraft,
} from '../../src/exercises/we-can/data';
import { validateWeCan } from '../../src/exercises/we-can/validation';
import weCan, { isStatementRatings, ratingsText } from '../../src/exercises/we-can/exercise';
import { STATEMENT_BANK } from '../../src/exercises/we-can/bank';
import { fieldText, handInFieldValue } from '../../src/lib/exercises/fields';
import { handInProblems } from '../../src/lib/transfer/hand-in';
import { exerciseById } from '../../src/exercises/catalog';

const row = (text: string, rating: number | null = null, fixed = false) => ({ text, rating, fixed });

function fullDraft(): WeCanDraft {
  return {
    groupKind: 'class',
    groupName: ' 9B ',
    statements: [
      row('finish a project on time', 70),
      row(' help a member who falls behind ', 40),
      row('sort out a disagreement', 55),
      row('share the work fairly', 90),
      row('recover after a bad result', 40),
    ],
    lastTime: ' The science fair stand in March. ',
    mode: 'own',
  };
}

describe('validateWeCan', () => {
  test('a complete draft has no problems', () => {
    expect(validateWeCan(fullDraft())).toEqual({});
  });

  test('a blank draft names the group kind, the statements and the last time', () => {
    expect(validateWeCan(emptyWeCanDraft())).toEqual({
      groupKind: 'Choose the kind of group you are rating.',
      statements: 'Write or pick at least 5 statements (you have 0).',
      lastTime: 'Write one line about the last time your group got something done together.',
    });
  });

  test('another group must be named; a class need not be', () => {
    expect(validateWeCan({ ...fullDraft(), groupKind: 'other', groupName: '  ' })).toEqual({ groupName: 'Name the group in a few words.' });
    expect(validateWeCan({ ...fullDraft(), groupName: '' })).toEqual({});
  });

  test('between five and eight statements, each rated, none twice', () => {
    const d = fullDraft();
    expect(validateWeCan({ ...d, statements: d.statements.slice(0, 4) }).statements).toBe(
      'Write or pick at least 5 statements (you have 4).',
    );
    const nine = Array.from({ length: 9 }, (_, i) => row(`thing ${i}`, 50));
    expect(validateWeCan({ ...d, statements: nine }).statements).toBe('Keep to 8 statements at most (you have 9).');
    const unrated = d.statements.map((s, i) => (i === 2 ? { ...s, rating: null } : s));
    expect(validateWeCan({ ...d, statements: unrated })).toEqual({ 'rating-2': 'Rate statement 3 from 0 to 100.' });
    const twice = [...d.statements, row('Finish a project on time ', 10)];
    expect(validateWeCan({ ...d, statements: twice })).toEqual({ 'statement-5': 'Statement 6 is listed twice.' });
    const ratedButEmpty = [...d.statements, row('  ', 30)];
    expect(validateWeCan({ ...d, statements: ratedButEmpty })).toEqual({ 'statement-5': 'Write statement 6, or remove it.' });
  });
});

describe('entries', () => {
  test('a saved entry keeps the order given, words trimmed, empty rows dropped', () => {
    const d = { ...fullDraft(), statements: [...fullDraft().statements, row('', null)] };
    expect(entryFromDraft(d)).toEqual({
      groupKind: 'class',
      groupName: '9B',
      ratings: [
        { statement: 'finish a project on time', rating: 70 },
        { statement: 'help a member who falls behind', rating: 40 },
        { statement: 'sort out a disagreement', rating: 55 },
        { statement: 'share the work fairly', rating: 90 },
        { statement: 'recover after a bad result', rating: 40 },
      ],
      lastTime: 'The science fair stand in March.',
      mode: 'own',
    });
    expect(entryFromDraft({ ...d, mode: 'agreed' }).mode).toBe('agreed');
    expect(ratedStatements({ ...d, statements: [row('x', null), row('y', 0)] })).toEqual([{ statement: 'y', rating: 0 }]);
  });

  test('an assignment’s statements come first, fixed, and the rest are blank rows up to five', () => {
    const d = emptyWeCanDraft(['a', 'b']);
    expect(d.statements).toEqual([row('a', null, true), row('b', null, true), row(''), row(''), row('')]);
    expect(emptyWeCanDraft().statements).toHaveLength(5);
  });

  test('the blank state and a saved state pass the shape check; a rating of 101 does not', () => {
    const blank = weCanShape.blank();
    expect(weCanShape.isValid(blank)).toBe(true);
    const stamp = '2026-12-06T08:00:00.000Z';
    const entry = { id: 'x', createdAt: stamp, updatedAt: stamp, ...entryFromDraft(fullDraft()) };
    expect(weCanShape.isValid({ ...blank, entries: [entry] })).toBe(true);
    const bad = { ...entry, ratings: [{ statement: 'x', rating: 101 }] };
    expect(weCanShape.isValid({ ...blank, entries: [bad] })).toBe(false);
    expect(weCanShape.isValid({ ...blank, entries: [{ ...entry, groupKind: 'club' }] })).toBe(false);
    expect(weCanShape.isValid({ ...blank, entries: [{ ...entry, mode: 'together' }] })).toBe(false);
  });

  test('version 1 data opens as version 2: every check and the draft were one person’s own ratings', () => {
    const stamp = '2026-12-06T08:00:00.000Z';
    const { mode: _, ...v1Entry } = { id: 'x', createdAt: stamp, updatedAt: stamp, ...entryFromDraft(fullDraft()) };
    const { mode: __, ...v1Draft } = fullDraft();
    const tombstone = { id: 'y', updatedAt: stamp, deletedAt: stamp };
    const v1 = { entries: [v1Entry, tombstone], draft: { value: v1Draft, updatedAt: stamp } };
    expect(weCanShape.isValid(v1)).toBe(false);
    const v2 = weCanShape.migrations[1]!(v1);
    expect(weCanShape.isValid(v2)).toBe(true);
    expect(v2).toEqual({
      entries: [{ ...v1Entry, mode: 'own' }, tombstone],
      draft: { value: { ...v1Draft, mode: 'own' }, updatedAt: stamp },
    });
  });
});

describe('words', () => {
  test('the group in words', () => {
    expect(groupWords('family', 'the Okafors')).toBe('Family: the Okafors');
    expect(groupWords('class', '')).toBe('A class');
    expect(groupWords('other', 'the choir')).toBe('the choir');
  });

  test('how sure, in words, at each band’s edges', () => {
    expect([0, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(sureWords)).toEqual([
      'hardly sure',
      'hardly sure',
      'not very sure',
      'not very sure',
      'half sure',
      'half sure',
      'fairly sure',
      'fairly sure',
      'very sure',
      'very sure',
    ]);
  });

  test('the least-sure statements, ties kept in order', () => {
    const r = entryFromDraft(fullDraft()).ratings;
    expect(leastSure(r).map((x) => x.statement)).toEqual(['help a member who falls behind', 'recover after a bad result']);
    expect(leastSure([])).toEqual([]);
  });
});

describe('in hand-ins and the workbook', () => {
  const ratingsField = weCan.fields.find((f) => f.key === 'ratings')!;

  test('who rated travels as it is, and a hand-in with any other value is refused', () => {
    const modeField = weCan.fields.find((f) => f.key === 'mode')!;
    expect(handInFieldValue('agreed', modeField)).toBe('agreed');
    expect(fieldText('agreed', modeField)).toBe('The group together: one agreed rating');
    expect(fieldText('own', modeField)).toBe('One person’s own ratings');
    expect(
      fieldText(
        'team',
        weCan.fields.find((f) => f.key === 'groupKind')!,
      ),
    ).toBe('A team');
    expect(modeField.handInValue!('own')).toBe(true);
    expect(modeField.handInValue!('The group together')).toBe(false);
  });

  test('ratings travel structured and read as one line of text', () => {
    const r = entryFromDraft(fullDraft()).ratings.slice(0, 2);
    expect(handInFieldValue(r, ratingsField)).toBe(r);
    expect(ratingsText(r)).toBe('finish a project on time 70/100 · help a member who falls behind 40/100');
    expect(fieldText(r, ratingsField)).toBe(ratingsText(r));
  });

  test('a hand-in’s ratings are checked: whole numbers 0-100, words present and short, at most eight', () => {
    expect(
      isStatementRatings([
        { statement: 'x', rating: 0 },
        { statement: 'y', rating: 100 },
      ]),
    ).toBe(true);
    expect(isStatementRatings([{ statement: 'x', rating: 50.5 }])).toBe(false);
    expect(isStatementRatings([{ statement: 'x', rating: -1 }])).toBe(false);
    expect(isStatementRatings([{ statement: ' ', rating: 10 }])).toBe(false);
    expect(isStatementRatings([{ statement: 'x'.repeat(141), rating: 10 }])).toBe(false);
    expect(isStatementRatings(Array.from({ length: 9 }, () => ({ statement: 'x', rating: 1 })))).toBe(false);
    expect(isStatementRatings('x 10')).toBe(false);
  });

  test('every bank has five to eight distinct statements short enough to save', () => {
    for (const statements of Object.values(STATEMENT_BANK)) {
      expect(statements.length).toBeGreaterThanOrEqual(5);
      expect(statements.length).toBeLessThanOrEqual(8);
      expect(new Set(statements).size).toBe(statements.length);
      expect(isStatementRatings(statements.map((statement) => ({ statement, rating: 50 })))).toBe(true);
    }
  });
});

describe('a hand-in with a “We can” entry', () => {
  const entry = (ratings: unknown) => ({
    v: 1 as const,
    assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B' },
    student: 'Sam',
    handedInAt: '2026-12-01T09:00:00.000Z',
    entries: [
      {
        exercise: 'we-can',
        createdAt: '2026-12-01T08:00:00.000Z',
        fields: { groupKind: 'class', groupName: '9B', ratings, lastTime: 'The science fair.' },
      },
    ],
    reflections: [],
  });

  test('is accepted with its ratings structured, and refused with a rating off the scale', () => {
    expect(handInProblems(exerciseById, entry([{ statement: 'share the work fairly', rating: 80 }]))).toEqual([]);
    expect(handInProblems(exerciseById, entry([{ statement: 'share the work fairly', rating: 180 }]))).toEqual([
      'An entry has a field this site does not know, or one that is too long.',
    ]);
  });
});
