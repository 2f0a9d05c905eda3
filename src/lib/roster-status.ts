// What the roster says a student did for each assigned practice (issue 24): the work itself, a
// reflection only, something kept private, or nothing; and whether it was done early (before the
// assignment's week) or late (after it). Pure, over checked hand-ins (src/lib/transfer/hand-in.ts).
import type { HandIn } from './transfer/hand-in';
import { parseDay } from './dates';

/**
 * - done: a worksheet entry of the practice was shared (or, for a practice without a worksheet, its
 *   reflection: the only trace such a practice leaves);
 * - private: nothing of it shared, and the student kept parts of it private (their right: it counts);
 * - reflection: only the end-of-week reflection, no worksheet;
 * - nothing: nothing of it at all.
 */
export type PracticeDone = 'done' | 'private' | 'reflection' | 'nothing';
export type Timing = 'early' | 'late';

export interface PracticeStatus {
  done: PracticeDone;
  /** Before the week began (an entry saved earlier), after it ended (an entry or the hand-in), or both. */
  timing: Timing[];
  /** Parts of this practice were kept private (shown beside "done" and "reflection only"). */
  withheld: boolean;
}

/**
 * Hours either side of the week within which nothing is called early or late: the week runs from the
 * teacher's Monday, and a student's day may start up to 14 hours earlier or later.
 */
export const WEEK_SLACK_MS = 14 * 60 * 60 * 1000;

/** The assignment's week as a span of time, slack included; undefined for a week that is not a day. */
function weekSpan(week: string): { from: number; to: number } | undefined {
  const start = parseDay(week);
  if (!start) return undefined;
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7);
  return { from: start.getTime() - WEEK_SLACK_MS, to: end.getTime() + WEEK_SLACK_MS };
}

/** One hand-in's status for each of `practices`; `worksheetsOf` names a practice's worksheets. */
export function practiceStatuses(
  h: HandIn,
  practices: readonly string[],
  worksheetsOf: (practice: string) => readonly string[],
): PracticeStatus[] {
  const span = weekSpan(h.assignment.week);
  const handedIn = Date.parse(h.handedInAt);
  return practices.map((p) => {
    const sheets = worksheetsOf(p);
    const entries = h.entries.filter((e) => sheets.includes(e.exercise));
    const reflected = h.reflections.some((r) => r.practice === p && r.text.trim() !== '');
    const withheld = h.withheld?.includes(p) ?? false;
    const done: PracticeDone =
      entries.length > 0 || (sheets.length === 0 && reflected) ? 'done' : withheld ? 'private' : reflected ? 'reflection' : 'nothing';
    const timing: Timing[] = [];
    if (span && done !== 'nothing') {
      const times = entries.map((e) => Date.parse(e.createdAt));
      if (times.some((t) => t < span.from)) timing.push('early');
      if (handedIn >= span.to || times.some((t) => t >= span.to)) timing.push('late');
    }
    return { done, timing, withheld };
  });
}

/** Whether a hand-in counts as handed in: every assigned practice done (or kept private). */
export const didAssigned = (statuses: readonly PracticeStatus[]): boolean =>
  statuses.every((s) => s.done === 'done' || s.done === 'private');

const WORDS: Record<PracticeDone, string> = {
  done: 'Done',
  private: 'Kept private',
  reflection: 'Reflection only',
  nothing: 'Nothing',
};

/** A roster cell in words: "Done", "Reflection only, late", "Done, early; parts kept private". */
export function statusText(s: PracticeStatus): string {
  const main = [WORDS[s.done], ...s.timing].join(', ');
  return s.withheld && s.done !== 'private' ? `${main}; parts kept private` : main;
}
