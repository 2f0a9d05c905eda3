// Above the class views: how many hand-ins are open, "Hide students' names", that they are kept in
// this browser (at once, without a click: issue 24), and exporting them.
import { dateStamp, downloadText } from '../../../exercises/shared/download';
import type { CollectedHandIn } from '../../../lib/transfer/hand-ins-data';

export function KeepHandIns({
  students,
  handInCount,
  hideNames,
  onHideNames,
  notKept,
  notSaving,
  kept,
}: {
  students: number;
  handInCount: number;
  hideNames: boolean;
  onHideNames: (hide: boolean) => void;
  /** Hand-ins on the page that the store did not take (it holds at most its limit of entries). */
  notKept: number;
  /** The browser is not saving (storage full or off): the notice above offers the download. */
  notSaving: boolean;
  kept: readonly CollectedHandIn[];
}) {
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
      <p data-kept-note>
        {notSaving
          ? 'This browser is not saving just now, so these hand-ins would be lost when you close the tab: download a copy (above) to keep them.'
          : notKept > 0
            ? `${notKept === 1 ? 'One hand-in' : `${notKept} hand-ins`} could not be kept: this browser holds as many as it can. Export the kept hand-ins, remove some, and open ${notKept === 1 ? 'it' : 'them'} again.`
            : 'Every hand-in you open is kept in this browser at once, until you remove it: a reload shows the same class.'}
      </p>
      <p class="button-row">
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
