// The win ledger: bank a win in one line, with its area and how hard it was; see wins per week and per
// area, and a streak that forgives a missed day. The lessons say early failures weigh most, so the
// ledger counts what went right and never reports a loss: a gap ends a run quietly, and the message
// is always about the wins banked.
import type { DataSpec } from '../storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../storage/entries';
import { obj, str, type Check } from '../storage/shape';
import { isoDay, parseDay, weekStart } from '../dates';
import { savedStateCheck, text } from './saved-state-schema';

export const DIFFICULTIES = ['easy', 'a stretch', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const MAX_WIN = 200;
/** Days without a win that a run survives: one missed day never breaks it. */
export const FORGIVEN_GAP_DAYS = 1;

export interface WinLedgerFields {
  /** The win, in one line. */
  win: string;
  /** The area of life it belongs to. */
  domain: string;
  difficulty: Difficulty;
  /** The day it happened (YYYY-MM-DD, the person's own calendar). */
  day: string;
}
export type WinEntry = EntryMeta & WinLedgerFields;
export type WinLedgerDraft = Omit<WinLedgerFields, 'difficulty'> & { difficulty: Difficulty | '' };
export type WinLedgerState = SavedState<WinEntry, WinLedgerDraft>;

const difficulty: Check<Difficulty> = (v): v is Difficulty => (DIFFICULTIES as readonly unknown[]).includes(v);
const day: Check<string> = (v): v is string => typeof v === 'string' && parseDay(v) !== undefined;

const isState = savedStateCheck<WinLedgerFields, WinLedgerDraft>(
  { win: text(), domain: text(), difficulty, day },
  obj<WinLedgerDraft>({ win: text(), domain: text(), difficulty: (v): v is Difficulty | '' => v === '' || difficulty(v), day: str(10) }),
);

export const emptyWinDraft = (today: Date = new Date()): WinLedgerDraft => ({ win: '', domain: '', difficulty: '', day: isoDay(today) });

export const winLedgerSpec: DataSpec<WinLedgerState> = {
  exercise: 'win-ledger',
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(emptyWinDraft()),
};

export type WinField = 'win' | 'domain' | 'difficulty' | 'day';

/** What must change before the win can be banked; empty when it can. */
export function winProblems(draft: WinLedgerDraft, today: Date = new Date()): Partial<Record<WinField, string>> {
  const problems: Partial<Record<WinField, string>> = {};
  const win = draft.win.trim();
  if (win === '') problems.win = 'Write the win in a line: what you did.';
  else if (win.length > MAX_WIN) problems.win = `Keep it to one line (${MAX_WIN} characters or fewer).`;
  if (draft.domain.trim() === '') problems.domain = 'Name the area of life it belongs to.';
  if (draft.difficulty === '') problems.difficulty = 'Choose how hard it was.';
  const date = parseDay(draft.day);
  if (!date) problems.day = 'Enter the day as a date.';
  else if (isoDay(date) > isoDay(today)) problems.day = 'A win has already happened: choose today or an earlier day.';
  return problems;
}

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

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

/** Wins per area, most first; areas that differ only in case or spaces count as one. */
export function winsPerDomain(entries: readonly Pick<WinLedgerFields, 'domain'>[]): { domain: string; wins: number }[] {
  const byKey = new Map<string, { domain: string; wins: number }>();
  for (const entry of entries) {
    const name = entry.domain.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    const key = name.toLowerCase();
    const row = byKey.get(key) ?? { domain: name, wins: 0 };
    row.wins += 1;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => b.wins - a.wins || a.domain.localeCompare(b.domain));
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
  if (totalWins === 0) return 'Bank your first small win: anything you did that you were not sure you could.';
  if (streak.days === 0) return `You have banked ${totalWins === 1 ? 'one win' : `${totalWins} wins`}. Add today’s, however small, to start a new run.`;
  const run = streak.days === 1 ? 'a day' : `${streak.days} days`;
  return streak.forgiven
    ? `Wins on ${run} in this run. A missed day did not break it: that is how it should be.`
    : `Wins on ${run} in a row. Small ones count as much as big ones.`;
}
