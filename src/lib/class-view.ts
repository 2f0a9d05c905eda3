// What the review page makes of a class's hand-ins: which hand-in replaces which (the same student,
// class and week: the newer one counts), the hand-ins grouped by class and week, the roster (who
// handed in what), and the class's grid: one row per shared area, one column per student, the class
// median per area, the lowest areas, each student's own areas apart, and a later week compared with
// an earlier one. Pure functions over checked hand-ins (src/lib/transfer/hand-in.ts).
import type { HandIn } from './transfer/hand-in';
import { GRID_EXERCISE } from './exercise-ids';

const norm = (text: string) => text.trim().toLocaleLowerCase();

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Who a hand-in is from, for replacing: the same name (any case), class and week. A hand-in without
 * a name is never taken for another one.
 */
export function studentKey(h: HandIn): string {
  const who = norm(h.student) || `unnamed ${h.handedInAt}`;
  return `${norm(h.assignment.className)}\u0000${h.assignment.week}\u0000${who}`;
}

export interface Replacement<T> {
  newer: T;
  older: T;
}

/**
 * One hand-in per student, class and week: the newest (by when it was handed in) replaces older
 * ones. Keeps the order of first arrival; says which replaced which.
 */
export function latestPerStudent<T extends { handIn: HandIn }>(items: readonly T[]): { current: T[]; replaced: Replacement<T>[] } {
  const byKey = new Map<string, T>();
  const replaced: Replacement<T>[] = [];
  for (const item of items) {
    const key = studentKey(item.handIn);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, item);
    else if (seen.handIn.handedInAt < item.handIn.handedInAt) {
      byKey.set(key, item);
      replaced.push({ newer: item, older: seen });
    } else if (seen !== item) replaced.push({ newer: seen, older: item });
  }
  return { current: [...byKey.values()], replaced };
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

export type RosterStatus = 'in' | 'private' | 'missing';

/**
 * What each student handed in for each practice: something ('in'), something with parts kept
 * private ('private'), or nothing ('missing'). `worksheetsOf` names a practice's worksheets.
 */
export function roster(group: ClassWeek, worksheetsOf: (practice: string) => readonly string[]): RosterStatus[][] {
  return group.handIns.map((h) =>
    group.practices.map((p) => {
      const sheets = worksheetsOf(p);
      const has = h.entries.some((e) => sheets.includes(e.exercise)) || h.reflections.some((r) => r.practice === p && r.text.trim() !== '');
      if (h.withheld?.includes(p)) return 'private';
      return has ? 'in' : 'missing';
    }),
  );
}
