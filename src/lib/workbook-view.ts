// What the workbook page works out from saved entries: entries grouped by week, and which practices
// of an opened assignment are done. Pure, tested in tests/unit/workbook-view.test.ts.
import type { EntryMeta } from './storage/entries';
import { isoDay, weekStart } from './dates';

/** Entries grouped by the Monday of their week, in the order given (newest first in, newest week first out). */
export function entriesByWeek<T extends Pick<EntryMeta, 'createdAt'>>(entries: readonly T[]): [week: string, entries: T[]][] {
  const byWeek = new Map<string, T[]>();
  for (const entry of entries) {
    const week = isoDay(weekStart(new Date(entry.createdAt)));
    const list = byWeek.get(week);
    if (list) list.push(entry);
    else byWeek.set(week, [entry]);
  }
  return [...byWeek];
}

/**
 * The practices of an assignment that are done: ticked as done, or with something saved in the
 * practice's own worksheet (`worksheetOf`) during the assignment's week.
 */
export function donePractices(
  assignment: { practices: readonly string[]; week: string; done: readonly string[] },
  worksheetOf: (practice: string) => string | undefined,
  byExercise: Readonly<Record<string, readonly Pick<EntryMeta, 'createdAt'>[]>>,
): string[] {
  return assignment.practices.filter((id) => {
    const ex = worksheetOf(id);
    return (
      assignment.done.includes(id) ||
      (ex !== undefined && (byExercise[ex] ?? []).some((e) => isoDay(weekStart(new Date(e.createdAt))) === assignment.week))
    );
  });
}
