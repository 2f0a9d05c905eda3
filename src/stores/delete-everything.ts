// "Delete everything" in the workbook: every key the site stores, removed from this browser. The
// deletion is recorded first (efficacy-lab:wiped, a random id and nothing else), so a worksheet open
// in another tab cannot write back what it still shows: every tab checks the record as it writes.
import { STORAGE_PREFIX } from '../lib/storage-keys';
import { storage } from './persistence';

export function deleteEverything(): void {
  storage.wipe(STORAGE_PREFIX);
}
