// A stored moment as people read it, in the site's one date style (see dates.ts): the locale's medium
// date and short time ("30 Nov 2026, 21:43" in Britain, "Nov 30, 2026, 9:43 PM" in the US). Apart from
// dates.ts, which re-exports it, so the saved lists can use it without the calendar helpers.

let moment: Intl.DateTimeFormat | undefined;

/** A stored moment (ISO 8601) with its time; the text as it is if it is not a date. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter for every entry: making one costs far more than formatting (5,000 entries: seconds).
  return (moment ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}
