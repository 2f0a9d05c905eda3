// What the storage notices do with kept-aside copies and with the current data. Separate from
// exercise-store.ts because only the notices need it, and they load on demand.
import { sealEnvelope } from '../lib/storage/envelope';
import { putBackEntry } from '../lib/storage/put-back';
import type { EntryMeta } from '../lib/storage/entries';
import type { ExerciseStore, ReadableExerciseStore } from './exercise-store';
import { BACKUP_PREFIX, CONFLICT_PREFIX, storage } from './persistence';

/** The text stored under a key, exactly as it is (a kept copy, or unreadable data left in place). */
export function storedText(key: string): string | null {
  return storage.readStored(key);
}

/** Conflict copies of this kind held only in memory, because storage refused them: their texts. */
export function heldCopies(kind: string): string[] {
  return storage
    .keys(`${CONFLICT_PREFIX}${kind}:`)
    .filter((key) => storage.readStored(key) === null)
    .map((key) => storage.read(key) ?? '');
}

/** Deletes a kept copy for good (the person confirmed it). */
export function discardBackup(store: ReadableExerciseStore, key: string): void {
  storage.removeNow(key);
  store.$backups.set(storage.keys(`${BACKUP_PREFIX}${store.spec.exercise}:`));
  if (store.$recovery.get()?.backupKey === key) store.$recovery.set(undefined);
}

/** The exercise's data as the versioned text it is stored as, for download. */
export function exportText(store: ReadableExerciseStore): string {
  return sealEnvelope(store.$state.get(), store.spec);
}

/**
 * Puts a kept copy back as an entry of its own, checked as any stored entry is (putBackEntry); false
 * when it is not a valid entry of its kind, or the worksheet is full. Nothing changes then.
 */
export function putBack(store: ExerciseStore<EntryMeta, unknown>, value: unknown): boolean {
  const checked = putBackEntry(store.spec, store.$state.get(), value, new Date().toISOString());
  if (!checked.ok) return false;
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = checked.entry;
  return store.add(fields as never) !== undefined;
}
