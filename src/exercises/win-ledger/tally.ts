// The win ledger's tallies: wins per week and per area, and the current run of days with wins.
// Split from win-ledger.ts because the page loads it only once something is banked (the first visit
// needs only the form). The ledger counts what went right and never reports a loss: a gap ends a run
// quietly, and the message is always about the wins banked.
import { isoDay, parseDay, weekStart } from '../../lib/dates';
import { FIRST_WIN_PROMPT, type WinLedgerFields } from './data';
// Per area lives with the areas' spelling rules (./data.ts): the form's hint needs it on first load.
export { topAreas, winsPerDomain } from './data';

/** Days without a win that a run survives: one missed day never breaks it. */
export const FORGIVEN_GAP_DAYS = 1;

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

/**
 * Whether two lists of wins give the same tallies: the same days and areas in the same order. Editing
 * a win's words in place changes the list on every keystroke but not what is counted.
 */
export function sameTallies(a: readonly Pick<WinLedgerFields, 'day' | 'domain'>[], b: readonly Pick<WinLedgerFields, 'day' | 'domain'>[]) {
  return a.length === b.length && a.every((win, i) => win.day === b[i]!.day && win.domain === b[i]!.domain);
}

/** Wins per week for the `weeks` weeks up to and including this one, newest first (zeros included). */
export function winsPerWeek(entries: readonly Pick<WinLedgerFields, 'day'>[], today: Date, weeks = 8): { week: string; wins: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const date = parseDay(entry.day);
    if (date) counts.set(isoDay(weekStart(date)), (counts.get(isoDay(weekStart(date))) ?? 0) + 1);
  }
  const thisWeek = weekStart(today);
  return Array.from({ length: weeks }, (_, i) => {
    const week = isoDay(addDays(thisWeek, -7 * i));
    return { week, wins: counts.get(week) ?? 0 };
  });
}

export interface Streak {
  /** Days with at least one win in the current run (0 when there is no run). */
  days: number;
  /** Whether a missed day inside the run was forgiven. */
  forgiven: boolean;
}

/**
 * The current run of days with wins, counting back from today. A single day without a win (today
 * included, while it is not over) does not end the run; two in a row do.
 */
export function currentStreak(entries: readonly Pick<WinLedgerFields, 'day'>[], today: Date): Streak {
  const winDays = new Set(entries.map((e) => e.day).filter((d) => parseDay(d) !== undefined));
  let days = 0;
  let forgiven = false;
  let gap = 0;
  for (let cursor = new Date(today.getFullYear(), today.getMonth(), today.getDate()); ; cursor = addDays(cursor, -1)) {
    if (winDays.has(isoDay(cursor))) {
      if (gap > 0 && days > 0) forgiven = true;
      days += 1;
      gap = 0;
    } else {
      gap += 1;
      if (gap > FORGIVEN_GAP_DAYS) break;
    }
    if (daysBetween(cursor, today) > 3660) break; // ten years is enough to look back
  }
  return { days, forgiven };
}

/** The line shown with the streak: it only ever counts what went right. */
export function streakMessage(streak: Streak, totalWins: number): string {
  if (totalWins === 0) return FIRST_WIN_PROMPT;
  if (streak.days === 0)
    return `You have banked ${totalWins === 1 ? 'one win' : `${totalWins} wins`}. Add today’s, however small, to start a new run.`;
  if (streak.days === 1) return 'A run has started: one day with a win. Small ones count as much as big ones.';
  return streak.forgiven
    ? `${streak.days} days with wins in this run. A missed day did not break it: that is how it should be.`
    : `${streak.days} days in a row with wins. Small ones count as much as big ones.`;
}
