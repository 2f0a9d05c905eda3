// One student's hand-in as the teacher reads it: who, when, its trust marks, "Needs a look", each
// shared entry field by field and each reflection, all shown as text.
import { weekLabel } from '../../../lib/dates';
import { formatMoment } from '../../../lib/date-format';
import type { Trust } from '../../../lib/hand-in-trust';
import { refuseWhenFramed } from '../../../lib/framing';
import { isDatedInFuture, offAssignment, type StudentVersions } from '../../../lib/class-view';
import { needsALook, unflaggedFields, type FlaggedParts } from '../../../lib/care/hand-in-care';
import type { Opened } from '../../../lib/review-page';
import { handIns } from '../../../stores/hand-ins';
import { exerciseById } from '../../../exercises/catalog';
import { EntryFields } from '../../workbook/EntryFields';
import { NeedsALook } from './NeedsALook';
import type { TrustView } from './useHandInTrust';

export function StudentHandIn({
  opened: o,
  headingId,
  name,
  titleOf,
  worksheetsOf,
  hideNames,
  flags,
  versions,
  trust,
  view,
  now,
  notSaving,
  onChoose,
}: {
  opened: Opened;
  headingId: string;
  /** The student's name, or "Student N" with names hidden. */
  name: string;
  titleOf: (practice: string) => string;
  worksheetsOf: (practice: string) => string[];
  hideNames: boolean;
  flags: FlaggedParts;
  /** This student's versions, when there is more than one. */
  versions: StudentVersions<Opened> | undefined;
  /** The trust marks of every hand-in on the page; undefined while checking. */
  trust: ReadonlyMap<string, Trust> | undefined;
  view: TrustView | undefined;
  now: number;
  notSaving: boolean;
  onChoose: () => void;
}) {
  const { key, handIn } = o;
  const off = offAssignment(handIn, worksheetsOf);
  // Named view: the mark and what to do. Names hidden: the flagged words are left out altogether.
  const shown = (i: number, fields: Record<string, unknown>) => (hideNames ? unflaggedFields(i, fields, flags) : fields);
  const reflections = handIn.reflections
    .map((r, j) => ({ ...r, off: off.reflections[j] }))
    .filter((r) => !hideNames || !flags.reflections.has(r.practice));
  return (
    <article class="review__student" aria-labelledby={headingId} data-hand-in>
      <h2 id={headingId}>
        {name}: {handIn.assignment.practices.map(titleOf).join('; ')}, {weekLabel(handIn.assignment.week).replace(/^W/, 'w')}
      </h2>
      <p class="muted">
        {handIn.assignment.className ? `${handIn.assignment.className}. ` : ''}Handed in {formatMoment(handIn.handedInAt)}.
        {o.keptId ? (notSaving ? ' Not kept: this browser is not saving.' : ' Kept in this browser.') : ''}
      </p>
      {!hideNames && view && (
        <view.HandInMarks
          trust={trust?.get(key)}
          checking={trust === undefined}
          future={isDatedInFuture(handIn, now)}
          handedInAt={handIn.handedInAt}
          versions={versions && { count: versions.versions.length, counted: versions.counted === o, onChoose }}
        />
      )}
      {!hideNames && needsALook(flags) && <NeedsALook />}
      {handIn.entries.length === 0 && handIn.reflections.length === 0 && <p>Nothing was shared.</p>}
      {handIn.entries.map((entry, j) => (
        <div class="entry" key={j}>
          <p class="entry__when">
            {exerciseById(entry.exercise)?.title}, {formatMoment(entry.createdAt)}
            {view && <view.OffAssignmentTag off={off.entries[j]} />}
          </p>
          <EntryFields fields={exerciseById(entry.exercise)?.fields ?? []} values={shown(j, entry.fields)} />
        </div>
      ))}
      {reflections.length > 0 && (
        <dl class="entry__fields">
          {reflections.map((r) => (
            <>
              <dt>
                Reflection on “{titleOf(r.practice)}”{view && <view.OffAssignmentTag off={r.off} />}
              </dt>
              <dd>{r.text}</dd>
            </>
          ))}
        </dl>
      )}
      {o.keptId && (
        <p class="no-print">
          <button type="button" class="quiet danger" onClick={() => removeKept(o.keptId!)}>
            Remove from this browser
          </button>
        </p>
      )}
    </article>
  );
}

/** A kept hand-in removed (never while another site frames this page: src/lib/framing.ts). */
function removeKept(id: string) {
  if (refuseWhenFramed()) return;
  handIns.remove(id);
}
