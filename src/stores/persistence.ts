// The one storage engine every exercise saves through: our GuardedStorage
// (src/lib/storage/guarded-storage.ts), which turns storage that is blocked, full or changed by
// another tab into a visible status or a merge instead of an exception or a lost word. What is
// written, and how it is checked and merged, is decided in saved-data.ts.
import { atom } from 'nanostores';
import { createGuardedStorage, type SaveStatus, type StorageBackend } from '../lib/storage/guarded-storage';
import { BACKUP_PREFIX, CONFLICT_PREFIX, DATA_PREFIX, DRAFT_PREFIX, STORAGE_PREFIX, WIPED_KEY } from '../lib/storage-keys';

export { DATA_PREFIX, BACKUP_PREFIX, DRAFT_PREFIX, CONFLICT_PREFIX };
const PROBE_KEY = `${STORAGE_PREFIX}probe`;

const isBrowser = typeof window !== 'undefined';

let backendSource: () => StorageBackend | null = () => (isBrowser ? window.localStorage : null);

export const storage = createGuardedStorage({ backend: () => backendSource(), epochKey: WIPED_KEY });

/** What to do when everything was deleted, here or in another tab (each store shows it is empty, and says why). */
const wipeListeners = new Set<() => void>();
export const onEverythingDeleted = (listener: () => void) => void wipeListeners.add(listener);
storage.onWiped = () => wipeListeners.forEach((listener) => listener());

/** Lets unit tests put an in-memory storage (which can be made to fail) in place of localStorage. */
export function setStorageBackend(source: () => StorageBackend | null): void {
  backendSource = source;
}

/** Whether work is being saved: drives the "Saved" / "Not saved" indicator and its explanation. */
export const $saveStatus = atom<SaveStatus>(storage.status());
storage.subscribe((status) => $saveStatus.set(status));

/** Per key: what to run when the stored value changed under us (a merge with another tab's write). */
const refreshers = new Map<string, (raw: string | null) => void>();

export function onStoredChange(key: string, refresh: (raw: string | null) => void): void {
  refreshers.set(key, refresh);
}

/** After a key was written directly (an import), shows its new value in this tab's store. */
export function reloadFromStorage(key: string): void {
  refreshers.get(key)?.(storage.readStored(key));
}

storage.onMerged = (merged) => {
  for (const [key, raw] of merged) refreshers.get(key)?.(raw);
};

/**
 * Other tabs, told of a copy this tab holds in memory because storage refused it (a conflict copy
 * with the disk full): each tries to write it too, or holds it and says it is not saved.
 */
const channel = isBrowser && typeof BroadcastChannel == 'function' ? new BroadcastChannel(`${STORAGE_PREFIX}held`) : undefined;
if (channel) channel.onmessage = ({ data }: MessageEvent<[string, string]>) => void storage.writeNow(data[0], data[1], true);
export const shareHeld = (key: string, text: string) => channel?.postMessage([key, text]);

if (isBrowser) {
  // Never leave a write waiting when the tab may be about to go away.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storage.flush();
  });
  window.addEventListener('pagehide', () => storage.flush());
  // Find out now, not at the first keystroke, whether this browser lets us save.
  storage.probe(PROBE_KEY);
}
