// The moments an ISO stamp with a four-digit year can say: 0001-01-01T00:00:00.000Z to
// 9999-12-31T23:59:59.999Z (a clock in year 10000 would write "+010000-…"). Plain number constants
// only: the bundler inlines them (astro.config.mjs, inlineConst), so the course page's script
// (src/scripts/progress.ts) holds its stamps in the same range as the saving layer
// (src/lib/storage/clock.ts) without loading the worksheets' runtime.
export const MIN_TIME = -62135596800000;
export const MAX_TIME = 253402300799999;
/** The years a stamp or a day (YYYY-MM-DD, src/lib/dates.ts) may name: what every reader accepts. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;
