// Tiny shape checks for saved data, small enough for the exercise pages' 20 KB JavaScript budget.
// Valibot was measured first: for these schemas it added about 2 KB gzipped to every exercise page,
// this adds about 0.3 KB. Checks are predicates only: saved data is either ours or kept aside whole,
// so no error messages are needed here. (Imported files, which need messages, are validated on the
// workbook page, where the budget is not as tight.)

export type Check<T> = (value: unknown) => value is T;

/** A plain object (not null, not an array): what JSON objects parse to. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str =
  (max = 10_000): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max;

/**
 * A real moment in ISO 8601 as toISOString writes it (UTC, optional milliseconds). Anything else,
 * such as "zzzz", would sort after every real date and win every merge, or show as "NaN" weeks.
 */
export const isIsoStamp = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(v) &&
  !Number.isNaN(Date.parse(v)) &&
  new Date(v).toISOString().slice(0, 19) === v.slice(0, 19);

export const bool: Check<boolean> = (v): v is boolean => typeof v === 'boolean';

export const int =
  (min: number, max: number): Check<number> =>
  (v): v is number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v);

export const list =
  <T>(check: Check<T>, max = 5000): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every(check);

/** An object with at least these fields (extra fields are allowed, as from a newer minor version). */
export const obj =
  <T extends object>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (v): v is T =>
    isRecord(v) && Object.entries(fields).every(([key, check]) => (check as Check<unknown>)(v[key]));

export const either =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (v): v is A | B =>
    a(v) || b(v);
