// Calendar weeks as the site uses them: Monday to Sunday, in the reader's own time zone, named by
// their Monday as YYYY-MM-DD.

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

/** "Week of 23 Nov 2026". */
export function weekLabel(monday: string): string {
  const date = parseDay(monday);
  if (!date) return monday;
  return `Week of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date)}`;
}

/** "23 Nov", in the reader's own locale, for a day written YYYY-MM-DD. */
export function shortDay(day: string): string {
  const date = parseDay(day);
  return date ? date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) : day;
}
