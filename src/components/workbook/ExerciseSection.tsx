// One worksheet's saved entries in the workbook, grouped by week, newest first: a page of them at a
// time ("Show N more"), every one when printing, each with a link to edit it.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIST_PAGE, type EntryMeta } from '../../lib/storage/entries';
import { weekLabel } from '../../lib/dates';
import { countOf } from '../../lib/counts';
import { formatMoment } from '../../lib/date-format';
import { entriesByWeek } from '../../lib/workbook-view';
import type { ExerciseWithStore } from '../../exercises/stores';
import { useRiskCheck } from '../../exercises/shared/care';
import { EntryFields } from './EntryFields';

export function ExerciseSection({
  exercise,
  entries,
  showAll,
}: {
  exercise: ExerciseWithStore['definition'];
  entries: EntryMeta[];
  showAll: boolean;
}) {
  const [shown, setShown] = useState(LIST_PAGE);
  const focusAfter = useRef<string>();
  useLayoutEffect(() => {
    // "Show more" moves focus to the first entry it added, so keyboard and screen reader users go on from there.
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  });
  const count = showAll ? entries.length : Math.min(shown, entries.length);
  // Care first: an entry whose words signal risk is listed like any other, with help beside it.
  const check = useRiskCheck();
  // Grouped once per list, not on every render of the page.
  // Newest week first; within a week, newest entry first (liveEntries is already newest first).
  const weeks = useMemo(() => entriesByWeek(entries.slice(0, count)), [entries, count]);
  if (entries.length === 0) return null;
  const headingId = `wb-${exercise.id}`;
  return (
    <section class="workbook__exercise" aria-labelledby={headingId} data-workbook-exercise={exercise.id}>
      <h3 id={headingId}>
        {exercise.title} <span class="muted">({countOf(entries.length, exercise.noun)})</span>
      </h3>
      {weeks.map(([week, inWeek]) => (
        <div key={week} class="workbook__week">
          <h4>{weekLabel(week)}</h4>
          <ul class="workbook__entries">
            {inWeek.map((entry) => (
              <li key={entry.id} class="entry" id={`${headingId}-${entry.id}`} tabIndex={-1}>
                <p class="entry__when">
                  <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>
                </p>
                <EntryFields fields={exercise.fields} values={entry as unknown as Record<string, unknown>} markPrivate />
                {check && check.entrySignalsRisk(check, entry) && <check.EntryCareLine />}
                <a href={`/practice/${exercise.id}/?entry=${encodeURIComponent(entry.id)}`} class="no-print">
                  Open to edit
                  <span class="visually-hidden">
                    {' '}
                    this {exercise.noun[0]} from {formatMoment(entry.createdAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {entries.length > LIST_PAGE && (
        <p class="entries__more no-print">
          <span role="status" aria-live="polite" data-entries-shown>
            Showing {count} of {countOf(entries.length, exercise.noun)}, newest first.
          </span>{' '}
          {count < entries.length && (
            <button
              type="button"
              class="quiet"
              onClick={() => {
                focusAfter.current = `${headingId}-${entries[count]!.id}`;
                setShown(count + LIST_PAGE);
              }}
            >
              Show {Math.min(LIST_PAGE, entries.length - count)} more {exercise.noun[1]}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
