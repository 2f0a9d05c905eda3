// What the review page makes of a class's hand-ins: a student's versions (the same student, class and
// week: kept side by side, one counted, issue 23), work outside the assignment, the hand-ins grouped by class and week, the roster (who
// handed in what), and the class's grid: one row per shared area, one column per student, the class
// median per area, the lowest areas, each student's own areas apart, and a later week compared with
// an earlier one. Pure functions over checked hand-ins (src/lib/transfer/hand-in.ts).
import type { HandIn } from './transfer/hand-in';
import { GRID_EXERCISE } from './exercise-ids';
import { EARLY_DAYS, parseDay } from './dates';
import { handInIdentity } from './hand-in-identity';

const norm = (text: string) => text.trim().toLocaleLowerCase();

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Who a hand-in is from, for versions: the same name (any case), class and week. A hand-in without
 * a name is never taken for another one.
 */
export function studentKey(h: HandIn): string {
  const who = norm(h.student) || `unnamed ${handInIdentity(h)}`;
  return `${norm(h.assignment.className)}\u0000${h.assignment.week}\u0000${who}`;
}

/** How far past this device's clock a hand-in's time may be before it is "dated in the future". */
export const FUTURE_MARGIN_MS = 60 * 60 * 1000;

/** Whether a hand-in is dated more than FUTURE_MARGIN_MS after `now` (a wrong clock, or a made-up date). */
export const isDatedInFuture = (h: HandIn, now: number): boolean => Date.parse(h.handedInAt) > now + FUTURE_MARGIN_MS;

// In a module of its own so that the review page's first load, which needs only this, does not
// carry the rest of this file (which loads with the hand-ins).
export { handInIdentity } from './hand-in-identity';

export interface StudentVersions<T> {
  /** Every version, by when it was handed in (those dated in the future last). */
  versions: T[];
  /** The version the class view counts. */
  counted: T;
  /** Whether the teacher chose it (otherwise the rule in versionsPerStudent did). */
  chosen: boolean;
}

/**
 * A student's hand-ins (the same name in any case, class and week) are versions: a later one never
 * replaces an earlier one. One counts in the class view: the one the teacher chose last (`chosenAt`);
 * otherwise, of those not dated in the future, those `trusted` says come from the same device as the
 * name's first hand-in, then the newest. A hand-in dated in the future never outranks one that is
 * not. `current` has the counted one per student, in the order students first appear; `multiple`
 * lists the students with more than one version, for the teacher to choose.
 */
export function versionsPerStudent<T extends { handIn: HandIn; chosenAt?: string | undefined }>(
  items: readonly T[],
  now: number,
  trusted: (item: T) => boolean = () => true,
): { current: T[]; multiple: StudentVersions<T>[] } {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = studentKey(item.handIn);
    const group = groups.get(key);
    if (!group) groups.set(key, [item]);
    else if (!group.some((seen) => handInIdentity(seen.handIn) === handInIdentity(item.handIn))) group.push(item);
  }
  const current: T[] = [];
  const multiple: StudentVersions<T>[] = [];
  for (const group of groups.values()) {
    const future = (item: T) => isDatedInFuture(item.handIn, now);
    const versions = [...group].sort(
      (a, b) =>
        Number(future(a)) - Number(future(b)) ||
        (a.handIn.handedInAt < b.handIn.handedInAt ? -1 : a.handIn.handedInAt > b.handIn.handedInAt ? 1 : 0),
    );
    const chosen = versions.filter((v) => v.chosenAt).sort((a, b) => (a.chosenAt! < b.chosenAt! ? 1 : -1))[0];
    const rank = (v: T) => [future(v) ? 0 : 1, trusted(v) ? 1 : 0];
    const fallback = versions.reduce((best, v) => {
      const [a, b] = [rank(v), rank(best)];
      // Later in `versions` is newer (or the same time, arrived later): it wins a tie.
      return a[0]! > b[0]! || (a[0] === b[0] && a[1]! >= b[1]!) ? v : best;
    });
    const counted = chosen ?? fallback;
    current.push(counted);
    if (versions.length > 1) multiple.push({ versions, counted, chosen: chosen !== undefined });
  }
  return { current, multiple };
}

/** Where a hand-in's part falls outside its assignment: another week, or a practice it did not set. */
/** 'early': saved in the EARLY_DAYS before the week (src/lib/dates.ts): shared by default, and marked. */
export type OffAssignment = 'early' | 'other-week' | 'other-practice' | undefined;

/** Hours either side of the week within which work is not flagged: the student's day may start earlier or later than the teacher's. */
const TIME_ZONE_SLACK_MS = 14 * 60 * 60 * 1000;

/**
 * For each entry and each reflection of a hand-in: whether it was saved outside the assignment's
 * week (with time-zone slack), or belongs to a practice the assignment does not name.
 * `worksheetsOf` names a practice's worksheets.
 */
export function offAssignment(
  h: HandIn,
  worksheetsOf: (practice: string) => readonly string[],
): { entries: OffAssignment[]; reflections: OffAssignment[] } {
  const sheets = new Set(h.assignment.practices.flatMap((p) => worksheetsOf(p)));
  const start = parseDay(h.assignment.week);
  const from = start ? start.getTime() - TIME_ZONE_SLACK_MS : Number.NaN;
  const to = start ? new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7).getTime() + TIME_ZONE_SLACK_MS : Number.NaN;
  return {
    entries: h.entries.map((e) => {
      if (!sheets.has(e.exercise)) return 'other-practice';
      const at = Date.parse(e.createdAt);
      if (at >= from && at < to) return undefined;
      const early = start
        ? new Date(start.getFullYear(), start.getMonth(), start.getDate() - EARLY_DAYS).getTime() - TIME_ZONE_SLACK_MS
        : Number.NaN;
      return at >= early && at < from ? 'early' : 'other-week';
    }),
    reflections: h.reflections.map((r) => (h.assignment.practices.includes(r.practice) ? undefined : 'other-practice')),
  };
}

export interface ClassWeek {
  className: string;
  week: string;
  /** The shared areas the assignment gave (in the teacher's order); empty when it gave none. */
  areas: string[];
  /** Practice ids any hand-in's assignment named, in order. */
  practices: string[];
  handIns: HandIn[];
}

/** Hand-ins grouped by class (any case) and week: classes in the order met, weeks oldest first, students by name. */
export function classWeeks(handIns: readonly HandIn[]): ClassWeek[] {
  const groups = new Map<string, ClassWeek>();
  for (const h of handIns) {
    const key = `${norm(h.assignment.className)}\u0000${h.assignment.week}`;
    const group = groups.get(key) ?? {
      className: h.assignment.className.trim(),
      week: h.assignment.week,
      areas: [],
      practices: [],
      handIns: [],
    };
    group.handIns.push(h);
    for (const area of h.assignment.areas ?? []) {
      if (!group.areas.some((a) => norm(a) === norm(area))) group.areas.push(area.trim());
    }
    for (const p of h.assignment.practices) if (!group.practices.includes(p)) group.practices.push(p);
    groups.set(key, group);
  }
  // Students in the order of their names, so the columns do not move when kept hand-ins come back
  // from storage in another order (then by time, for two hand-ins under one name).
  const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  for (const group of groups.values()) {
    group.handIns.sort((a, b) => byName.compare(a.student, b.student) || (a.handedInAt < b.handedInAt ? -1 : 1));
  }
  const order = [...new Set([...groups.values()].map((g) => norm(g.className)))];
  return [...groups.values()].sort(
    (a, b) => order.indexOf(norm(a.className)) - order.indexOf(norm(b.className)) || (a.week < b.week ? -1 : 1),
  );
}

export interface Rating {
  domain: string;
  rating: number;
}

/** A hand-in's latest efficacy-grid round, as ratings (checked by the caller's `isRatings`). */
export function latestRatings(h: HandIn, isRatings: (v: unknown) => v is Rating[]): Rating[] | undefined {
  let latest: { at: string; ratings: Rating[] } | undefined;
  for (const e of h.entries) {
    const ratings = e.fields['ratings'];
    if (e.exercise === GRID_EXERCISE && isRatings(ratings) && (!latest || e.createdAt > latest.at)) latest = { at: e.createdAt, ratings };
  }
  return latest?.ratings;
}

export interface ClassGrid {
  /** One row per shared area: each student's rating (undefined: not rated) and the class median. */
  rows: { area: string; ratings: (number | undefined)[]; median: number | undefined }[];
  /** The areas with the lowest median (ties all named). */
  lowest: string[];
  /** Areas each student added on their own (by column), not mixed into the rows. */
  own: Rating[][];
  /** How many students handed in a grid. */
  withGrid: number;
}

/**
 * The class's grid for one class and week. Rows are the shared areas; with none shared (older
 * assignments), every area anyone rated is a row.
 */
export function classGrid(group: ClassWeek, isRatings: (v: unknown) => v is Rating[]): ClassGrid | undefined {
  const perStudent = group.handIns.map((h) => latestRatings(h, isRatings));
  if (perStudent.every((r) => r === undefined)) return undefined;
  const areas = [...group.areas];
  if (areas.length === 0) {
    for (const r of perStudent.flat()) if (r && !areas.some((a) => norm(a) === norm(r.domain))) areas.push(r.domain.trim());
  }
  const shared = new Set(areas.map(norm));
  const rows = areas.map((area) => {
    const ratings = perStudent.map((list) => list?.find((r) => norm(r.domain) === norm(area))?.rating);
    return { area, ratings, median: median(ratings.filter((r): r is number => r !== undefined)) };
  });
  const medians = rows.flatMap((r) => (r.median === undefined ? [] : [r.median]));
  const min = Math.min(...medians);
  return {
    rows,
    lowest: medians.length === 0 ? [] : rows.filter((r) => r.median === min).map((r) => r.area),
    own: perStudent.map((list) => (list ?? []).filter((r) => !shared.has(norm(r.domain)))),
    withGrid: perStudent.filter(Boolean).length,
  };
}

export interface AreaChange {
  area: string;
  before: number | undefined;
  after: number | undefined;
  /** after minus before, when both weeks have a median. */
  change: number | undefined;
}

/** A later week's grid against an earlier one, per area of the later week (matched in any case). */
export function compareGrids(earlier: ClassGrid, later: ClassGrid): AreaChange[] {
  return later.rows.map((row) => {
    const before = earlier.rows.find((r) => norm(r.area) === norm(row.area))?.median;
    const after = row.median;
    return { area: row.area, before, after, change: before !== undefined && after !== undefined ? after - before : undefined };
  });
}

/** "Speaking in class", "Maths and Reading" or "Maths, Reading and Speaking". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
