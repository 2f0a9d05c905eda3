// The one storage engine every exercise saves through: @nanostores/persistent on top of our
// GuardedStorage (src/lib/storage/guarded-storage.ts), which turns storage that is blocked, full or
// changed by another tab into a visible status or a merge instead of an exception or a lost word.
import { atom } from 'nanostores';
import { setPersistentEngine, type PersistentEvents, type PersistentListener } from '@nanostores/persistent';
import { createGuardedStorage, type SaveStatus, type StorageBackend } from '../lib/storage/guarded-storage';
import { BACKUP_PREFIX, DATA_PREFIX, STORAGE_PREFIX } from '../lib/storage-keys';

export { DATA_PREFIX, BACKUP_PREFIX };
const PROBE_KEY = `${STORAGE_PREFIX}probe`;

const isBrowser = typeof window !== 'undefined';

let backendSource: () => StorageBackend | null = () => (isBrowser ? window.localStorage : null);

export const storage = createGuardedStorage({ backend: () => backendSource() });

/** Lets unit tests put an in-memory storage (which can be made to fail) in place of localStorage. */
export function setStorageBackend(source: () => StorageBackend | null): void {
  backendSource = source;
}

/** Whether work is being saved: drives the "Saved" / "Not saved" indicator and its explanation. */
export const $saveStatus = atom<SaveStatus>(storage.status());
storage.subscribe((status) => $saveStatus.set(status));

// While a store is created, the engine reports no data, so the store's initial value is the blank
// state the server rendered and islands hydrate without a mismatch; the saved value arrives when the
// island mounts (persistent's `restore`).
let hidden = false;
export function createHidden<T>(create: () => T): T {
  hidden = true;
  try {
    return create();
  } finally {
    hidden = false;
  }
}

/** The object @nanostores/persistent reads and writes like localStorage. */
const engine = new Proxy({} as Record<string, string>, {
  get(_target, key) {
    if (typeof key !== 'string' || hidden) return undefined;
    return storage.read(key) ?? undefined;
  },
  has(_target, key) {
    return typeof key === 'string' && !hidden && storage.read(key) !== null;
  },
  set(_target, key, value) {
    if (typeof key === 'string') storage.write(key, String(value));
    return true;
  },
  deleteProperty(_target, key) {
    if (typeof key === 'string') storage.write(key, null);
    return true;
  },
});

/** Per key: what to run when the stored value changed under us (another tab, or a merge). */
const refreshers = new Map<string, (raw: string | null) => void>();

export function onStoredChange(key: string, refresh: (raw: string | null) => void): void {
  refreshers.set(key, refresh);
}

/** After writing a key directly (an import), shows its new value in this tab's store. */
export function reloadFromStorage(key: string): void {
  refreshers.get(key)?.(storage.readStored(key));
}

const windowHandlers = new Map<PersistentListener, (event: StorageEvent) => void>();

const events: PersistentEvents = {
  addEventListener(key, listener, restore) {
    if (!isBrowser) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== key) return;
      // Re-read storage rather than trusting the event, and merge with this tab's unsaved edits.
      const value = storage.externalChange(key);
      listener({ key, newValue: value as string });
    };
    windowHandlers.set(listener, onStorage);
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key, listener, restore) {
    if (!isBrowser) return;
    const onStorage = windowHandlers.get(listener);
    if (onStorage) window.removeEventListener('storage', onStorage);
    windowHandlers.delete(listener);
    window.removeEventListener('pageshow', restore);
  },
};

setPersistentEngine(engine, events);

storage.onMerged = (merged) => {
  for (const [key, raw] of merged) refreshers.get(key)?.(raw);
};

if (isBrowser) {
  // Never leave a write waiting when the tab may be about to go away.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storage.flush();
  });
  window.addEventListener('pagehide', () => storage.flush());
  // Find out now, not at the first keystroke, whether this browser lets us save.
  storage.probe(PROBE_KEY);
}
