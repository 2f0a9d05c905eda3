import { describe, expect, test } from 'vitest';
import { donePractices, entriesByWeek } from '../../src/lib/workbook-view';

describe('the workbook', () => {
  test('groups entries by the Monday of their week, keeping their order', () => {
    const entries = [
      { id: 'c', createdAt: '2026-12-02T10:00:00.000Z' }, // Wednesday
      { id: 'b', createdAt: '2026-11-30T08:00:00.000Z' }, // Monday
      { id: 'a', createdAt: '2026-11-29T20:00:00.000Z' }, // Sunday, the week before
    ];
    expect(entriesByWeek(entries).map(([week, list]) => [week, list.map((e) => e.id)])).toEqual([
      ['2026-11-30', ['c', 'b']],
      ['2026-11-23', ['a']],
    ]);
  });
  test('a practice is done when ticked, or when its own worksheet has an entry from that week', () => {
    const assignment = { practices: ['grid', 'talk', 'walk'], week: '2026-11-30', done: ['walk'] };
    const worksheetOf = (p: string) => ({ grid: 'efficacy-grid', talk: 'cant-rewriter' })[p];
    const byExercise = {
      'efficacy-grid': [{ createdAt: '2026-12-01T10:00:00.000Z' }],
      // From the week before: does not count.
      'cant-rewriter': [{ createdAt: '2026-11-29T10:00:00.000Z' }],
    };
    expect(donePractices(assignment, worksheetOf, byExercise)).toEqual(['grid', 'walk']);
  });
});
