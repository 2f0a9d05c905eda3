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
export const isIsoStamp = (v: unknown): v is string => {
  const m = typeof v === 'string' && ISO_STAMP.exec(v);
  // The day must exist in its month. Checked without parsing the text (10,000 stamps in a full
  // workbook): year 2000 + year % 400 has the same calendar, and Date.UTC reads 0-99 as 19xx.
  return !!m && Number(m[3]) <= new Date(Date.UTC(2000 + (Number(m[1]) % 400), Number(m[2]), 0)).getUTCDate();
};
const ISO_STAMP = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;

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
export const obj = <T extends object>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> => {
  // Listed once, not on every value checked (thousands of entries on load).
  const checks = Object.entries(fields) as [string, Check<unknown>][];
  return (v): v is T => isRecord(v) && checks.every(([key, check]) => check(v[key]));
};

export const either =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (v): v is A | B =>
    a(v) || b(v);
