// "Delete everything" in the workbook: every key the site stores, removed from this browser. The
// deletion is recorded first (efficacy-lab:wiped, a random id and nothing else), so a worksheet open
// in another tab cannot write back what it still shows: every tab checks the record as it writes.
import { STORAGE_PREFIX } from '../lib/storage-keys';
import { reloadAll, storage } from './persistence';

/**
 * Returns false when the browser refused even the record (storage blocked): what was stored is
 * gone, but another open tab could save what it shows again, and the page says so.
 */
export function deleteEverything(): boolean {
  const recorded = storage.wipe(STORAGE_PREFIX);
  // This tab's stores show the empty storage too, so nothing they held can be saved again.
  reloadAll();
  return recorded;
}
