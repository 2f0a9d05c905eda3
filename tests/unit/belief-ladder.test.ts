import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RUNGS,
  emptyLadderDraft,
  draftFromLadder,
  isRungs,
  ladderFromDraft,
  moveRung,
  parseRating,
  ratedRungs,
  removeRung,
  rungsText,
  type BeliefLadderDraft,
  type Rung,
} from '../../src/exercises/belief-ladder/data';
import { biggestDrops, dropWords, lowestAreas, riseWords, rungText, steps, suggestedRung } from '../../src/exercises/belief-ladder/ladder';
import { validateLadder } from '../../src/exercises/belief-ladder/validation';
import beliefLadder from '../../src/exercises/belief-ladder/exercise';
import { handInProblems, type HandIn } from '../../src/lib/transfer/hand-in';
import { decodeHandIn, encodeHandIn } from '../../src/lib/transfer/hand-in-code';
import { fieldText, handInFieldValue } from '../../src/lib/exercises/fields';
import { openEnvelope } from '../../src/lib/storage/envelope';
import { GRID_KEY, GRID_VERSION, lowestOnLatestGrid } from '../../src/exercises/belief-ladder/grid-peek';
import gridExercise from '../../src/exercises/efficacy-grid/exercise';
import { MAX_RATING, MIN_RATING } from '../../src/exercises/efficacy-grid/data';
import { exerciseById } from '../../src/exercises/catalog';

const spec = beliefLadder.spec;
const ladder = (...pairs: [string, number][]): Rung[] => pairs.map(([task, rating]) => ({ task, rating }));
const money = ladder(
  ['Check my bank balance', 95],
  ['Pay a bill online', 80],
  ['Make a budget for the month', 40],
  ['Ask for a pay rise', 20],
);

/** A complete draft: the money ladder, typed, with `practise` chosen. */
const filled = (over: Partial<BeliefLadderDraft> = {}): BeliefLadderDraft => ({
  area: 'Money',
  rungs: money.map((r) => ({ task: r.task, rating: String(r.rating) })),
  practise: 1,
  ...over,
});

describe('where belief drops', () => {
  it('finds the biggest drop between neighbouring tasks and suggests the task before it', () => {
    expect(steps(money).map((s) => s.fall)).toEqual([15, 40, 20]);
    expect(biggestDrops(money)).toEqual([{ from: money[1], to: money[2], at: 1, fall: 40 }]);
    expect(suggestedRung(money)).toBe(1);
    expect(dropWords(money)).toBe(
      'Your belief drops most between “Pay a bill online” (80) and “Make a budget for the month” (40): 40 points.',
    );
  });

  it('names every drop of the same size, and suggests the easiest', () => {
    const even = ladder(['A', 90], ['B', 60], ['C', 30]);
    expect(suggestedRung(even)).toBe(0);
    expect(dropWords(even)).toBe(
      'Your belief drops most between “A” (90) and “B” (60): 30 points. It drops as much between “B” (60) and “C” (30).',
    );
    expect(dropWords(ladder(['A', 50], ['B', 49]))).toMatch(/: 1 point\.$/);
  });

  it('says so when belief never drops, and points at harder tasks rated higher', () => {
    const rising = ladder(['A', 20], ['B', 20], ['C', 60]);
    expect(biggestDrops(rising)).toEqual([]);
    expect(suggestedRung(rising)).toBeUndefined();
    expect(dropWords(rising)).toBe('Your belief does not drop from one task to the next.');
    expect(riseWords(rising)).toEqual(['“C” (60) is rated higher than “B” (20) before it. If it is really the easier task, move it up.']);
    expect(riseWords(money)).toEqual([]);
  });

  it('does not compare across a task not rated yet', () => {
    const gap = [money[0], undefined, money[2], money[3]];
    expect(steps(gap).map((s) => s.at)).toEqual([2]);
    expect(suggestedRung(gap)).toBe(2);
    expect(dropWords([money[0], undefined, money[2]])).toBe('');
    expect(dropWords([money[0]])).toBe('');
  });

  it('marks the rungs either side of the biggest drop in words', () => {
    expect(money.map((_, i) => rungText(money, i))).toEqual([
      { text: '95 of 100' },
      { text: '80 of 100 · before the biggest drop', mark: 'before' },
      { text: '40 of 100 · after the biggest drop', mark: 'after' },
      { text: '20 of 100' },
    ]);
    expect(rungText([undefined, money[1]], 0)).toEqual({ text: 'not rated yet' });
  });

  it('offers the lowest areas of a grid round, all of them when tied', () => {
    const round = [
      { domain: 'Work', rating: 7 },
      { domain: 'Money', rating: 3 },
      { domain: 'Health', rating: 3 },
    ];
    expect(lowestAreas(round).map((r) => r.domain)).toEqual(['Money', 'Health']);
    expect(lowestAreas([])).toEqual([]);
  });
});

describe('typed ratings', () => {
  it.each([
    ['70', 70],
    [' 0 ', 0],
    ['100', 100],
    ['85 %', 85],
    ['', null],
    ['   ', null],
  ])('%j reads as %j', (typed, value) => expect(parseRating(typed)).toBe(value));

  it.each(['101', '-5', '7o', '50.5', 'seventy', '1000'])('%j is not a rating', (typed) => expect(parseRating(typed)).toBeNaN());

  it('the chart reads only named tasks with a valid rating', () => {
    const d = filled({
      rungs: [
        { task: 'A', rating: '70' },
        { task: '', rating: '50' },
        { task: 'C', rating: 'x' },
        { task: ' D ', rating: '10' },
      ],
    });
    expect(ratedRungs(d)).toEqual([{ task: 'A', rating: 70 }, undefined, undefined, { task: 'D', rating: 10 }]);
  });
});

describe('validateLadder', () => {
  it('accepts a complete ladder', () => {
    expect(validateLadder(filled())).toEqual({});
  });

  it('asks for the area, four tasks and a choice on a blank ladder', () => {
    expect(validateLadder(emptyLadderDraft())).toEqual({
      area: 'Name the area this ladder is in.',
      rungs: 'List at least 4 tasks (you have 0).',
      practise: 'Choose the task to practise this week.',
    });
  });

  it('asks for each missing or unreadable rating by its task', () => {
    const d = filled({
      rungs: [...filled().rungs.slice(0, 2), { task: 'Make a budget', rating: '' }, { task: 'Ask for a rise', rating: '120' }],
    });
    expect(validateLadder(d)).toEqual({
      'rating-2': 'Say how sure you are that you can do “Make a budget” now, from 0 to 100.',
      'rating-3': 'Write how sure you are of “Ask for a rise” as a whole number from 0 to 100.',
    });
  });

  it('refuses a task listed twice, a rating without its task, and a task too long to save', () => {
    const rungs = [...filled().rungs, { task: ' pay a BILL online ', rating: '50' }, { task: '', rating: '30' }];
    expect(validateLadder(filled({ rungs }))).toEqual({
      'task-4': '“pay a BILL online” is listed twice.',
      'task-5': 'Write task 6, or remove it.',
    });
    const long = filled({ rungs: [{ task: 'x'.repeat(121), rating: '50' }, ...filled().rungs.slice(1)] });
    expect(validateLadder(long)).toEqual({ 'task-0': 'Keep task 1 to 120 characters or fewer.' });
  });

  it('refuses a choice that points at an empty row', () => {
    const d = filled({ rungs: [...filled().rungs, { task: '', rating: '' }], practise: 4 });
    expect(validateLadder(d)).toEqual({ practise: 'Choose the task to practise this week.' });
  });
});

describe('changing the draft', () => {
  it('a moved task keeps its choice, and the one it swapped with keeps its own', () => {
    const d = filled({ practise: 1 });
    const down = moveRung(d, 1, 1);
    expect(down.rungs.map((r) => r.task)).toEqual([
      'Check my bank balance',
      'Make a budget for the month',
      'Pay a bill online',
      'Ask for a pay rise',
    ]);
    expect(down.practise).toBe(2);
    expect(moveRung(d, 2, -1).practise).toBe(2);
    expect(moveRung(d, 3, 1)).toBe(d); // already the hardest
    expect(moveRung(d, 0, -1)).toBe(d); // already the easiest
  });

  it('a removed task takes its choice with it; the choice below it moves up', () => {
    expect(removeRung(filled({ practise: 1 }), 1).practise).toBeNull();
    expect(removeRung(filled({ practise: 3 }), 1).practise).toBe(2);
    expect(removeRung(filled({ practise: 0 }), 1).practise).toBe(0);
    expect(removeRung(filled(), 1).rungs).toHaveLength(3);
  });

  it('saves trimmed words, drops empty rows and names the chosen task', () => {
    const d = filled({ area: ' Money ', rungs: [{ task: '', rating: '' }, ...filled().rungs], practise: 2 });
    expect(ladderFromDraft(d)).toEqual({ area: 'Money', rungs: money, practise: 'Pay a bill online' });
  });

  it('rating again starts from the last ladder, with nothing chosen yet', () => {
    expect(draftFromLadder({ area: 'Money', rungs: money, practise: 'Pay a bill online' })).toEqual(filled({ practise: null }));
    expect(draftFromLadder(undefined)).toEqual(emptyLadderDraft());
  });
});

describe('saved data', () => {
  const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', 'belief-ladder', 'v1.json'), 'utf8');

  it('is version 1, with no migrations yet, and a blank state that passes its own check', () => {
    expect(spec.version).toBe(1);
    expect(spec.migrations).toEqual({});
    expect(spec.isValid(spec.blank())).toBe(true);
  });

  it('opens the shipped v1 fixture', () => {
    const opened = openEnvelope(fixture, spec);
    expect(opened.status).toBe('ok');
  });

  it('keeps aside what this code could not have saved', () => {
    const data = JSON.parse(fixture).data;
    const entry = data.entries[0];
    const broken = [
      { ...entry, rungs: [{ task: 'A', rating: 101 }] },
      { ...entry, rungs: [{ task: 'A', rating: 50.5 }] },
      { ...entry, rungs: [{ task: 'A', rating: '50' }] },
      { ...entry, rungs: Array.from({ length: 13 }, () => ({ task: 'A', rating: 5 })) },
      { ...entry, practise: 2 },
    ];
    for (const e of broken) expect(spec.isValid({ ...data, entries: [e] }), JSON.stringify(e)).toBe(false);
    expect(spec.isValid({ ...data, draft: { ...data.draft, value: { ...data.draft.value, practise: 12 } } })).toBe(false);
    expect(spec.isValid({ ...data, draft: { ...data.draft, value: { ...data.draft.value, rungs: [{ task: 'A', rating: 5 }] } } })).toBe(
      false,
    );
  });
});

describe('workbook and hand-in', () => {
  const fields = Object.fromEntries(beliefLadder.fields.map((f) => [f.key, f]));
  const entry = { area: 'Money', rungs: money, practise: 'Pay a bill online' };

  it('reads as text in the workbook', () => {
    expect(fieldText(entry.rungs, fields['rungs']!)).toBe(
      'Check my bank balance (95) → Pay a bill online (80) → Make a budget for the month (40) → Ask for a pay rise (20)',
    );
    expect(rungsText([])).toBe('');
  });

  it('travels in a hand-in as it is, and the hand-in checks accept it', () => {
    const handed = Object.fromEntries(beliefLadder.fields.map((f) => [f.key, handInFieldValue(entry[f.key as keyof typeof entry], f)]));
    expect(handed).toEqual(entry);
    const handIn: HandIn = {
      v: 1,
      assignment: { practices: ['belief-ladder'], week: '2026-11-30', className: '9B' },
      student: 'Sam',
      handedInAt: '2026-12-06T09:00:00.000Z',
      entries: [{ exercise: 'belief-ladder', createdAt: '2026-12-05T09:00:00.000Z', fields: handed }],
      reflections: [],
    };
    expect(handInProblems(exerciseById, handIn)).toEqual([]);
    expect(decodeHandIn(exerciseById, encodeHandIn(handIn), new Set(['belief-ladder']))).toEqual({ ok: true, handIn });
  });

  it('refuses rungs this worksheet could not have saved', () => {
    expect(isRungs(money)).toBe(true);
    for (const bad of [[{ task: 'A', rating: 120 }], [{ task: 'A' }], 'A (50)', Array.from({ length: 13 }, () => money[0])]) {
      expect(isRungs(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(MAX_RUNGS).toBeLessThanOrEqual(12);
  });
});

describe('the grid’s lowest area, read from its saved text', () => {
  const gridText = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', 'efficacy-grid', 'v1.json'), 'utf8');
  const grid = JSON.parse(gridText);
  const round = grid.data.entries[0];
  const withRounds = (...entries: unknown[]) => JSON.stringify({ ...grid, data: { ...grid.data, entries } });

  it('is in step with the grid’s own saved data: its key, version and scale', () => {
    expect(GRID_KEY).toBe(`efficacy-lab:data:${gridExercise.spec.exercise}`);
    expect(GRID_VERSION).toBe(gridExercise.spec.version);
    expect([MIN_RATING, MAX_RATING]).toEqual([1, 10]);
  });

  it('finds the lowest area of the round the grid shipped with', () => {
    expect(lowestOnLatestGrid(gridText)).toEqual([{ domain: 'Money', rating: 3 }]);
  });

  it('reads the newest round still saved, whatever the order, and skips deleted ones', () => {
    const older = {
      ...round,
      id: 'older',
      createdAt: '2026-11-01T09:00:00.000Z',
      ratings: [
        { domain: 'Health', rating: 2 },
        { domain: 'Work', rating: 6 },
      ],
    };
    const newer = {
      ...round,
      id: 'newer',
      createdAt: '2026-12-02T09:00:00.000Z',
      ratings: [
        { domain: ' Friends ', rating: 4 },
        { domain: 'Art', rating: 4 },
      ],
    };
    const deleted = { id: 'gone', updatedAt: '2026-12-03T09:00:00.000Z', deletedAt: '2026-12-03T09:00:00.000Z' };
    expect(lowestOnLatestGrid(withRounds(older, newer, deleted))).toEqual([
      { domain: 'Friends', rating: 4 },
      { domain: 'Art', rating: 4 },
    ]);
    expect(lowestOnLatestGrid(withRounds(newer, older))).toEqual(lowestOnLatestGrid(withRounds(older, newer)));
  });

  it('offers nothing it cannot read', () => {
    expect(lowestOnLatestGrid(null)).toEqual([]);
    expect(lowestOnLatestGrid('{"app":"efficacy-lab"')).toEqual([]);
    expect(lowestOnLatestGrid(JSON.stringify({ ...grid, version: 2 }))).toEqual([]);
    expect(lowestOnLatestGrid(JSON.stringify({ ...grid, exercise: 'goal-sizer' }))).toEqual([]);
    expect(lowestOnLatestGrid(withRounds({ ...round, ratings: [{ domain: 'Money', rating: 30 }] }))).toEqual([]);
    expect(lowestOnLatestGrid(withRounds())).toEqual([]);
  });
});
