// The merge half of the one write path (saved-data.ts): how this tab's write and another tab's
// become one. Loaded the first time another tab writes, so exercise pages do not carry it otherwise.
import { madeKnowing, openEnvelope, sealEnvelope, type DataSpec } from '../lib/storage/envelope';
import type { Resolver } from '../lib/storage/guarded-storage';
import { liveCount, MAX_ENTRIES } from '../lib/storage/entries';
import { mergeThreeWay } from '../lib/merge/three-way';
import { keepAside, keepConflicts, prepare, type AnyState } from './saved-data';

/**
 * How two versions of a kind's saved text become one when another tab wrote meanwhile: merged
 * against what both started from (mergeThreeWay), the losing side of a real conflict kept as a
 * conflict copy. Stored text this page cannot read is kept aside first; if it cannot be, `noRoom`
 * is called and the stored text stays as it is.
 */
export function mergeResolver<T extends AnyState>(spec: DataSpec<T>, noRoom: () => void, onKeptAside: () => void): Resolver {
  const resolve: Resolver = (stored, ours, base) => {
    const theirs = openEnvelope(stored, spec);
    const mine = openEnvelope(ours, spec);
    if (mine.status === 'unreadable') return stored ?? ours;
    if (theirs.status === 'unreadable') {
      if (!keepAside(spec.exercise, stored as string)) {
        noRoom();
        return stored as string;
      }
      onKeptAside();
      return ours;
    }
    // Nothing stored when this tab last looked (null) is a blank start; never looked (undefined) is unknown.
    const before = base === undefined ? undefined : openEnvelope(base, spec);
    const { state, conflicts } = mergeThreeWay(before && before.status !== 'unreadable' ? before.data : undefined, theirs.data, mine.data);
    if (conflicts.length > 0) keepConflicts(spec.exercise, conflicts, 'two-tabs');
    // Nothing of ours is missing from what is stored: leave it as it is (no write, no ping-pong).
    if (JSON.stringify(state) === JSON.stringify(theirs.data)) return stored as string;
    // Two tabs each under the limit can be over it together: the newest entries win the room and
    // the rest are kept as conflict copies, so the stored text stays readable and nothing is lost.
    return sealEnvelope(prepare(fitLimit(spec.exercise, state as T)), spec, new Date(), stored);
  };
  resolve.includes = madeKnowing;
  return resolve;
}

/** Moves the oldest live entries beyond MAX_ENTRIES to conflict copies. */
function fitLimit<T extends AnyState>(kind: string, state: T): T {
  const over = liveCount(state) - MAX_ENTRIES;
  if (over <= 0) return state;
  const live = state.entries.filter((e) => !('deletedAt' in e)).sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1));
  const moved = new Set(live.slice(0, over));
  keepConflicts(kind, [...moved].map((e) => ({ entryId: e.id, value: e })), 'limit');
  return { ...state, entries: state.entries.filter((e) => !moved.has(e)) };
}

