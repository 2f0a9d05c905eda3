// The win ledger: bank a win in one line, with its area and how hard it was; see wins per week and per
// area, and a streak that forgives a missed day. The lessons say early failures weigh most, so the
// ledger counts what went right and never reports a loss: a gap ends a run quietly, and the message
// is always about the wins banked.
import type { DataShape } from '../../lib/storage/envelope';
import type { FieldDescriptor } from '../../lib/exercises/fields';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { obj, type Check } from '../../lib/storage/shape';
import { isoDay, parseDay } from '../../lib/dates';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export const DIFFICULTIES = ['easy', 'a stretch', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const MAX_WIN = 200;
/** What the ledger says before the first win. */
export const FIRST_WIN_PROMPT = 'Bank your first small win: anything you did that you were not sure you could.';

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
  // The draft's day is empty ("today") or a real day, like an entry's.
  obj<WinLedgerDraft>({
    win: text(),
    domain: text(),
    difficulty: (v): v is Difficulty | '' => v === '' || difficulty(v),
    day: (v): v is string => v === '' || day(v),
  }),
);

/**
 * A blank win. Its day is empty, meaning "today": a date fixed in the draft would go stale overnight
 * (and the page is built on another day than it is read), so the day is filled in when banking.
 */
export const emptyWinDraft = (): WinLedgerDraft => ({ win: '', domain: '', difficulty: '', day: '' });

/** The day a draft win is banked under: its own, or today when left empty. */
export const draftDay = (draft: WinLedgerDraft, today: Date = new Date()): string => draft.day || isoDay(today);

export const winLedgerShape: DataShape<WinLedgerState> = {
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
  const date = parseDay(draftDay(draft, today));
  if (!date) problems.day = 'Enter the day as a date.';
  else if (isoDay(date) > isoDay(today)) problems.day = 'A win has already happened: choose today or an earlier day.';
  return problems;
}

/** A banked win's fields for the workbook and hand-ins. */
export const winLedgerFields: FieldDescriptor[] = [
  { key: 'win', label: 'Win' },
  { key: 'domain', label: 'Area' },
  { key: 'difficulty', label: 'How hard' },
  { key: 'day', label: 'Day', date: true },
];

/**
 * Wins as the ledger lists them: by the day of the win, latest first (a win banked today about last
 * Tuesday sits with Tuesday), then by when it was banked. `entries` come newest-banked first.
 */
export const winsByDay = (entries: readonly WinEntry[]): WinEntry[] =>
  entries
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.day < b.day ? 1 : a.day > b.day ? -1 : i - j))
    .map(([e]) => e);

/** An area as typed, tidied: trimmed, inner spaces single. */
export const tidyArea = (domain: string): string => domain.trim().replace(/\s+/g, ' ');
/** The key areas are counted by: "School", "school " and "SCHOOL" are one area. */
export const areaKey = (domain: string): string => tidyArea(domain).toLowerCase();

/**
 * One spelling per area, for everything that shows an area (the tallies, the hint, the saved wins):
 * the spelling used most often, and of two as common the one banked first. Keyed by areaKey, in the
 * order areas were first banked. Each win keeps what was typed; only the display is one spelling.
 */
export function areaSpellings(entries: readonly { domain: string; createdAt?: string }[]): Map<string, string> {
  const oldestFirst = entries
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || i - j);
  const counts = new Map<string, Map<string, number>>();
  for (const [entry] of oldestFirst) {
    const name = tidyArea(entry.domain);
    if (!name) continue;
    const spellings = counts.get(name.toLowerCase()) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(name.toLowerCase(), spellings);
  }
  // A Map keeps insertion order, so the first spelling banked wins a tie.
  return new Map([...counts].map(([key, spellings]) => [key, [...spellings].reduce((best, s) => (s[1] > best[1] ? s : best))[0]]));
}

/**
 * Wins per area, most first; areas that differ only in case or spaces count as one, shown in the
 * one spelling areaSpellings gives them.
 */
export function winsPerDomain(
  entries: readonly (Pick<WinLedgerFields, 'domain'> & { createdAt?: string })[],
): { domain: string; wins: number }[] {
  const spellings = areaSpellings(entries);
  const byKey = new Map<string, { domain: string; wins: number }>();
  for (const entry of entries) {
    const key = areaKey(entry.domain);
    if (!key) continue;
    const row = byKey.get(key) ?? { domain: spellings.get(key)!, wins: 0 };
    row.wins += 1;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => b.wins - a.wins || a.domain.localeCompare(b.domain));
}

/**
 * The areas a chart or a hint can show: the `max` with the most wins, and the rest summed into one
 * line. A ledger kept for years can hold thousands of areas; a chart of them all is unreadable, and
 * drawing it on every keystroke made typing slow (issue 23).
 */
export function topAreas(
  domains: readonly { domain: string; wins: number }[],
  max: number,
): { shown: { domain: string; wins: number }[]; others: { areas: number; wins: number } } {
  const shown = domains.slice(0, max);
  const rest = domains.slice(max);
  return { shown, others: { areas: rest.length, wins: rest.reduce((sum, d) => sum + d.wins, 0) } };
}
