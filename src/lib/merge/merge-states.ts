// Two versions of an exercise's saved state made one, entry by entry: what merging with another
// tab (three-way.ts) and importing (src/lib/transfer/import-plan.ts) build on. Apart from entries.ts
// because only those load it: a worksheet's runtime never merges until another tab writes.
import { isTombstone, type Draft, type EntryMeta, type SavedState, type Stored } from '../storage/entries';

/**
 * Picks between two versions of the same entry: the later edit wins. On an exact tie the choice must
 * not depend on argument order (both tabs must reach the same result), so it falls to a deletion,
 * then to the larger serialisation.
 */
export function pick<E extends EntryMeta>(a: Stored<E>, b: Stored<E>): Stored<E> {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (isTombstone(a) !== isTombstone(b)) return isTombstone(a) ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Merges two versions of a saved state. Commutative, associative and idempotent. */
export function mergeStates<E extends EntryMeta, D>(a: SavedState<E, D>, b: SavedState<E, D>): SavedState<E, D> {
  const byId = new Map<string, Stored<E>>();
  for (const entry of [...a.entries, ...b.entries]) {
    const seen = byId.get(entry.id);
    byId.set(entry.id, seen ? pick(seen, entry) : entry);
  }
  const entries = [...byId.values()].sort((x, y) =>
    x.updatedAt === y.updatedAt ? (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) : x.updatedAt < y.updatedAt ? -1 : 1,
  );
  let draft: Draft<D>;
  if (a.draft.updatedAt !== b.draft.updatedAt) draft = a.draft.updatedAt > b.draft.updatedAt ? a.draft : b.draft;
  else draft = JSON.stringify(a.draft) >= JSON.stringify(b.draft) ? a.draft : b.draft;
  return { entries, draft };
}
