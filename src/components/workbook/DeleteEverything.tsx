// "Delete everything": two steps, the second naming what goes and offering an export first.
import { useEffect, useRef, useState } from 'preact/hooks';
import { STORAGE_PREFIX } from '../../lib/storage-keys';
import { refuseWhenFramed } from '../../lib/framing';
import { BACKUP_PREFIX, storage } from '../../stores/persistence';
import { deleteEverything } from '../../stores/delete-everything';
import { FramedNotice } from './FramedNotice';

export function DeleteEverything({ counts }: { counts: string[] }) {
  const [confirming, setConfirming] = useState(false);
  // 'unrecorded': the browser refused even the note of the deletion that stops other tabs saving again.
  const [done, setDone] = useState<false | 'recorded' | 'unrecorded'>(false);
  // Focus follows the step: to the warning when it opens, back to the first button when cancelled.
  const warning = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    (confirming ? warning.current : opener.current)?.focus();
  }, [confirming, moved]);
  const step = (next: boolean) => {
    setMoved(true);
    setConfirming(next);
  };
  // Every key this site stores, to count the kept-aside copies that go too.
  const keys = confirming ? storage.keys(STORAGE_PREFIX) : [];
  const copies = keys.filter((k) => k.startsWith(BACKUP_PREFIX)).length;
  const remove = () => {
    // Never while another site frames this page (clickjacking: src/lib/framing.ts).
    if (refuseWhenFramed()) return;
    const recorded = deleteEverything();
    // This browser's hand-in signing key goes too: its next hand-in starts a new one (docs/hand-ins.md).
    void import('../../lib/device-key').then((m) => m.deleteDeviceKey());
    setDone(recorded ? 'recorded' : 'unrecorded');
    // A fresh load shows empty worksheets without writing anything back.
    if (recorded) setTimeout(() => location.reload(), 800);
  };
  return (
    <section aria-labelledby="delete-heading" class="no-print">
      <h2 id="delete-heading">Delete everything</h2>
      <FramedNotice />
      {done ? (
        <p role="status">
          Everything is deleted from this browser.
          {done === 'unrecorded' &&
            ' But the browser did not let the site note the deletion, so another tab of this site that is still open could save again what it shows: close those tabs now.'}
        </p>
      ) : confirming ? (
        <div class="notice notice--warning" role="group" aria-labelledby="delete-confirm">
          <p id="delete-confirm" tabIndex={-1} ref={warning}>
            <strong>This deletes, from this browser, for good:</strong> {counts.join(', ') || 'no saved entries'}
            {copies > 0 ? `, ${copies} kept-aside ${copies === 1 ? 'copy' : 'copies'}` : ''}, and your theme and role choices. It cannot be
            undone.
          </p>
          <p class="button-row">
            <ExportFirst />{' '}
            <button type="button" class="danger" onClick={remove} data-delete-confirm>
              Delete everything
            </button>{' '}
            <button type="button" class="quiet" onClick={() => step(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="quiet danger" onClick={() => step(true)} ref={opener}>
            Delete everything…
          </button>
        </p>
      )}
    </section>
  );
}

function ExportFirst() {
  return (
    <a href="#export-heading" class="button button--quiet">
      Export first
    </a>
  );
}
