// The class picture of "We can" (issue 25) on the review page: per statement the class median, the
// middle half (lowest quarter to highest quarter) and every rating as a dot, with no names, and the
// statement the class is least sure of, in words; and the same picture full screen for a projector
// ("Discuss on the big screen": one statement at a time or all, arrow keys and Page Up/Down, as a
// presentation clicker sends them). Loaded by Review.tsx only when a class's hand-ins
// hold "We can" ratings; the arithmetic is in src/lib/we-can-picture.ts (unit-tested).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HandIn } from '../../lib/transfer/hand-in';
import {
  agreedWords,
  earlierWords,
  leastSureSentence,
  numberWords,
  weCanPicture,
  TWO_WAYS,
  type PictureOptions,
  type StatementPicture,
} from '../../lib/we-can-picture';
import { weekLabel } from '../../lib/dates';
import { isStatementRatings } from '../../exercises/shared-statements';

/** The dots drawn for one statement: equal ratings stacked, so every one shows. */
function dotsOf(row: StatementPicture): { value: number; level: number }[] {
  const seen = new Map<number, number>();
  return row.ratings.map((value) => {
    const level = seen.get(value) ?? 0;
    seen.set(value, level + 1);
    return { value, level };
  });
}

const DOT_STEP = 9;

/** A week as the review page names it ("w48"). */
const shortWeek = (week: string) => weekLabel(week).replace(/^W/, 'w');

function StatementRow({ row, least, earlierWeek }: { row: StatementPicture; least: boolean; earlierWeek?: string | undefined }) {
  const dots = dotsOf(row);
  const levels = Math.max(...dots.map((d) => d.level)) + 1;
  // Room above the dots for the agreed ratings' diamonds.
  const top = row.agreed.length > 0 ? 14 : 0;
  const height = 22 + top + DOT_STEP * levels;
  const axis = height - 10;
  const agreed = agreedWords(row);
  const before = earlierWeek ? earlierWords(row, weekLabel(earlierWeek)) : undefined;
  return (
    <li class={`we-can-picture__row${least ? ' we-can-picture__row--least' : ''}`}>
      <p class="we-can-picture__statement">
        … {row.statement}
        {least && <strong class="we-can-picture__least"> (least sure)</strong>}
      </p>
      <p class="we-can-picture__numbers">
        Median {numberWords(row.median)} · middle half {numberWords(row.lowQuarter)} to {numberWords(row.highQuarter)} ·{' '}
        {row.ratings.length} ratings: {row.ratings.join(', ')}
      </p>
      {agreed && (
        <p class="we-can-picture__numbers" data-we-can-agreed>
          <strong>{agreed}</strong> (beside the median of the private ratings, {numberWords(row.median)})
        </p>
      )}
      {before && (
        <p class="we-can-picture__numbers" data-we-can-earlier>
          {before}
        </p>
      )}
      {/* The picture repeats the words above it, so screen readers skip it. */}
      <svg class="we-can-picture__plot" aria-hidden="true" focusable="false" width="100%" height={height}>
        <line class="we-can-picture__axis" x1="0%" x2="100%" y1={axis} y2={axis} />
        <rect
          class="we-can-picture__spread"
          x={`${row.lowQuarter}%`}
          width={`${Math.max(row.highQuarter - row.lowQuarter, 0.5)}%`}
          y={4 + top}
          height={axis - 4 - top}
        />
        {row.earlier && (
          <line class="we-can-picture__earlier" x1={`${row.earlier.median}%`} x2={`${row.earlier.median}%`} y1={1 + top} y2={axis + 3} />
        )}
        <line class="we-can-picture__median" x1={`${row.median}%`} x2={`${row.median}%`} y1={1} y2={axis + 3} />
        {dots.map((d, i) => (
          <circle key={i} class="we-can-picture__dot" cx={`${d.value}%`} cy={axis - 8 - d.level * DOT_STEP} r="4" />
        ))}
        {row.agreed.map((value, i) => (
          // A diamond: a square turned on its corner, centred on the agreed rating.
          <svg key={`a${i}`} x={`${value}%`} y={0} overflow="visible">
            <rect class="we-can-picture__agreed" x={-5} y={2} width={10} height={10} transform="rotate(45 0 7)" />
          </svg>
        ))}
      </svg>
    </li>
  );
}

export function WeCanPicture({
  id,
  handIns,
  earlier,
  group = false,
}: {
  id: string;
  handIns: HandIn[];
  earlier?: PictureOptions['earlier'];
  /** For a family or team without a teacher: "the group" and "members" where a class has "the class" and "students". */
  group?: boolean;
}) {
  const picture = useMemo(() => weCanPicture(handIns, isStatementRatings, earlier ? { earlier } : {}), [handIns, earlier]);
  if (!picture) return null;
  const least = new Set(picture.leastSure);
  return (
    <section class="we-can-picture" aria-labelledby={`${id}-we-can`} data-we-can-picture>
      <h3 id={`${id}-we-can`}>“We can”: how sure the {group ? 'group' : 'class'} is, statement by statement</h3>
      <p>
        From {picture.students} {group ? 'member' : 'student'}
        {picture.students === 1 ? '' : 's'}, with no names. Each dot is one rating, from 0 at the left to 100 at the right; the shaded band
        is the middle half of the ratings (lowest quarter to highest quarter) and the upright line the median.
        {picture.groups > 0 && ' A diamond above the dots is a rating the group agreed together.'}
        {picture.earlierWeek && ` The dashed line is the median in the ${shortWeek(picture.earlierWeek)}.`}
      </p>
      {picture.groups > 0 && (
        <p data-we-can-two-ways>
          The agreed rating and the median of the private ratings can differ, because talking a statement through can change minds (or let
          the loudest voices carry the room) while private ratings are given alone: see{' '}
          <a href={TWO_WAYS.href}>the two ways of measuring a group’s belief</a> in the lesson.
        </p>
      )}
      {picture.earlierWeek && (
        <p data-we-can-earlier-week>
          Each statement rated in the {shortWeek(picture.earlierWeek)} too is compared with that week’s hand-ins, in words and as the dashed
          line.
        </p>
      )}
      <p class="we-can-picture__summary" data-we-can-least>
        {leastSureSentence(picture, group)}
      </p>
      {picture.rows.length > 0 && (
        <ul class="we-can-picture__rows">
          {picture.rows.map((row) => (
            <StatementRow key={row.statement} row={row} least={least.has(row)} earlierWeek={picture.earlierWeek} />
          ))}
        </ul>
      )}
      {picture.ownLeftOut > 0 && (
        <p class="muted">
          {picture.ownLeftOut} statement{picture.ownLeftOut === 1 ? '' : 's'} rated by one {group ? 'member' : 'student'} only{' '}
          {picture.ownLeftOut === 1 ? 'is' : 'are'} left out, since a single rating would show whose it is.
        </p>
      )}
      {picture.rows.length > 0 && <DiscussButton picture={picture} least={least} group={group} />}
      <p class="muted">
        With a small {group ? 'group' : 'class'}, one or two ratings move the median a long way: read the spread as well, and use the
        picture to start a conversation, not as a grade.
      </p>
    </section>
  );
}

function DiscussButton({
  picture,
  least,
  group,
}: {
  picture: NonNullable<ReturnType<typeof weCanPicture>>;
  least: Set<StatementPicture>;
  group: boolean;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <p class="no-print">
      <button type="button" class="quiet" ref={button} onClick={() => setOpen(true)}>
        Discuss on the big screen
      </button>
      {open && (
        <Discuss
          picture={picture}
          least={least}
          group={group}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </p>
  );
}

/** Keys a keyboard or a presentation clicker sends for "next" and "previous". */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The picture for a projector, readable from the back of a room: a modal dialog, full screen when the
 * browser allows, large type in the theme's highest-contrast colours, no names and no private lines.
 */
function Discuss({
  picture,
  least,
  group,
  onClose,
}: {
  picture: NonNullable<ReturnType<typeof weCanPicture>>;
  least: Set<StatementPicture>;
  group: boolean;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [at, setAt] = useState(0);
  const [all, setAll] = useState(false);
  const count = picture.rows.length;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.requestFullscreen?.().catch(() => {
      // Not allowed here (an embedded page, a policy): the dialog still fills the window.
    });
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  const go = (step: number) => setAt((i) => Math.min(count - 1, Math.max(0, i + step)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (all) return;
    // Space on a button presses it; elsewhere it moves on, as a clicker's does.
    if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
    if (NEXT.has(event.key)) go(1);
    else if (PREVIOUS.has(event.key)) go(-1);
    else if (event.key === 'Home') setAt(0);
    else if (event.key === 'End') setAt(count - 1);
    else return;
    event.preventDefault();
  };
  const row = picture.rows[at]!;
  return (
    <dialog ref={ref} class="we-can-discuss" aria-labelledby="we-can-discuss-heading" onClose={onClose} onKeyDown={onKeyDown}>
      <h2 id="we-can-discuss-heading">How sure are we that we, as a group, can …{all ? '' : ` (statement ${at + 1} of ${count})`}</h2>
      <div aria-live="polite">
        {all ? (
          <ul class="we-can-picture__rows">
            {picture.rows.map((r) => (
              <StatementRow key={r.statement} row={r} least={least.has(r)} earlierWeek={picture.earlierWeek} />
            ))}
          </ul>
        ) : (
          <ul class="we-can-picture__rows">
            <StatementRow key={row.statement} row={row} least={least.has(row)} earlierWeek={picture.earlierWeek} />
          </ul>
        )}
      </div>
      <p class="we-can-discuss__least">{leastSureSentence(picture, group)}</p>
      <p class="we-can-discuss__controls">
        {!all && (
          <>
            <button type="button" onClick={() => go(-1)} disabled={at === 0}>
              Previous
            </button>
            <button type="button" onClick={() => go(1)} disabled={at === count - 1}>
              Next
            </button>
          </>
        )}
        <button type="button" class="quiet" onClick={() => setAll((a) => !a)}>
          {all ? 'One statement at a time' : 'All statements at once'}
        </button>
        <button type="button" class="quiet" onClick={() => ref.current?.close()}>
          Close
        </button>
      </p>
      <p class="we-can-discuss__keys">Arrow keys or Page Up and Page Down move between statements; Escape closes.</p>
    </dialog>
  );
}
