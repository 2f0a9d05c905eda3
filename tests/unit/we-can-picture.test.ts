import { describe, expect, test } from 'vitest';
import { latestWeCan, leastSureSentence, quantile, weCanPicture } from '../../src/lib/we-can-picture';
import { isStatementRatings } from '../../src/exercises/we-can/exercise';
import type { HandIn } from '../../src/lib/transfer/hand-in';

const handIn = (student: string, ...entries: { at?: string; ratings: [string, number][] }[]): HandIn => ({
  v: 1,
  assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B' },
  student,
  handedInAt: '2026-12-01T09:00:00.000Z',
  entries: entries.map((e) => ({
    exercise: 'we-can',
    createdAt: e.at ?? '2026-12-01T08:00:00.000Z',
    fields: { ratings: e.ratings.map(([statement, rating]) => ({ statement, rating })) },
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
      { statement: 'finish on time', ratings: [60, 70, 80, 90], median: 75, lowQuarter: 67.5, highQuarter: 82.5 },
      { statement: 'help someone behind', ratings: [20, 30, 40, 50], median: 35, lowQuarter: 27.5, highQuarter: 42.5 },
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
});
