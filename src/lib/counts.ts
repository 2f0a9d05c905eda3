// Counts and sizes in words, so a message always names what it counts ("12 entries from 3
// worksheets", "1 round of Efficacy grid") and a number has its right plural.

const rules = new Intl.PluralRules('en');

/** "1 round", "0 rounds", "12 entries". */
export function countOf(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${rules.select(n) === 'one' ? one : many}`;
}

/** Each exercise's count, with its name: two exercises that both count "rounds" stay apart. */
export function countsByExercise(list: readonly { title: string; noun: readonly [string, string]; count: number }[]): string[] {
  return list.filter((e) => e.count > 0).map((e) => `${countOf(e.count, e.noun)} (${e.title})`);
}

/** What an export holds, from the number of entries in each worksheet. */
export function exportedSummary(perWorksheet: readonly number[]): string {
  const used = perWorksheet.filter((n) => n > 0);
  if (used.length === 0) return 'Exported your settings (no entries yet)';
  const entries = used.reduce((a, b) => a + b, 0);
  return `Exported ${countOf(entries, ['entry', 'entries'])} from ${countOf(used.length, ['worksheet', 'worksheets'])}`;
}

const MB = 1024 * 1024;
const round1 = (n: number) => String(Math.round(n * 10) / 10);

/** The browser's allowance for the site: "about 10 GB", "about 300 MB" ('' when unknown). */
export function formatQuota(bytes: number | undefined): string {
  if (!bytes) return '';
  return bytes >= 1024 * MB ? `about ${round1(bytes / 1024 / MB)} GB` : `about ${Math.round(bytes / MB)} MB`;
}

/** What the site stores: "0.5 KB", "20 KB". */
export function formatStored(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}
