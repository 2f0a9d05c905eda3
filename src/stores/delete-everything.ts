// "Delete everything" in the workbook: every key the site stores, removed from this browser. The
// deletion is recorded first (efficacy-lab:wiped, a random id and nothing else), so a tab that still
// shows the data cannot write it back: every tab checks the record as it writes (guarded-storage.ts).
import { STORAGE_PREFIX, WIPED_KEY } from '../lib/storage-keys';
import { storage } from './persistence';

/**
 * Returns false when the browser refused even the record (storage that takes no writes): what was
 * stored is gone, but another open tab could save again what it shows, and the page says so.
 */
export function deleteEverything(): boolean {
  const keys = storage.keys(STORAGE_PREFIX).filter((key) => key !== WIPED_KEY);
  const record = Math.random().toString(36).slice(2, 12);
  // On a full disk the record fits once the data is gone.
  let recorded = storage.writeNow(WIPED_KEY, record);
  for (const key of keys) storage.removeNow(key);
  recorded ||= storage.writeNow(WIPED_KEY, record);
  // This tab reads the new record as any tab does: what it held unsaved is dropped, its stores show
  // the empty storage.
  storage.flush();
  return recorded;
}
