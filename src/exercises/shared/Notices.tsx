// What an exercise says when saving does not work, or when saved data could not be read and was
// kept aside. Rendered inside ExerciseFrame's live region, so screen readers hear it when it appears.
import { useState } from 'preact/hooks';
import type { SaveStatus } from '../../lib/storage/guarded-storage';
import { MAX_ENTRIES, type EntryMeta } from '../../lib/storage/entries';
import type { ExerciseStore, Recovery } from '../../stores/exercise-store';
import { discardBackup, exportText, storedText } from '../../stores/kept-copies';
import { dateStamp, downloadText } from './download';
import { refuseWhenFramed } from '../../lib/framing';

export interface NoticesProps {
  status: SaveStatus;
  store: ExerciseStore<EntryMeta, unknown>;
  recovery: Recovery | undefined;
  backups: string[];
}

const WHY_NOT_SAVED = {
  blocked: 'this browser is not letting the site store anything (often a privacy setting)',
  full: 'this browser’s storage for the site is full',
  failed: 'the browser refused to store it',
};

export function Notices({ status, store, recovery, backups }: NoticesProps) {
  const [confirming, setConfirming] = useState(false);
  const name = `efficacy-lab-${store.spec.exercise}`;
  // Several kept copies download as one file: a JSON list of the texts exactly as they were found.
  const downloadKept = () =>
    downloadText(
      `${name}-kept-${dateStamp()}.json`,
      backups.length === 1 ? (storedText(backups[0]!) ?? '') : JSON.stringify(backups.map(storedText)),
    );
  return (
    <>
      {status.state === 'unsaved' && (
        <div class="notice notice--warning" data-storage-problem={status.problem}>
          <p>
            <strong>Your work here is not being saved</strong>: {WHY_NOT_SAVED[status.problem ?? 'failed']}. You can keep working, and
            nothing is lost while this page stays open. To keep your work, download a copy or print it before you leave.
          </p>
          <p>
            <button type="button" class="quiet" onClick={() => downloadText(`${name}-${dateStamp()}.json`, exportText(store))}>
              Download a copy
            </button>{' '}
            <button type="button" class="quiet" onClick={() => print()}>
              Print
            </button>
          </p>
        </div>
      )}
      {status.atLimit && (
        <div class="notice notice--warning" data-storage-problem="limit">
          <p>
            <strong>This worksheet is full</strong>: it keeps {MAX_ENTRIES} entries at most, so a new one is kept as a copy in{' '}
            <a href="/workbook/">your workbook</a> instead of this list. To make room, export your workbook, then delete old entries.
          </p>
        </div>
      )}
      {backups.length > 0 && (
        <div class="notice" data-kept-aside>
          <p>
            {recovery ? 'Saved work for this exercise could not be read here, so the exercise started fresh. ' : ''}
            The old data is kept, unchanged, in this browser ({backups.length === 1 ? 'one copy' : `${backups.length} copies`}
            ). You can download it to keep or to send for help.
          </p>
          <p>
            <button type="button" class="quiet" onClick={downloadKept}>
              Download the kept data
            </button>{' '}
            {confirming ? (
              <span role="group" aria-label="Confirm">
                Delete it for good?{' '}
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    if (refuseWhenFramed()) return;
                    backups.forEach((key) => discardBackup(store, key));
                    setConfirming(false);
                  }}
                >
                  Yes, delete
                </button>{' '}
                <button type="button" class="quiet" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" class="quiet danger" onClick={() => setConfirming(true)}>
                Delete the kept data
              </button>
            )}
          </p>
        </div>
      )}
      {recovery && !recovery.backupKey && (
        <div class="notice notice--warning" data-kept-aside="no-room">
          <p>
            Saved work for this exercise could not be read, and there is no room to keep a copy aside, so this page will not save over it.
            Your new work here is not being saved.
          </p>
          <p>
            <button
              type="button"
              class="quiet"
              onClick={() => downloadText(`${name}-old-${dateStamp()}.json`, storedText(store.key) ?? '')}
            >
              Download the old data
            </button>
          </p>
        </div>
      )}
    </>
  );
}
