// One student's hand-in as the teacher reads it: who, when, its trust marks, "Needs a look", each
// shared entry field by field and each reflection, all shown as text.
import { weekLabel } from '../../../lib/dates';
import { formatMoment } from '../../../lib/date-format';
import type { Trust } from '../../../lib/hand-in-trust';
import { isDatedInFuture, offAssignment, type StudentVersions } from '../../../lib/class-view';
import { needsALook, unflaggedFields, type FlaggedParts } from '../../../lib/care/hand-in-care';
import type { Opened } from '../../../lib/review-page';
import type { ReviewData } from './useReviewData';
import { EntryFields } from '../../workbook/EntryFields';
import { NeedsALook } from './NeedsALook';
import type { TrustView } from './useHandInTrust';
import { useState } from 'preact/hooks';
import type { HandIn } from '../../../lib/transfer/hand-in';

export function StudentHandIn({
  opened: o,
  exerciseById,
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
  onRemove,
}: {
  opened: Opened;
  /** The worksheets' catalog, loaded with the hand-ins (./useReviewData.ts). */
  exerciseById: ReviewData['exerciseById'];
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
  /** Removes a kept hand-in from this browser (the page offers an undo). */
  onRemove: (keptId: string) => void;
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
        {o.keptId ? (notSaving ? ' Not kept: this browser is not saving.' : ' Kept in this browser.') : ' Not kept in this browser.'}
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
      {!hideNames && <CommentDisclosure handIn={handIn} idPrefix={headingId} shownName={name} />}
      {o.keptId && (
        <p class="no-print">
          <button type="button" class="quiet danger" onClick={() => onRemove(o.keptId!)}>
            Remove from this browser
          </button>
        </p>
      )}
    </article>
  );
}

type WriteCommentPart = (typeof import('./WriteComment.lazy'))['default'];

/** "Write a comment": the comment's form and its link code load when it is first opened (issue 24, item 9). */
function CommentDisclosure(props: { handIn: HandIn; idPrefix: string; shownName: string }) {
  const [Part, setPart] = useState<WriteCommentPart>();
  const [failed, setFailed] = useState(false);
  return (
    <details
      class="no-print write-comment-box"
      onToggle={(e) => {
        if (!(e.currentTarget as HTMLDetailsElement).open || Part) return;
        import('./WriteComment.lazy').then(
          (m) => setPart(() => m.default),
          () => setFailed(true),
        );
      }}
    >
      <summary>Write a comment to {props.shownName}</summary>
      {Part ? (
        <Part {...props} />
      ) : failed ? (
        <p role="alert">This part of the page did not load. Check your connection and open it again.</p>
      ) : (
        <p class="muted">Loading…</p>
      )}
    </details>
  );
}
