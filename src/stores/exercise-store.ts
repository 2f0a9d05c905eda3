// One store per exercise: its saved entries and draft, with the actions the exercise's island calls.
// The entries and the draft are stored under two keys (efficacy-lab:data:<kind> and
// efficacy-lab:draft:<kind>), so a keystroke in the draft writes a few hundred bytes whatever is
// saved, and the entries list keeps its identity (sorted once, not on every keystroke). Every write
// goes through saved-data.ts: checked against the limits, merged with other tabs, copies kept.
// Unreadable saved data is kept aside under a backup key before the exercise starts clean; if it
// cannot be kept aside, the exercise never writes over it.
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { madeKnowing, openEnvelope, sealEnvelope, type DataSpec, type UnreadableReason } from '../lib/storage/envelope';
import type { Resolver } from '../lib/storage/guarded-storage';
import { nextStamp, observeStamps } from '../lib/storage/clock';
import {
  addEntry,
  compactTombstones,
  deleteEntry,
  liveCount,
  MAX_ENTRIES,
  restoreEntry,
  setDraft,
  updateEntry,
  type EntryMeta,
  type SavedState,
} from '../lib/storage/entries';
import { DRAFT_PREFIX } from '../lib/storage-keys';
import { BACKUP_PREFIX, DATA_PREFIX, onStoredChange, onEverythingDeleted, storage } from './persistence';

/** What happened to saved data this page could not read. */
export interface Recovery {
  reason: UnreadableReason;
  /** The key the unreadable data was copied to, or undefined if there was no room to copy it. */
  backupKey: string | undefined;
}

export type AtLimit = false | 'full' | 'refused';
/** What another tab deleted that this tab was showing: everything, or how many entries. */
export type RemovedElsewhere = false | 'everything' | number;

/**
 * A store as the parts that show saved data without writing entries or drafts see it: the frame's
 * indicator and notices, the workbook's counts, an export. Every ExerciseStore is one, whatever its
 * entries and draft, so these parts take any store without a cast, and cannot write a draft or an
 * entry of the wrong shape into it: what a person wrote is read-only here (nanostores' ReadableAtom).
 * What the page says about storage (kept-aside copies, a recovery, a deletion in another tab) stays
 * writable: its type does not depend on the exercise, and the notices update it when dismissed.
 */
export interface ReadableExerciseStore<E extends EntryMeta = EntryMeta> {
  readonly spec: DataSpec<SavedState<E, unknown>>;
  readonly key: string;
  /** Where the draft is stored, apart from the entries. */
  readonly draftKey: string;
  /** Everything saved, tombstones included (for export and merging). */
  readonly $state: ReadableAtom<SavedState<E, unknown>>;
  /** Set when this visit found unreadable saved data. */
  readonly $recovery: WritableAtom<Recovery | undefined>;
  /** Keys of earlier copies kept aside for this exercise. */
  readonly $backups: WritableAtom<string[]>;
  /**
   * 'full' when as many entries are saved as a kind may hold (the next one cannot be saved), and
   * 'refused' once one was not saved for that reason; false while there is room.
   */
  readonly $atLimit: ReadableAtom<AtLimit>;
  /** Set when another tab deleted what this one showed: it is dropped here, and the page says so. */
  readonly $removedElsewhere: WritableAtom<RemovedElsewhere>;
}

export interface ExerciseStore<E extends EntryMeta, D> extends ReadableExerciseStore<E> {
  readonly spec: DataSpec<SavedState<E, D>>;
  readonly $state: WritableAtom<SavedState<E, D>>;
  setDraft(value: D): void;
  /**
   * Saves a new entry; `id` only when the caller needs a stable one (an assignment opened twice).
   * At the limit the entry is not added: it is kept as a copy the workbook lists, and $atLimit says so.
   * Returns the entry added, or undefined when it was refused (so the page never says "Saved" then).
   */
  add(fields: Omit<E, keyof EntryMeta>, id?: string): E | undefined;
  update(id: string, fields: Partial<Omit<E, keyof EntryMeta>>): void;
  /** Deletes an entry; returns it so the caller can offer an undo. */
  remove(id: string): E | undefined;
  /** Puts a deleted entry back (undo). */
  restore(entry: E): void;
  /** Shows what storage holds now (after an import wrote it). */
  reload(): void;
  /** Another tab wrote: merges this tab's unsaved edits with what is stored now, and shows the result. */
  sync(): Promise<void>;
}

const nowIso = () => nextStamp();
const isBrowser = typeof window !== 'undefined';

/**
 * The write path's other half (saved-data.ts: merging, keeping copies), loaded the first time it is
 * needed; `withWrites` runs at once when it is here.
 */
type Writes = typeof import('./saved-data');
let writes: Writes | undefined;
let loadingWrites: Promise<void> | undefined;
export function loadMerging(): Promise<void> {
  return (loadingWrites ??= import('./saved-data').then((m) => void (writes = m)));
}
function withWrites(run: (w: Writes) => void): void {
  if (writes) run(writes);
  else void loadMerging().then(() => run(writes!));
}

export function createExerciseStore<E extends EntryMeta, D>(spec: DataSpec<SavedState<E, D>>): ExerciseStore<E, D> {
  type State = SavedState<E, D>;
  const key = `${DATA_PREFIX}${spec.exercise}`;
  const draftKey = `${DRAFT_PREFIX}${spec.exercise}`;
  const backupPrefix = `${BACKUP_PREFIX}${spec.exercise}:`;
  const $recovery = atom<Recovery | undefined>(undefined);
  const $backups = atom<string[]>([]);
  // 'refused' stays until an entry is deleted: the page keeps saying the last save failed.
  const $atLimit = atom<AtLimit>(false);
  // The server renders the blank state, and so does the first client render: islands hydrate
  // without a mismatch, and the saved state arrives when the store mounts.
  const $state = atom<State>(spec.blank());
  const $removedElsewhere = atom<RemovedElsewhere>(false);

  const refreshBackups = () => $backups.set(storage.keys(backupPrefix));

  /** One key's text as a state; unreadable text is kept aside, or left alone for good if it cannot be. */
  function open(storageKey: string, raw: string | null): State {
    const opened = openEnvelope(raw, spec);
    if (opened.status !== 'unreadable') {
      // Dates a day or more ahead are read as now and written back so ("now" must not move on each
      // visit), once the code for it has loaded; the state is shown by then.
      if (observeStamps(opened.data))
        void loadMerging().then(() => {
          const state = $state.get();
          const settled = writes!.settleStamps(state);
          if (settled !== state) commit(settled);
        });
      return opened.data;
    }
    // Nothing is written to this key until a copy is kept; with no copy kept, never this visit.
    storage.freeze(storageKey);
    withWrites((w) => {
      const backupKey = w.keepAside(spec.exercise, raw as string);
      if (backupKey) storage.thaw(storageKey);
      $recovery.set({ reason: opened.reason, backupKey });
      refreshBackups();
    });
    return spec.blank();
  }

  /**
   * The entries from one key and the draft from its own key. The copy of the draft the entries' key
   * also carries is read only when the draft's key holds none (data saved before drafts had a key of
   * their own). Taking the newer of the two lost words: the draft's key is where two tabs' drafts are
   * merged, and a merge dated by one tab's clock could look older than the other tab's copy beside
   * its entries, whose words were by then a conflict copy (issue 23, property-test cases).
   */
  function combine(dataRaw: string | null, draftRaw: string | null): State {
    const main = open(key, dataRaw);
    const { draft } = open(draftKey, draftRaw);
    return draft.updatedAt ? { ...main, draft } : main;
  }

  let counted: unknown;
  const show = (state: State) => {
    $state.set(state);
    // Counted once per entries list, not per keystroke.
    if (state.entries !== counted) {
      counted = state.entries;
      $atLimit.set(liveCount(state) >= MAX_ENTRIES && ($atLimit.get() || 'full'));
    }
  };
  const read = () => combine(storage.read(key), storage.read(draftKey));
  const reload = () => show(read());
  /** Shows what storage holds after a write this tab did not make here, noting entries deleted elsewhere. */
  const changed = (next: () => State) => {
    const before = $state.get();
    show(next());
    writes?.noteRemoved($removedElsewhere, before, $state.get());
  };

  /** Shows `next` and queues a write of only what changed; the text is made when it is written. */
  function commit(next: State) {
    const previous = $state.get();
    show(next);
    if (next.entries !== previous.entries)
      storage.write(key, (replaces) => sealEnvelope(compactTombstones(next), spec, new Date(), replaces));
    if (next.draft !== previous.draft) {
      storage.write(draftKey, (replaces) => sealEnvelope<State>({ entries: [], draft: next.draft }, spec, new Date(), replaces));
    }
  }

  /** Adds only within the limit; beyond it the entry is kept as a copy and the page says why. */
  function within(next: State, entry: E): boolean {
    if (liveCount(next) <= MAX_ENTRIES) return true;
    withWrites((w) => w.keepConflicts(spec.exercise, [{ entryId: entry.id, value: entry }], 'limit'));
    $atLimit.set('refused');
    return false;
  }

  for (const k of [key, draftKey]) {
    let resolve: Resolver | undefined;
    const lazy: Resolver = (stored, ours, base) => {
      if (!writes) return void loadMerging();
      resolve ??= writes.mergeResolver(spec, () => storage.freeze(k), refreshBackups);
      return resolve(stored, ours, base);
    };
    lazy.includes = madeKnowing;
    storage.setResolver(k, lazy);
  }
  // A merge after a flush, or an import: show storage's value (the write queue is empty then).
  onStoredChange(key, () => changed(read));
  onStoredChange(draftKey, () => changed(read));

  // Re-reads storage rather than trusting an event, merged with this tab's unsaved edits.
  const sync = () => loadMerging().then(() => changed(() => combine(storage.externalChange(key), storage.externalChange(draftKey))));
  onEverythingDeleted(() => {
    reload();
    $removedElsewhere.set('everything');
  });

  onMount($state, () => {
    reload();
    if (!isBrowser) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === key || event.key === draftKey) void sync();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reload();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageShow);
    };
  });
  $state.listen(() => undefined); // keeps the store mounted (listening to other tabs) once used

  return {
    spec,
    key,
    draftKey,
    $state,
    $recovery,
    $backups,
    $atLimit,
    $removedElsewhere,
    setDraft(value) {
      commit(setDraft($state.get(), value, nowIso()));
    },
    add(fields, id) {
      const { state, entry } = addEntry($state.get(), fields, nowIso(), id);
      if (!within(state, entry)) return undefined;
      commit(state);
      return entry;
    },
    update(id, fields) {
      commit(updateEntry($state.get(), id, fields, nowIso()));
    },
    remove(id) {
      const { state, removed } = deleteEntry($state.get(), id, nowIso());
      commit(state);
      return removed;
    },
    restore(entry) {
      const state = restoreEntry($state.get(), entry, nowIso());
      if (within(state, entry)) commit(state);
    },
    reload,
    sync,
  };
}

/** Loads the list of kept-aside copies; islands call it on mount (storage is not read on the server). */
export function loadBackups(store: ReadableExerciseStore): void {
  store.$backups.set(storage.keys(`${BACKUP_PREFIX}${store.spec.exercise}:`));
}
