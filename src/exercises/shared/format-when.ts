// Dates as entries show them. Its own module: only parts that load later use it (the saved list, the
// grid's rounds, the workbook), so the code every worksheet loads at first does not carry it.
let when: Intl.DateTimeFormat | undefined;
/** Formats an ISO date for the entry list, in the reader's own locale. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter for every entry: making one costs far more than formatting (5,000 entries: seconds).
  return (when ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}
