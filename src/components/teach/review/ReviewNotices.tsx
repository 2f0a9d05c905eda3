// Whether the review page is saving, and saved data kept aside: the hand-ins' and the class lists'.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { atom } from 'nanostores';
import { loadReviewData, type ReviewData } from './useReviewData';
import { classLists } from '../../../stores/class-lists';
import { dateStamp, downloadText } from '../../../exercises/shared/download';
import { $saveStatus } from '../../../stores/persistence';
import { useLazy } from '../../../exercises/shared/use-exercise';
import { exportText } from '../../../stores/kept-copies';
import { loadBackups } from '../../../stores/exercise-store';

// Until the kept hand-ins' store has loaded (./useReviewData.ts: it loads at once when any are kept or
// kept aside) there is nothing of theirs to recover.
const NOTHING_RECOVERED = atom(undefined);
const NO_BACKUPS = atom<string[]>([]);

export function ReviewNotices({ hasLists, handIns }: { hasLists: boolean; handIns: ReviewData['handIns'] | undefined }) {
  const status = useStore($saveStatus, { ssr: 'initial' });
  const notSaving = status.state === 'unsaved';
  // Saved data that could not be read is kept aside (the store did that); say so, as the worksheets do.
  const recovery = useStore(handIns?.$recovery ?? NOTHING_RECOVERED, { ssr: 'initial' });
  const backups = useStore(handIns?.$backups ?? NO_BACKUPS, { ssr: 'initial' });
  const listsRecovery = useStore(classLists.$recovery, { ssr: 'initial' });
  const listsBackups = useStore(classLists.$backups, { ssr: 'initial' });
  // The notices' code loads only when there is something to say, as on the worksheets.
  const Notices = useLazy(
    notSaving || backups.length > 0 || listsBackups.length > 0,
    () => import('../../../exercises/shared/Notices'),
  )?.Notices;
  useEffect(() => loadBackups(classLists), []);
  // The notice that the page is not saving offers the hand-ins' download: it needs their store.
  useEffect(() => {
    if (notSaving) void loadReviewData().catch(() => undefined);
  }, [notSaving]);
  useEffect(() => {
    if (handIns) loadBackups(handIns);
  }, [handIns]);
  return (
    <div role="status" aria-live="polite" class="no-print">
      {Notices && handIns && (notSaving || backups.length > 0) && (
        <Notices status={status} store={handIns} recovery={recovery} backups={backups} />
      )}
      {/* The notice's "Download a copy" keeps the hand-ins; the class lists are a kind of their own. */}
      {notSaving && hasLists && (
        <p>
          <button
            type="button"
            class="quiet"
            onClick={() => downloadText(`efficacy-lab-class-lists-${dateStamp()}.json`, exportText(classLists))}
          >
            Download your class lists
          </button>
        </p>
      )}
      {/* Class lists kept aside are offered too; "not being saved" is said once, above. */}
      {Notices && listsBackups.length > 0 && (
        <Notices status={{ state: 'idle' }} store={classLists} recovery={listsRecovery} backups={listsBackups} />
      )}
    </div>
  );
}
