// Dates as the site uses them. Calendar weeks: Monday to Sunday, in the reader's own time zone, named
// by their Monday as YYYY-MM-DD. A date shown to people goes through formatDate, formatDay, weekLabel,
// shortDay or formatMoment (date-format.ts, re-exported here): never toLocaleString or a raw YYYY-MM-DD.
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

/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses YYYY-MM-DD strictly (a real calendar day); undefined otherwise. */
export function parseDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

/** Whether an ISO timestamp falls in the week that starts on `monday` (YYYY-MM-DD). */
export function inWeek(timestamp: string, monday: string): boolean {
  const start = parseDay(monday);
  const at = new Date(timestamp);
  if (!start || Number.isNaN(at.getTime())) return false;
  const end = new Date(start);
  end.setDate(end.getDate() + 7);
  return at >= start && at < end;
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
