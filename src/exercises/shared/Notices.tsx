// What an exercise says when saving does not work, or when saved data could not be read and was
// kept aside. Rendered inside ExerciseFrame's live region, so screen readers hear it when it appears.
import { useState } from 'preact/hooks';
import type { SaveStatus } from '../../lib/storage/guarded-storage';
import { MAX_ENTRIES } from '../../lib/storage/entries';
import type { ReadableExerciseStore, Recovery } from '../../stores/exercise-store';
import { discardBackup, exportText, heldCopies, storedText } from '../../stores/kept-copies';
import { dateStamp, downloadText } from './download';
import { refuseWhenFramed } from '../../lib/framing';

export interface NoticesProps {
  status: SaveStatus;
  store: ReadableExerciseStore;
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
  // Versions that lost to another tab's edit while storage was full: held in memory until they fit.
  const held = status.state === 'unsaved' ? heldCopies(store.spec.exercise) : [];
  const removed = status.removedElsewhere;
  return (
    <>
      {removed && (
        <div class="notice" data-removed-elsewhere={removed}>
          <p>
            {removed === 'everything'
              ? 'Everything saved in this browser was deleted in another tab (“Delete everything” in the workbook), so this worksheet is empty now. What it showed before was not saved back.'
              : `${removed === 1 ? 'An entry' : `${removed} entries`} shown here ${removed === 1 ? 'was' : 'were'} deleted in another tab, so ${removed === 1 ? 'it is' : 'they are'} gone from this list too.`}
          </p>
          <p>
            <button type="button" class="quiet" onClick={() => store.$removedElsewhere.set(false)}>
              OK
            </button>
          </p>
        </div>
      )}
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
          {held.length > 0 && (
            <p data-held-copies={held.length}>
              Two tabs changed the same words, and there was no room to keep the version that lost as a copy. It is held on this page until
              there is room.{' '}
              <button
                type="button"
                class="quiet"
                onClick={() => downloadText(`${name}-not-saved-${dateStamp()}.json`, held.length === 1 ? held[0]! : `[${held.join(',')}]`)}
              >
                Download the version that is not saved
              </button>
            </p>
          )}
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
