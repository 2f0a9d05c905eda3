// Which edit is newer, decided so that a wrong clock cannot reorder a person's work: a hybrid
// logical clock. Each stamp is the later of the device's clock and one millisecond after every stamp
// this tab has made or read, so an edit always comes after what it was made from, even when the
// clock was fast and has been put back (the millisecond step is the logical counter, folded into the
// time so stamps keep the ISO form every reader already accepts). Stamps are never written outside
// years 0001–9999, and a stamp more than a day ahead of this device's clock (an import from a device
// whose clock was wrong, or data written before this rule) is read as "now" and not followed.
import type { EntryMeta, SavedState } from './entries';
import { MAX_TIME, MIN_TIME } from '../time-range';

/** How far past this device's clock a stamp may be before it counts as wrong. */
export const FUTURE_MARGIN_MS = 86_400_000;

const inRange = (t: number) => Math.min(MAX_TIME, Math.max(MIN_TIME, t || 0));
/** An ISO stamp for a moment, held within years 0001–9999 (a clock in year 10000 would write "+010000-…"). */
export const isoOf = (t: number) => new Date(inRange(t)).toISOString();

let last = MIN_TIME;
let lastIso = isoOf(last);

/** A stamp for an edit made now: after every stamp this tab has made or read. */
export function nextStamp(wall = Date.now()): string {
  last = inRange(Math.max(wall, last + 1));
  return (lastIso = isoOf(last));
}

/** The latest stamp that is believed: a day past this device's clock. */
export const futureLimit = (wall = Date.now()) => isoOf(wall + FUTURE_MARGIN_MS);

/** Follows a stamp read from saved data, unless it is past `limit`. */
export function observe(stamp: string, limit: string): void {
  if (stamp > lastIso && stamp <= limit) {
    last = Date.parse(stamp);
    lastIso = stamp;
  }
}

/**
 * Follows every stamp in the state not past the future limit, so this tab's next stamp comes after
 * them; true when some stamp is past it (then settleStamps, loaded only then, reads it as now).
 */
export function observeStamps(state: SavedState<EntryMeta, unknown>, wall = Date.now()): boolean {
  const limit = futureLimit(wall);
  let future = false;
  for (const { updatedAt } of [...state.entries, state.draft]) {
    if (updatedAt > limit) future = true;
    else observe(updatedAt, limit);
  }
  return future;
}
