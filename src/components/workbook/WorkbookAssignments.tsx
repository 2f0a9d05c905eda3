// "Assignments": each assignment opened from a teacher's link, with how many of its practices are done.
import type { EntryMeta } from '../../lib/storage/entries';
import { weekLabel } from '../../lib/dates';
import { buildAssignmentQuery } from '../../lib/assignment-link';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { donePractices } from '../../lib/workbook-view';

export interface OpenedAssignment extends EntryMeta {
  practices: string[];
  week: string;
  className: string;
  note: string;
  areas: string[];
  done: string[];
}

export function WorkbookAssignments({
  opened,
  practices,
  byExercise,
}: {
  opened: OpenedAssignment[];
  practices: PracticeInfo[];
  byExercise: Readonly<Record<string, EntryMeta[]>>;
}) {
  const byId = new Map(practices.map((p) => [p.id, p]));
  return (
    <section aria-labelledby="assignments-heading" class="workbook__assignments">
      <h2 id="assignments-heading">Assignments</h2>
      {opened.length === 0 ? (
        <p>No assignments yet. When a teacher sends you an assignment link and you open it, it is listed here.</p>
      ) : (
        <ul>
          {opened.map((a) => {
            const query = buildAssignmentQuery(a);
            const done = donePractices(a, (id) => byId.get(id)?.worksheets[0]?.id, byExercise);
            return (
              <li key={a.id}>
                <a href={`/assignment/${query}`}>
                  {a.className ? `${a.className}: ` : ''}
                  {weekLabel(a.week)}
                </a>{' '}
                <span class="muted">
                  ({done.length} of {a.practices.length} done: {a.practices.map((id) => byId.get(id)?.title ?? id).join('; ')})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
