// A kept copy (a conflict copy: kept in this browser, or brought by an imported file) put back as an
// entry of its own. Its text is whatever the copy holds, so it is checked as any stored entry is, by
// the kind's own check (the one readers apply): written unchecked, a wrong field made the whole kind
// unreadable on the next visit, kept aside, and every entry here vanished from the page (issue 23).
import type { DataSpec } from './envelope';
import { addEntry, newId, type EntryMeta, type SavedState } from './entries';
import { isRecord } from './shape';

export type PutBack<E extends EntryMeta> = { ok: true; state: SavedState<E, unknown>; entry: E } | { ok: false };

/**
 * The state with `value` added as a new entry dated `now`, or `{ ok: false }` when it is not a valid
 * entry of the kind. Its own id, dates and deletion mark are dropped: it gets a new id that no entry
 * here has (so it never replaces or hides one), and comes back live.
 */
export function putBackEntry<E extends EntryMeta, D>(
  spec: DataSpec<SavedState<E, D>>,
  state: SavedState<E, D>,
  value: unknown,
  now: string,
  makeId: () => string = newId,
): PutBack<E> {
  if (!isRecord(value)) return { ok: false };
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = value;
  const taken = new Set(state.entries.map((e) => e.id));
  let id = makeId();
  while (taken.has(id)) id = newId();
  const { state: next, entry } = addEntry(state, fields as Omit<E, keyof EntryMeta>, now, id);
  // The entry alone is checked (with this state's draft): the rest was checked when it was read.
  if (!spec.isValid({ ...state, entries: [entry] })) return { ok: false };
  return { ok: true, state: next as SavedState<E, unknown>, entry };
}
