// "Then and now" for the efficacy grid: an earlier round's ratings set beside the latest round's,
// area by area. Kept apart from efficacy-grid.ts (which is in the grid's eager chunk) so it loads
// only with the view that uses it (GridThenNow.lazy.tsx).
import type { DomainRating } from './data';

export type ChangeKind = 'up' | 'down' | 'same' | 'new' | 'dropped';

export interface ComparisonRow {
  /** The latest spelling of the area's name (the earlier one for an area not rated now). */
  domain: string;
  /** The earlier rating; undefined for an area new in the latest round. */
  then?: number;
  /** The latest rating; undefined for an area not rated in the latest round. */
  now?: number;
  /** now minus then; undefined unless the area is in both rounds. */
  change: number | undefined;
  kind: ChangeKind;
}

/** Names match without regard to case, surrounding spaces or runs of spaces inside. */
export const areaKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Each area in either round: the latest round's areas first, in its order, then the earlier round's
 * areas that are not in the latest one, in their order.
 */
export function compareRounds(then: readonly DomainRating[], now: readonly DomainRating[]): ComparisonRow[] {
  const earlier = new Map<string, DomainRating>();
  for (const r of then) if (!earlier.has(areaKey(r.domain))) earlier.set(areaKey(r.domain), r);
  const seen = new Set<string>();
  const rows: ComparisonRow[] = [];
  for (const r of now) {
    const key = areaKey(r.domain);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = earlier.get(key);
    const domain = r.domain.trim();
    if (!before) {
      rows.push({ domain, now: r.rating, change: undefined, kind: 'new' });
      continue;
    }
    const change = r.rating - before.rating;
    rows.push({ domain, then: before.rating, now: r.rating, change, kind: change > 0 ? 'up' : change < 0 ? 'down' : 'same' });
  }
  for (const [key, r] of earlier) {
    if (!seen.has(key)) rows.push({ domain: r.domain.trim(), then: r.rating, change: undefined, kind: 'dropped' });
  }
  return rows;
}

/** The change in a row, as text: "+2", "−1" (a true minus sign), "same", "new area", "not rated now". */
export function changeLabel(row: ComparisonRow): string {
  if (row.kind === 'new') return 'new area';
  if (row.kind === 'dropped') return 'not rated now';
  const change = row.change ?? 0;
  if (change === 0) return 'same';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

const areas = (n: number) => `${n} ${n === 1 ? 'area' : 'areas'}`;

/**
 * One plain, kind sentence: "Up in 2 areas, the same in 1, down in 1." Ups come first and a fall is
 * stated as a plain count, never as a verdict.
 */
export function comparisonSummary(rows: readonly ComparisonRow[]): string {
  const count = (kind: ChangeKind) => rows.filter((r) => r.kind === kind).length;
  const parts: string[] = [];
  for (const [kind, words] of [
    ['up', 'up in'],
    ['same', 'the same in'],
    ['down', 'down in'],
  ] as const) {
    const n = count(kind);
    // The first count names its unit ("Up in 2 areas"); the ones after it need only the number.
    if (n > 0) parts.push(`${words} ${parts.length === 0 ? areas(n) : n}`);
  }
  const added = count('new');
  if (added > 0) parts.push(`${added} new ${added === 1 ? 'area' : 'areas'}`);
  const dropped = count('dropped');
  if (dropped > 0) parts.push(`${areas(dropped)} not rated now`);
  if (parts.length === 0) return 'There is nothing to compare yet.';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}.`;
}
