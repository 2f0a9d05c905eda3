import { describe, expect, test } from 'vitest';
import {
  agreedWords,
  earlierWords,
  latestWeCan,
  leastSureSentence,
  quantile,
  teacherOrder,
  weCanPicture,
} from '../../src/lib/we-can-picture';
import { handInProblems } from '../../src/lib/transfer/hand-in';
import { isStatementRatings } from '../../src/exercises/we-can/exercise';
import type { HandIn } from '../../src/lib/transfer/hand-in';
import { exerciseById } from '../../src/exercises/catalog';

const handIn = (student: string, ...entries: { at?: string; mode?: 'own' | 'agreed'; ratings: [string, number][] }[]): HandIn => ({
  v: 1,
  assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B' },
  student,
  handedInAt: '2026-12-01T09:00:00.000Z',
  entries: entries.map((e) => ({
    exercise: 'we-can',
    createdAt: e.at ?? '2026-12-01T08:00:00.000Z',
    fields: { ratings: e.ratings.map(([statement, rating]) => ({ statement, rating })), ...(e.mode ? { mode: e.mode } : {}) },
  })),
  reflections: [],
});

describe('quantile', () => {
  test('interpolates between neighbours, as spreadsheets do', () => {
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([70], 0.25)).toBe(70);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

describe('weCanPicture', () => {
  test('per statement: the median, the middle half and every rating lowest first; the least sure named', () => {
    const picture = weCanPicture(
      [
        handIn('Ana', {
          ratings: [
            ['finish on time', 80],
            ['help someone behind', 40],
          ],
        }),
        handIn('Ben', {
          ratings: [
            ['Finish on time ', 60],
            ['help someone behind', 20],
          ],
        }),
        handIn('Cai', {
          ratings: [
            ['finish on time', 90],
            ['help someone behind', 30],
            ['my own thing', 10],
          ],
        }),
        handIn('Dee', {
          ratings: [
            ['finish on time', 70],
            ['help someone behind', 50],
          ],
        }),
      ],
      isStatementRatings,
    )!;
    expect(picture.students).toBe(4);
    expect(picture.ownLeftOut).toBe(1);
    expect(picture.rows).toEqual([
      { statement: 'finish on time', ratings: [60, 70, 80, 90], median: 75, lowQuarter: 67.5, highQuarter: 82.5, agreed: [] },
      { statement: 'help someone behind', ratings: [20, 30, 40, 50], median: 35, lowQuarter: 27.5, highQuarter: 42.5, agreed: [] },
    ]);
    expect(picture.leastSure.map((r) => r.statement)).toEqual(['help someone behind']);
    expect(leastSureSentence(picture)).toBe('The class is least sure that it can help someone behind (median 35 out of 100).');
  });

  test('the newest entry of each hand-in counts; other worksheets and damaged ratings do not', () => {
    const h = handIn(
      'Ana',
      { at: '2026-12-01T08:00:00.000Z', ratings: [['a', 10]] },
      { at: '2026-12-02T08:00:00.000Z', ratings: [['a', 90]] },
    );
    expect(latestWeCan(h, isStatementRatings)).toEqual([{ statement: 'a', rating: 90 }]);
    const grid = {
      ...h,
      entries: [
        { exercise: 'efficacy-grid' as const, createdAt: '2026-12-03T00:00:00.000Z', fields: { ratings: [{ domain: 'a', rating: 3 }] } },
      ],
    };
    expect(latestWeCan(grid, isStatementRatings)).toBeUndefined();
    expect(weCanPicture([grid], isStatementRatings)).toBeUndefined();
  });

  test('ties for least sure are all named, in words', () => {
    const picture = weCanPicture(
      [
        handIn('A', {
          ratings: [
            ['x', 20],
            ['y', 20],
            ['z', 90],
          ],
        }),
        handIn('B', {
          ratings: [
            ['x', 40],
            ['y', 40],
            ['z', 90],
          ],
        }),
      ],
      isStatementRatings,
    )!;
    expect(leastSureSentence(picture)).toBe('The class is least sure of “x” and “y” (median 30 out of 100 each).');
  });

  test('statements rated by one student only are left out of the picture, and counted', () => {
    const picture = weCanPicture([handIn('A', { ratings: [['x', 20]] })], isStatementRatings)!;
    expect(picture.rows).toEqual([]);
    expect(picture.ownLeftOut).toBe(1);
    expect(leastSureSentence(picture)).toBe('No statement was rated by two or more students yet.');
  });

  const two = (a: number, b: number): [string, number][] => [
    ['finish on time', a],
    ['help someone behind', b],
  ];

  test('a group’s agreed ratings stand beside the private ones and are not counted among them', () => {
    const picture = weCanPicture(
      [
        handIn('Ana', { ratings: two(80, 40) }),
        handIn('Ben', { ratings: two(60, 20) }),
        // Table 1 handed in both: Ben's own (older) and the group's agreed check.
        handIn('Table 1', { ratings: two(90, 90) }, { mode: 'agreed', ratings: two(70, 60) }),
        handIn('Table 2', { mode: 'agreed', ratings: two(50, 60) }),
      ],
      isStatementRatings,
    )!;
    expect(picture.students).toBe(3);
    expect(picture.groups).toBe(2);
    expect(picture.rows.map((r) => [r.median, r.agreed])).toEqual([
      [80, [70, 50]],
      [40, [60, 60]],
    ]);
    expect(agreedWords(picture.rows[1]!)).toBe('Agreed together by 2 groups: 60, 60');
    const one = weCanPicture(
      [handIn('A', { ratings: two(10, 20) }), handIn('B', { ratings: two(30, 40) }), handIn('G', { mode: 'agreed', ratings: two(55, 0) })],
      isStatementRatings,
    )!;
    expect(agreedWords(one.rows[0]!)).toBe('Agreed together: 55');
    expect(agreedWords({ ...picture.rows[0]!, agreed: [] })).toBeUndefined();
  });

  test('rows follow the teacher’s order from the hand-ins’ assignment, then the students’ own statements', () => {
    const withOrder = (h: HandIn): HandIn => ({
      ...h,
      assignment: { ...h.assignment, statements: ['Help someone behind', 'finish on time'] },
    });
    const ratings: [string, number][] = [['my own', 10], ...two(80, 40)];
    const hands = [handIn('Ana', { ratings }), withOrder(handIn('Ben', { ratings }))];
    expect(teacherOrder(hands)).toEqual(['Help someone behind', 'finish on time']);
    expect(weCanPicture(hands, isStatementRatings)!.rows.map((r) => r.statement)).toEqual([
      'help someone behind',
      'finish on time',
      'my own',
    ]);
    // Without the teacher's order, the order first met.
    expect(
      weCanPicture([handIn('Ana', { ratings }), handIn('Ben', { ratings })], isStatementRatings)!.rows.map((r) => r.statement),
    ).toEqual(['my own', 'finish on time', 'help someone behind']);
  });

  test('each statement compares with an earlier week’s hand-ins when it was rated then', () => {
    const before = [handIn('Ana', { ratings: [['finish on time', 40]] }), handIn('Ben', { ratings: [['finish on time', 60]] })];
    const now = [handIn('Ana', { ratings: two(80, 40) }), handIn('Ben', { ratings: two(60, 20) })];
    const picture = weCanPicture(now, isStatementRatings, { earlier: { week: '2026-11-23', handIns: before } })!;
    expect(picture.earlierWeek).toBe('2026-11-23');
    expect(picture.rows[0]!.earlier).toEqual({ median: 50, lowQuarter: 45, highQuarter: 55, count: 2 });
    expect(picture.rows[1]!.earlier).toBeUndefined();
    expect(earlierWords(picture.rows[0]!, 'w48')).toBe('w48: median 50, middle half 45 to 55; now 70, up 20');
    expect(earlierWords(picture.rows[1]!, 'w48')).toBeUndefined();
    // An earlier week with none of these statements: nothing to compare.
    const other = weCanPicture(now, isStatementRatings, {
      earlier: { week: '2026-11-23', handIns: [handIn('Ana', { ratings: [['x', 1]] })] },
    })!;
    expect(other.earlierWeek).toBeUndefined();
  });
});

describe('a hand-in carrying the teacher’s statements', () => {
  test('is accepted with up to eight short statements, refused when they are damaged', () => {
    const h = (statements: unknown) => ({
      ...handIn('Ana', { ratings: [['x', 1]] }),
      assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B', statements },
    });
    expect(handInProblems(exerciseById, h(['finish on time', 'help someone behind']))).toEqual([]);
    expect(handInProblems(exerciseById, h(Array.from({ length: 9 }, (_, i) => `s${i}`)))).toEqual(['Its “We can” statements are damaged.']);
    expect(handInProblems(exerciseById, h(['x'.repeat(141)]))).toEqual(['Its “We can” statements are damaged.']);
    expect(handInProblems(exerciseById, h('finish on time'))).toEqual(['Its “We can” statements are damaged.']);
  });
});
