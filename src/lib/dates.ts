// Dates as the site uses them. Calendar weeks: Monday to Sunday, in the reader's own time zone, named
// by their Monday as YYYY-MM-DD. A date shown to people goes through formatDate, formatDay, weekLabel,
// shortDay or formatMoment (date-format.ts, re-exported here): never toLocaleString or a raw YYYY-MM-DD.
import { FIRST_YEAR, LAST_YEAR } from './time-range';
export { formatMoment } from './date-format';

/**
 * The site's one date style: the reader's locale's medium date ("30 Nov 2026" in Britain, "Nov 30,
 * 2026" in the US); formatMoment adds the time. An invalid date gives ''.
 */
export function formatDate(date: Date): string {
  // One formatter, made when first needed: making one costs far more than formatting with it.
  return Number.isNaN(date.getTime()) ? '' : (mediumDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(date);
}
let mediumDate: Intl.DateTimeFormat | undefined;
let dayAndMonth: Intl.DateTimeFormat | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * YYYY-MM-DD of a local date (the year always four digits: 0100, not 100), held within years 0001–9999
 * like every stamp (time-range.ts): a clock in year 10000 gives 9999-12-31, not "10000-01-01",
 * which no reader accepts (a win banked on "today" could not be saved). Clamped on the local year,
 * since the last moment a stamp may hold is already in year 10000 east of UTC.
 */
export function isoDay(date: Date): string {
  const year = date.getFullYear();
  if (year > LAST_YEAR) return `${LAST_YEAR}-12-31`;
  if (year < FIRST_YEAR) return '0001-01-01';
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local date from its parts; setFullYear, because `new Date(99, …)` would mean 1999. */
function localDate(y: number, monthIndex: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, monthIndex, d);
  return date;
}

/** Parses YYYY-MM-DD strictly (a real calendar day in the years 0001–9999); undefined otherwise. */
export function parseDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) return undefined;
  const date = localDate(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/**
 * Why `text` cannot name a week, or undefined when it can: a week is named by its Monday, a real
 * day, and the whole week (to its Sunday) lies in the years 0001–9999, the years a date is written
 * with four digits (a calendar file cannot hold a day in year 10000).
 */
export function weekProblem(text: string): 'not-a-day' | 'not-a-monday' | 'out-of-range' | undefined {
  const day = parseDay(text);
  if (!day) return /^\d{4}-\d{2}-\d{2}$/.test(text) && text.startsWith('0000') ? 'out-of-range' : 'not-a-day';
  if (day.getDay() !== 1) return 'not-a-monday';
  const sunday = localDate(day.getFullYear(), day.getMonth(), day.getDate() + 6);
  return sunday.getFullYear() > 9999 ? 'out-of-range' : undefined;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: Date): Date {
  return localDate(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
}

/** Whether an ISO timestamp falls in the week that starts on `monday` (YYYY-MM-DD). */
export function inWeek(timestamp: string, monday: string): boolean {
  const start = parseDay(monday);
  const at = new Date(timestamp);
  if (!start || Number.isNaN(at.getTime())) return false;
  const end = localDate(start.getFullYear(), start.getMonth(), start.getDate() + 7);
  return at >= start && at < end;
}

/**
 * The days before an assignment's week whose work goes into its hand-in by default (issue 24: a
 * student who started on the weekend before must not hand in an empty page without a word).
 */
export const EARLY_DAYS = 7;

/**
 * When an entry was saved, seen from the assignment's week (starting `monday`): in the week, in the
 * EARLY_DAYS before it ("early": shared by default, with a note), or at another time.
 */
export function whenFor(timestamp: string, monday: string): 'week' | 'early' | 'other' {
  if (inWeek(timestamp, monday)) return 'week';
  const start = parseDay(monday);
  const at = new Date(timestamp);
  if (!start || Number.isNaN(at.getTime())) return 'other';
  const from = localDate(start.getFullYear(), start.getMonth(), start.getDate() - EARLY_DAYS);
  return at >= from && at < start ? 'early' : 'other';
}

/** "Week of 23 Nov 2026" (the date in the reader's locale). */
export function weekLabel(monday: string): string {
  const date = parseDay(monday);
  return date ? `Week of ${formatDate(date)}` : monday;
}

/** "23 Nov 2026", in the reader's own locale, for a day written YYYY-MM-DD; the text as it is otherwise. */
export function formatDay(day: string): string {
  const date = parseDay(day);
  return date ? formatDate(date) : day;
}

/** "23 Nov", in the reader's own locale, for a day written YYYY-MM-DD. */
export function shortDay(day: string): string {
  const date = parseDay(day);
  // The site's date style without the year, for the days of the last few weeks.
  return date ? (dayAndMonth ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })).format(date) : day;
}
