// "Delete everything" in the workbook: every key the site stores, removed from this browser.
import { STORAGE_PREFIX } from '../lib/storage-keys';
import { storage } from './persistence';

export function deleteEverything(): void {
  for (const key of storage.keys(STORAGE_PREFIX)) storage.removeNow(key);
}
