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

/**
 * The lesson section that explains the two ways of measuring a group's belief (aggregated private
 * ratings, one rating agreed in discussion), linked beside a group's agreed rating. The heading's
 * words are checked against the built lesson (tests/dist/lesson-fragments.test.ts).
 */
export const TWO_WAYS = {
  href: '/lessons/collective-efficacy/#running-a-we-can-check-with-a-group',
  lesson: '/lessons/collective-efficacy/',
  id: 'running-a-we-can-check-with-a-group',
  heading: 'Running a “We can” check with a group',
};

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

/** Whether an entry's ratings were the group's agreed ones (version 2 of the worksheet); absent means one person's own. */
const isAgreed = (fields: Record<string, unknown>) => fields['mode'] === 'agreed';

/**
 * A hand-in's latest "We can" ratings (the newest entry whose ratings pass the worksheet's check):
 * its own ratings by default, or, with `agreed`, the newest ratings a group agreed together on it.
 */
export function latestWeCan(
  h: HandIn,
  isStatementRatings: (v: unknown) => v is StatementRating[],
  agreed = false,
): StatementRating[] | undefined {
  let latest: { at: string; ratings: StatementRating[] } | undefined;
  for (const e of h.entries) {
    const ratings = e.fields['ratings'];
    if (
      e.exercise === WE_CAN_EXERCISE &&
      isAgreed(e.fields) === agreed &&
      isStatementRatings(ratings) &&
      (!latest || e.createdAt > latest.at)
    ) {
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
  /** Ratings groups agreed together for this statement (one per group, in the order met); empty when none. */
  agreed: number[];
  /** The same statement in the earlier week's picture, when it had one. */
  earlier?: { median: number; lowQuarter: number; highQuarter: number; count: number };
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
  /** How many hand-ins carried a group's agreed ratings. */
  groups: number;
  /** The earlier week compared with, when one was given and had ratings. */
  earlierWeek?: string;
}

export interface PictureOptions {
  /** The earlier week's hand-ins for the same class (one per student), to compare each statement with. */
  earlier?: { week: string; handIns: readonly HandIn[] };
}

/** Each statement's private ratings (one per student), keyed by its words in any case, in the order first met. */
function ratingsByStatement(perStudent: readonly StatementRating[][]): Map<string, { statement: string; ratings: number[] }> {
  const byStatement = new Map<string, { statement: string; ratings: number[] }>();
  for (const ratings of perStudent) {
    const seen = new Set<string>();
    for (const r of ratings) {
      const key = norm(r.statement);
      if (seen.has(key)) continue; // one rating per student per statement
      seen.add(key);
      const row = byStatement.get(key) ?? { statement: r.statement.trim(), ratings: [] };
      row.ratings.push(r.rating);
      byStatement.set(key, row);
    }
  }
  return byStatement;
}

/** The median and quarters of some ratings. */
function spread(ratings: readonly number[]) {
  const sorted = [...ratings].sort((a, b) => a - b);
  return { sorted, median: median(sorted)!, lowQuarter: quantile(sorted, 0.25)!, highQuarter: quantile(sorted, 0.75)! };
}

/**
 * The statements the class's assignment set, in the teacher's order (from the hand-ins' assignment,
 * which carries them since the worksheet's version 2; the first hand-in that has them decides).
 */
export function teacherOrder(handIns: readonly HandIn[]): string[] {
  return handIns.find((h) => h.assignment.statements?.length)?.assignment.statements ?? [];
}

/**
 * The picture for a class's hand-ins (one per student, already the newest), or undefined when none
 * has ratings. Rows: the teacher's statements first in the teacher's order, then the rest, the most
 * rated first, then in the order first met.
 */
export function weCanPicture(
  handIns: readonly HandIn[],
  isStatementRatings: (v: unknown) => v is StatementRating[],
  options: PictureOptions = {},
): WeCanPicture | undefined {
  const perStudent = handIns.map((h) => latestWeCan(h, isStatementRatings)).filter((r): r is StatementRating[] => r !== undefined);
  const perGroup = handIns.map((h) => latestWeCan(h, isStatementRatings, true)).filter((r): r is StatementRating[] => r !== undefined);
  if (perStudent.length === 0 && perGroup.length === 0) return undefined;
  const all = [...ratingsByStatement(perStudent).entries()];
  const agreed = ratingsByStatement(perGroup);
  const before =
    options.earlier &&
    ratingsByStatement(
      options.earlier.handIns.map((h) => latestWeCan(h, isStatementRatings)).filter((r): r is StatementRating[] => r !== undefined),
    );
  const order = teacherOrder(handIns).map(norm);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const rows = all
    .map(([key, row], first) => ({ key, ...row, first }))
    .filter((r) => r.ratings.length >= 2)
    .sort((a, b) => rank(a.key) - rank(b.key) || b.ratings.length - a.ratings.length || a.first - b.first)
    .map(({ key, statement, ratings }): StatementPicture => {
      const { sorted, ...numbers } = spread(ratings);
      const earlier = before?.get(key);
      return {
        statement,
        ratings: sorted,
        ...numbers,
        agreed: agreed.get(key)?.ratings ?? [],
        ...(earlier && earlier.ratings.length >= 2
          ? { earlier: { ...withoutSorted(spread(earlier.ratings)), count: earlier.ratings.length } }
          : {}),
      };
    });
  const lowest = Math.min(...rows.map((r) => r.median));
  return {
    rows,
    leastSure: rows.filter((r) => r.median === lowest),
    students: perStudent.length,
    ownLeftOut: all.length - rows.length,
    groups: perGroup.length,
    ...(before && rows.some((r) => r.earlier) ? { earlierWeek: options.earlier!.week } : {}),
  };
}

const withoutSorted = ({ sorted: _, ...numbers }: ReturnType<typeof spread>) => numbers;

/** A number as the picture says it: whole numbers as they are, halves to one decimal place. */
export const numberWords = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, ''));

/** The least-sure statement in words, for the sentence under the picture. `group`: a family or team's words, not a class's. */
export function leastSureSentence(picture: WeCanPicture, group = false): string {
  const [first, ...rest] = picture.leastSure;
  if (!first) return `No statement was rated by two or more ${group ? 'members' : 'students'} yet.`;
  const median = numberWords(first.median);
  const who = group ? 'The group' : 'The class';
  if (rest.length === 0) return `${who} is least sure that it can ${first.statement} (median ${median} out of 100).`;
  const names = picture.leastSure.map((r) => `“${r.statement}”`);
  return `${who} is least sure of ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (median ${median} out of 100 each).`;
}

/** How the group's agreed rating stands beside the median of the private ones, in words. */
export function agreedWords(row: StatementPicture): string | undefined {
  if (row.agreed.length === 0) return undefined;
  const list = row.agreed.join(', ');
  return row.agreed.length === 1 ? `Agreed together: ${list}` : `Agreed together by ${row.agreed.length} groups: ${list}`;
}

/** The change from the earlier week for one statement, in words ("w48 median 60, now 70: up 10"). */
export function earlierWords(row: StatementPicture, earlierWeekLabel: string): string | undefined {
  if (!row.earlier) return undefined;
  const change = row.median - row.earlier.median;
  const moved = change === 0 ? 'no change' : `${change > 0 ? 'up' : 'down'} ${numberWords(Math.abs(change))}`;
  return `${earlierWeekLabel}: median ${numberWords(row.earlier.median)}, middle half ${numberWords(row.earlier.lowQuarter)} to ${numberWords(row.earlier.highQuarter)}; now ${numberWords(row.median)}, ${moved}`;
}
