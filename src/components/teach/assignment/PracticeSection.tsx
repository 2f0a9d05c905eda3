// One practice of the assignment: its steps, its lesson, its worksheets (or "I have done this
// practice") and the reflection question for the end of the week.
import { buildAssignmentQuery, type Assignment } from '../../../lib/assignment-link';
import type { AssignmentEntry } from '../../../lib/assignments-data';
import type { PracticeInfo } from '../../../lib/practice-catalog';
import { GRID_EXERCISE } from '../../../exercises/shared-areas';
import { practiceWords } from '../../../lib/group-words';
import { WE_CAN_EXERCISE } from '../../../exercises/shared-statements';
import { Field } from '../../../exercises/shared/fields';
import { startGridWithSharedAreas, startWeCanWithStatements } from './start-shared';
import { NOTHING_WORKED, worksheetsOf, type Worked } from './worksheets';

export function PracticeSection({
  practice: p,
  position,
  assignment,
  entry,
  worked,
  done,
  onDone,
  onReflection,
}: {
  practice: PracticeInfo;
  /** Its place in the assignment, from 1. */
  position: number;
  assignment: Assignment;
  entry: AssignmentEntry | undefined;
  worked: Worked;
  done: boolean;
  onDone: (done: boolean) => void;
  onReflection: (text: string) => void;
}) {
  const sheets = worksheetsOf(p);
  return (
    <section class="assignment__practice" aria-labelledby={`practice-${p.id}`} data-practice={p.id}>
      <h3 id={`practice-${p.id}`}>
        {position}. {p.title} <span class="tag">{done ? 'Done' : 'To do'}</span>
      </h3>
      <ol>
        {p.steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <p>
        It comes from the lesson <a href={`/lessons/${p.lesson}/`}>{p.lessonTitle}</a>.{' '}
        {sheets.length > 0 ? (
          <>
            {sheets.map((w, j) => (
              <span key={w.id}>
                {j === 0 ? 'Use the worksheet: ' : ' Also from this lesson: '}
                <a
                  href={`/practice/${w.id}/#from=${encodeURIComponent(`/assignment/${buildAssignmentQuery(assignment)}`)}`}
                  onClick={() => {
                    startGridWithSharedAreas(w.id === GRID_EXERCISE ? assignment.areas : undefined);
                    startWeCanWithStatements(w.id === WE_CAN_EXERCISE ? assignment : undefined);
                  }}
                >
                  {w.title}
                </a>{' '}
                (
                {(worked[w.id] ?? NOTHING_WORKED).inWeek.length === 0
                  ? 'nothing saved this week yet'
                  : `${(worked[w.id] ?? NOTHING_WORKED).inWeek.length} saved this week`}
                ).
              </span>
            ))}
          </>
        ) : (
          <span class="field--checkbox">
            <input
              type="checkbox"
              id={`done-${p.id}`}
              checked={Boolean(entry?.done.includes(p.id))}
              onChange={(e) => onDone((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`done-${p.id}`}>I have done this practice</label>
          </span>
        )}
      </p>
      <Field
        id={`reflection-${p.id}`}
        label={`At the end of the week: ${practiceWords(p, { group: assignment.group }).reflection}`}
        value={entry?.reflections.find((r) => r.practice === p.id)?.text ?? ''}
        rows={3}
        maxLength={4000}
        onInput={onReflection}
        care={3}
      />
    </section>
  );
}
