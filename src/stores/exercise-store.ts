// One store per exercise: its saved entries and draft, persisted through the guarded engine, with the
// actions the exercise's island calls. Unreadable saved data is kept aside under a backup key before
// the exercise starts clean; if it cannot be kept aside, the exercise never writes over it.
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { openEnvelope, sealEnvelope, type DataSpec, type UnreadableReason } from '../lib/storage/envelope';
import {
  addEntry,
  deleteEntry,
  mergeStates,
  restoreEntry,
  setDraft,
  updateEntry,
  type EntryMeta,
  type SavedState,
} from '../lib/storage/entries';
import { BACKUP_PREFIX, DATA_PREFIX, createHidden, onStoredChange, storage } from './persistence';

/** What happened to saved data this page could not read. */
export interface Recovery {
  reason: UnreadableReason;
  /** The key the unreadable data was copied to, or undefined if there was no room to copy it. */
  backupKey: string | undefined;
}

export interface ExerciseStore<E extends EntryMeta, D> {
  readonly spec: DataSpec<SavedState<E, D>>;
  readonly key: string;
  /** Everything saved, tombstones included (for export and merging). */
  readonly $state: WritableAtom<SavedState<E, D>>;
  /** Set when this visit found unreadable saved data. */
  readonly $recovery: WritableAtom<Recovery | undefined>;
  /** Keys of earlier copies kept aside for this exercise. */
  readonly $backups: WritableAtom<string[]>;
  setDraft(value: D): void;
  /** Saves a new entry; `id` only when the caller needs a stable one (an assignment opened twice). */
  add(fields: Omit<E, keyof EntryMeta>, id?: string): E;
  update(id: string, fields: Partial<Omit<E, keyof EntryMeta>>): void;
  /** Deletes an entry; returns it so the caller can offer an undo. */
  remove(id: string): E | undefined;
  /** Puts a deleted entry back (undo). */
  restore(entry: E): void;
}

const nowIso = () => new Date().toISOString();

export function createExerciseStore<E extends EntryMeta, D>(spec: DataSpec<SavedState<E, D>>): ExerciseStore<E, D> {
  const key = `${DATA_PREFIX}${spec.exercise}`;
  const backupPrefix = `${BACKUP_PREFIX}${spec.exercise}:`;
  const $recovery = atom<Recovery | undefined>(undefined);
  const $backups = atom<string[]>([]);
  /** Raw text each decoded state came from, so re-saving an unchanged state writes nothing. */
  const rawOf = new WeakMap<object, string>();

  const refreshBackups = () => $backups.set(storage.keys(backupPrefix));

  /** Copies unreadable data to a new backup key; returns that key, or undefined when storage refused. */
  function keepAside(raw: string): string | undefined {
    for (const existing of storage.keys(backupPrefix)) {
      if (storage.readStored(existing) === raw) return existing;
    }
    let backupKey = `${backupPrefix}${nowIso()}`;
    for (let n = 2; storage.readStored(backupKey) !== null; n++) backupKey = `${backupPrefix}${nowIso()}-${n}`;
    return storage.writeNow(backupKey, raw) ? backupKey : undefined;
  }

  function decode(raw: string | null | undefined): SavedState<E, D> {
    const opened = openEnvelope(raw, spec);
    if (opened.status === 'unreadable') {
      const backupKey = keepAside(raw as string);
      // With no copy kept, the original must stay where it is: this key is never written this visit.
      if (!backupKey) storage.freeze(key);
      $recovery.set({ reason: opened.reason, backupKey });
      refreshBackups();
      // Until the person writes something, "saving" this blank state leaves the stored text alone.
      const blank = spec.blank();
      rawOf.set(blank, raw as string);
      return blank;
    }
    if (opened.status === 'ok' && opened.migratedFrom === undefined && typeof raw === 'string') {
      rawOf.set(opened.data as object, raw);
    }
    return opened.data;
  }

  function encode(state: SavedState<E, D>): string {
    return rawOf.get(state) ?? sealEnvelope(state, spec);
  }

  // Another tab wrote this key while we had unsaved edits: keep both.
  storage.setResolver(
    key,
    mergeResolver(spec, (stored) => {
      if (!keepAside(stored)) storage.freeze(key);
      refreshBackups();
    }),
  );

  const $state = createHidden(() =>
    persistentAtom<SavedState<E, D>>(key, spec.blank(), { encode, decode }),
  );
  onStoredChange(key, (raw) => $state.set(decode(raw)));
  $state.listen(() => undefined); // keeps the store mounted (listening to other tabs) once used

  const apply = (next: SavedState<E, D>) => $state.set(next);

  return {
    spec,
    key,
    $state,
    $recovery,
    $backups,
    setDraft(value) {
      apply(setDraft($state.get(), value, nowIso()));
    },
    add(fields, id) {
      const { state, entry } = addEntry($state.get(), fields, nowIso(), id);
      apply(state);
      return entry;
    },
    update(id, fields) {
      apply(updateEntry($state.get(), id, fields, nowIso()));
    },
    remove(id) {
      const { state, removed } = deleteEntry($state.get(), id, nowIso());
      apply(state);
      return removed;
    },
    restore(entry) {
      apply(restoreEntry($state.get(), entry, nowIso()));
    },
  };
}

/**
 * How two versions of an exercise's saved text become one: entry by entry, newest edit winning
 * (mergeStates). If the stored version cannot be read, `keepAside` is given it and ours is written.
 */
export function mergeResolver<T extends SavedState<EntryMeta, unknown>>(spec: DataSpec<T>, keepAside: (stored: string) => void) {
  return (stored: string | null, ours: string): string => {
    const theirs = openEnvelope(stored, spec);
    const mine = openEnvelope(ours, spec);
    if (mine.status === 'unreadable') return stored ?? ours;
    if (theirs.status === 'unreadable') {
      keepAside(stored as string);
      return ours;
    }
    return sealEnvelope(mergeStates(theirs.data, mine.data) as T, spec);
  };
}

/** Loads the list of kept-aside copies; islands call it on mount (storage is not read on the server). */
export function loadBackups(store: ExerciseStore<EntryMeta, unknown>): void {
  store.$backups.set(storage.keys(`${BACKUP_PREFIX}${store.spec.exercise}:`));
}
