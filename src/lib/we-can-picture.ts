// The class picture of "We can" hand-ins for one class and week (issue 25): per statement, the class
// median, the spread of the middle half (lowest quarter to highest quarter) and every rating as a
// dot, with no names; and the statement the class is least sure of. Pure, over checked hand-ins.
import type { HandIn } from './transfer/hand-in';
import { WE_CAN_EXERCISE } from './exercise-ids';
import { median } from './class-view';

export interface StatementRating {
  statement: string;
  rating: number;
}

const norm = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The p-th quantile (0 to 1) of values sorted ascending, interpolating between neighbours (the
 * method spreadsheets' PERCENTILE and R's default use), so quartiles of small classes stay in range.
 */
export function quantile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** A hand-in's latest "We can" ratings (the newest entry whose ratings pass the worksheet's check). */
export function latestWeCan(h: HandIn, isStatementRatings: (v: unknown) => v is StatementRating[]): StatementRating[] | undefined {
  let latest: { at: string; ratings: StatementRating[] } | undefined;
  for (const e of h.entries) {
    const ratings = e.fields['ratings'];
    if (e.exercise === WE_CAN_EXERCISE && isStatementRatings(ratings) && (!latest || e.createdAt > latest.at)) {
      latest = { at: e.createdAt, ratings };
    }
  }
  return latest?.ratings;
}

export interface StatementPicture {
  statement: string;
  /** Every rating given, lowest first: the order says nothing about who gave which. */
  ratings: number[];
  median: number;
  /** The lowest and highest quarter's edges (25th and 75th percentiles). */
  lowQuarter: number;
  highQuarter: number;
}

export interface WeCanPicture {
  /** Statements rated by at least two students: the most rated first, then in the order first met. */
  rows: StatementPicture[];
  /** The statements with the lowest median (ties all named). */
  leastSure: StatementPicture[];
  /** How many students handed in "We can" ratings. */
  students: number;
  /** Statements rated by one student only: left out, since one rating would show whose it is. */
  ownLeftOut: number;
}

/** The picture for a class's hand-ins (one per student, already the newest), or undefined when none has ratings. */
export function weCanPicture(
  handIns: readonly HandIn[],
  isStatementRatings: (v: unknown) => v is StatementRating[],
): WeCanPicture | undefined {
  const perStudent = handIns.map((h) => latestWeCan(h, isStatementRatings)).filter((r): r is StatementRating[] => r !== undefined);
  if (perStudent.length === 0) return undefined;
  const byStatement = new Map<string, { statement: string; ratings: number[]; first: number }>();
  for (const ratings of perStudent) {
    const seen = new Set<string>();
    for (const r of ratings) {
      const key = norm(r.statement);
      if (seen.has(key)) continue; // one rating per student per statement
      seen.add(key);
      const row = byStatement.get(key) ?? { statement: r.statement.trim(), ratings: [], first: byStatement.size };
      row.ratings.push(r.rating);
      byStatement.set(key, row);
    }
  }
  const all = [...byStatement.values()];
  const rows = all
    .filter((r) => r.ratings.length >= 2)
    .sort((a, b) => b.ratings.length - a.ratings.length || a.first - b.first)
    .map(({ statement, ratings }) => {
      const sorted = [...ratings].sort((a, b) => a - b);
      return {
        statement,
        ratings: sorted,
        median: median(sorted)!,
        lowQuarter: quantile(sorted, 0.25)!,
        highQuarter: quantile(sorted, 0.75)!,
      };
    });
  const lowest = Math.min(...rows.map((r) => r.median));
  return {
    rows,
    leastSure: rows.filter((r) => r.median === lowest),
    students: perStudent.length,
    ownLeftOut: all.length - rows.length,
  };
}

/** A number as the picture says it: whole numbers as they are, halves to one decimal place. */
export const numberWords = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, ''));

/** The least-sure statement in words, for the sentence under the picture. */
export function leastSureSentence(picture: WeCanPicture): string {
  const [first, ...rest] = picture.leastSure;
  if (!first) return 'No statement was rated by two or more students yet.';
  const median = numberWords(first.median);
  if (rest.length === 0) return `The class is least sure that it can ${first.statement} (median ${median} out of 100).`;
  const names = picture.leastSure.map((r) => `“${r.statement}”`);
  return `The class is least sure of ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (median ${median} out of 100 each).`;
}
