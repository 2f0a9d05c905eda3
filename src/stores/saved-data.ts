// The one way saved data is written. Every writer goes through here: an exercise saving as the
// person types (exercise-store.ts queues its writes through it), a merge with another tab (the
// resolver made by `mergeResolver`, in saved-data-merge.ts, loaded when another tab first writes), an import (`applyImport`, in saved-data-import.ts only so
// exercise pages do not load it), unreadable data kept aside
// (`keepAside`), a conflict copy (`keepConflicts`). So every write is checked against the limits the
// readers enforce, merged with what is stored at the moment it is written, and anything it would
// replace is copied first; when the copy cannot be made, nothing is written.
import { compactTombstones, type EntryMeta, type SavedState } from '../lib/storage/entries';
import type { Conflict } from '../lib/merge/three-way';
import { BACKUP_PREFIX, CONFLICT_PREFIX } from '../lib/storage-keys';
import { storage } from './persistence';

export type AnyState = SavedState<EntryMeta, unknown>;

const nowIso = () => new Date().toISOString();

/** A key under `prefix` not used yet, named by the time. */
function freshKey(prefix: string): string {
  let key = `${prefix}${nowIso()}`;
  for (let n = 2; storage.read(key) !== null; n++) key = `${prefix}${nowIso()}-${n}`;
  return key;
}

/**
 * Copies data this page cannot read to a new backup key before anything replaces it. Returns that
 * key (or the key of an identical copy already kept), or undefined when storage refused: the caller
 * must then leave the original where it is.
 */
export function keepAside(kind: string, raw: string): string | undefined {
  const prefix = `${BACKUP_PREFIX}${kind}:`;
  for (const existing of storage.keys(prefix)) {
    if (storage.readStored(existing) === raw) return existing;
  }
  const key = freshKey(prefix);
  return storage.writeNow(key, raw) ? key : undefined;
}

/** Why a conflict copy was kept: two tabs changed the same thing, or there was no room for an entry. */
export type ConflictReason = 'two-tabs' | 'limit';

/** What is stored under a conflict key. */
export interface ConflictCopy extends Conflict {
  app: 'efficacy-lab';
  exercise: string;
  reason: ConflictReason;
  /** When it was kept. */
  at: string;
}

/**
 * Keeps each losing version as a conflict copy the workbook lists for recovery. Returns false when
 * storage refused one (the caller then keeps the text in memory and the page says it is not saved).
 */
export function keepConflicts(kind: string, conflicts: Conflict[], reason: ConflictReason): boolean {
  let ok = true;
  for (const conflict of conflicts) {
    const copy: ConflictCopy = { app: 'efficacy-lab', exercise: kind, reason, at: nowIso(), ...conflict };
    if (!storage.writeNow(freshKey(`${CONFLICT_PREFIX}${kind}:`), JSON.stringify(copy))) ok = false;
  }
  return ok;
}

/** What every writer does to a state before sealing it: old deletions go (see MAX_TOMBSTONES). */
export function prepare<S extends AnyState>(state: S): S {
  return compactTombstones(state);
}

/** Per kind: how its store shows what storage holds after an import wrote it. */
export const reloaders = new Map<string, () => void>();

export function onImported(kind: string, reload: () => void): void {
  reloaders.set(kind, reload);
}
