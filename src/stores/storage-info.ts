// What the workbook's storage panel shows (bytes stored, last export), as a store that changes when
// they do: after an export, an import, a save. Read once on mount, the panel said "Never" right after
// an export and "0.0 KB" after an import until the page was reloaded.
import { atom, onMount } from 'nanostores';
import { LAST_EXPORT_KEY, STORAGE_PREFIX } from '../lib/storage-keys';
import { $saveStatus, storage } from './persistence';

export interface StorageInfo {
  /** Bytes the site's keys take (strings are stored as UTF-16: two bytes a character). */
  bytes: number;
  /** ISO time of the last export from this browser, or null. */
  lastExport: string | null;
}

export const $storageInfo = atom<StorageInfo | undefined>(undefined);

/** Measures again; call after anything written outside the save queue (export, import, delete). */
export function refreshStorageInfo(): void {
  const bytes = storage.keys(STORAGE_PREFIX).reduce((sum, key) => sum + 2 * (key.length + (storage.readStored(key)?.length ?? 0)), 0);
  $storageInfo.set({ bytes, lastExport: storage.readStored(LAST_EXPORT_KEY) });
}

/** Notes that everything was exported now. */
export function recordExport(at: Date): void {
  storage.writeNow(LAST_EXPORT_KEY, at.toISOString());
  refreshStorageInfo();
}

onMount($storageInfo, () => {
  refreshStorageInfo();
  // A save from this page, or another tab's merged in, changes the size too.
  return $saveStatus.listen(refreshStorageInfo);
});
