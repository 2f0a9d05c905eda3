// What every exercise saves: a list of dated entries and the draft being typed. Each entry and the
// draft carry their own `updatedAt`, so two versions of the state (two tabs, or a tab and an import)
// merge entry by entry, the newer edit winning, and nothing either side wrote is dropped.
// A deletion is kept as a tombstone (id and time only, the text is gone) so it survives a merge.

export interface EntryMeta {
  /** Unique, stable id. */
  id: string;
  /** When the entry was first saved (ISO 8601). */
  createdAt: string;
  /** When it last changed (ISO 8601); decides which side of a merge wins. */
  updatedAt: string;
}

export interface Tombstone {
  id: string;
  updatedAt: string;
  /** When it was deleted; equal to updatedAt. */
  deletedAt: string;
}

export type Stored<E extends EntryMeta> = E | Tombstone;

export interface Draft<D> {
  value: D;
  /** When the draft last changed; empty string for a draft nobody has typed in. */
  updatedAt: string;
}

export interface SavedState<E extends EntryMeta, D> {
  entries: Stored<E>[];
  draft: Draft<D>;
}

/**
 * The most entries one kind of saved data holds. Readers refuse more (the data is then not ours),
 * so every writer (save, merge, import) checks the same number before it writes, and says so.
 */
export const MAX_ENTRIES = 5000;
/**
 * How many entries a long list shows at first, and how many more each "Show more" adds: the page
 * never holds thousands of entries at once (a worksheet's list, the workbook).
 */
export const LIST_PAGE = 50;

/**
 * Deletions remembered per kind. Only the newest are kept: an older deletion can no longer stop an
 * entry coming back from an old file, which is safer than losing the entry, and it means deleting
 * never uses up the room people have for writing.
 */
export const MAX_TOMBSTONES = 1000;

export function isTombstone<E extends EntryMeta>(entry: Stored<E>): entry is Tombstone {
  return 'deletedAt' in entry && typeof (entry as Tombstone).deletedAt === 'string';
}

/**
 * Entries that have not been deleted, newest first. Sorted once per entries list (a keystroke in
 * the draft keeps the same list, so it never sorts again).
 */
const sortedCache = new WeakMap<readonly unknown[], unknown[]>();
export function liveEntries<E extends EntryMeta>(state: SavedState<E, unknown>): E[] {
  const cached = sortedCache.get(state.entries);
  if (cached) return cached as E[];
  const sorted = state.entries.filter((e): e is E => !isTombstone(e)).sort(newestFirst);
  sortedCache.set(state.entries, sorted);
  return sorted;
}

export function liveCount(state: SavedState<EntryMeta, unknown>): number {
  let n = 0;
  for (const e of state.entries) if (!isTombstone(e)) n += 1;
  return n;
}

/** Keeps only the newest MAX_TOMBSTONES deletions (see there); returns the same state when none go. */
export function compactTombstones<S extends SavedState<EntryMeta, unknown>>(state: S): S {
  const tombstones = state.entries.filter(isTombstone);
  if (tombstones.length <= MAX_TOMBSTONES) return state;
  const keep = new Set(
    tombstones.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).slice(0, MAX_TOMBSTONES),
  );
  return { ...state, entries: state.entries.filter((e) => !isTombstone(e) || keep.has(e)) };
}

function newestFirst(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/** A random id; crypto.randomUUID where the browser has it. */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function addEntry<E extends EntryMeta, D>(
  state: SavedState<E, D>,
  fields: Omit<E, keyof EntryMeta>,
  now: string,
  id: string = newId(),
): { state: SavedState<E, D>; entry: E } {
  const entry = { ...fields, id, createdAt: now, updatedAt: now } as E;
  return { state: { ...state, entries: [...state.entries, entry] }, entry };
}

export function updateEntry<E extends EntryMeta, D>(
  state: SavedState<E, D>,
  id: string,
  fields: Partial<Omit<E, keyof EntryMeta>>,
  now: string,
): SavedState<E, D> {
  return {
    ...state,
    entries: state.entries.map((e) => (e.id === id && !isTombstone(e) ? ({ ...e, ...fields, updatedAt: now } as E) : e)),
  };
}

/** Replaces the entry with a tombstone; returns the entry so the caller can offer an undo. */
export function deleteEntry<E extends EntryMeta, D>(
  state: SavedState<E, D>,
  id: string,
  now: string,
): { state: SavedState<E, D>; removed: E | undefined } {
  let removed: E | undefined;
  const entries = state.entries.map((e): Stored<E> => {
    if (e.id !== id || isTombstone(e)) return e;
    removed = e;
    return { id, updatedAt: now, deletedAt: now };
  });
  return { state: { ...state, entries }, removed };
}

/** Undo of a delete: the entry comes back as it was, stamped now so it wins over the tombstone. */
export function restoreEntry<E extends EntryMeta, D>(state: SavedState<E, D>, entry: E, now: string): SavedState<E, D> {
  const restored = { ...entry, updatedAt: now };
  const exists = state.entries.some((e) => e.id === entry.id);
  return {
    ...state,
    entries: exists ? state.entries.map((e) => (e.id === entry.id ? restored : e)) : [...state.entries, restored],
  };
}

export function setDraft<E extends EntryMeta, D>(state: SavedState<E, D>, value: D, now: string): SavedState<E, D> {
  return { ...state, draft: { value, updatedAt: now } };
}

export function blankState<E extends EntryMeta, D>(draft: D): SavedState<E, D> {
  return { entries: [], draft: { value: draft, updatedAt: '' } };
}
