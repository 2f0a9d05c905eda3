// Loads ./review-data.ts (kept hand-ins' store and the worksheets' catalog) only when the page has
// hand-ins to show: some are kept in this browser (or kept aside as unreadable), a hand-in link was
// opened, another tab keeps one, or the teacher opens links or files. Until then the page shows the
// same empty state it always did, without the catalog's bytes.
import { atom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { BACKUP_PREFIX, DATA_PREFIX } from '../../../lib/storage-keys';
import { storage } from '../../../stores/persistence';

export type ReviewData = typeof import('./review-data');

const KIND = 'hand-ins';
const $reviewData = atom<ReviewData | undefined>();
let loading: Promise<ReviewData> | undefined;

/** Starts loading (once); rejects when the part did not load, so the caller can say so and try again later. */
export function loadReviewData(): Promise<ReviewData> {
  loading ??= import('./review-data').then(
    (data) => {
      $reviewData.set(data);
      return data;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const keptHere = () => storage.readStored(`${DATA_PREFIX}${KIND}`) !== null || storage.keys(`${BACKUP_PREFIX}${KIND}:`).length > 0;

/** The review data once loaded (undefined until then); loads it at once when this browser keeps hand-ins. */
export function useReviewData(): ReviewData | undefined {
  const data = useStore($reviewData);
  useEffect(() => {
    if (keptHere()) void loadReviewData().catch(() => undefined);
    // Another tab kept a hand-in: load, so this page shows it as it did before this part was lazy.
    const other = (event: StorageEvent) => {
      if (event.key?.startsWith(`${DATA_PREFIX}${KIND}`)) void loadReviewData().catch(() => undefined);
    };
    window.addEventListener('storage', other);
    return () => window.removeEventListener('storage', other);
  }, []);
  return data;
}
