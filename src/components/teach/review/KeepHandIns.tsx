// Above the class views: how many hand-ins are open, "Hide students' names", and keeping and
// exporting them.
import { handIns } from '../../../stores/hand-ins';
import { dateStamp, downloadText } from '../../../exercises/shared/download';
import type { Opened } from '../../../lib/review-page';
import type { CollectedHandIn } from '../../../lib/transfer/hand-ins-data';

export function KeepHandIns({
  students,
  handInCount,
  hideNames,
  onHideNames,
  unsaved,
  kept,
}: {
  students: number;
  handInCount: number;
  hideNames: boolean;
  onHideNames: (hide: boolean) => void;
  /** Hand-ins opened this visit and not kept yet. */
  unsaved: readonly Opened[];
  kept: readonly CollectedHandIn[];
}) {
  const keepAll = () => {
    for (const o of unsaved) handIns.add({ handIn: o.handIn, ...(o.chosenAt ? { chosenAt: o.chosenAt } : {}) });
  };
  return (
    <section aria-labelledby="class-heading" class="no-print">
      <h2 id="class-heading">
        {students === handInCount
          ? `${students} hand-in${students === 1 ? '' : 's'}`
          : `${students} student${students === 1 ? '' : 's'}, ${handInCount} hand-ins`}
      </h2>
      <p class="field--checkbox">
        <input
          type="checkbox"
          id="hide-names"
          checked={hideNames}
          onChange={(e) => onHideNames((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="hide-names">Hide students’ names (for showing the class view)</label>
      </p>
      <p class="button-row">
        {unsaved.length > 0 && (
          <button type="button" onClick={keepAll}>
            {`Keep ${unsaved.length === 1 ? 'this hand-in' : `these ${unsaved.length} hand-ins`} in this browser`}
          </button>
        )}{' '}
        {kept.length > 0 && (
          <button
            type="button"
            class="quiet"
            onClick={() =>
              void import('../../../lib/transfer/hand-in-file').then(({ keptHandInsFile }) =>
                downloadText(`efficacy-lab-hand-ins-${dateStamp()}.json`, keptHandInsFile(kept.map((k) => k.handIn))),
              )
            }
          >
            Export the kept hand-ins
          </button>
        )}
      </p>
      {kept.length > 0 && <p class="muted">The exported file opens again on this page, under “Or open hand-in files”.</p>}
    </section>
  );
}
