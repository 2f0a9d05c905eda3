// The assignment as a student sees it once its worksheets have loaded: its practices, the group's
// check, a teacher's comments and the hand-in. Loaded by ../AssignmentView.tsx together with the
// worksheets the assignment names, so a link that cannot be used loads none of it.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { assignmentId, buildAssignmentQuery, type Assignment } from '../../../lib/assignment-link';
import { WE_CAN_EXERCISE } from '../../../exercises/shared-statements';
import type { AssignmentEntry } from '../../../lib/assignments-data';
import type { PracticeInfo } from '../../../lib/practice-catalog';
import { liveEntries } from '../../../lib/storage/entries';
import { assignments } from '../../../stores/assignments';
import { storage } from '../../../stores/persistence';
import { DATA_PREFIX } from '../../../lib/storage-keys';
import type { ExerciseWithStore } from '../../../exercises/stores';
import { AssignmentHeading } from './AssignmentHeading';
import { PracticeSection } from './PracticeSection';
import { HandInSection } from './HandInSection';
import { startGridWithSharedAreas, startWeCanWithStatements } from './start-shared';
import { NOTHING_WORKED, useWorkedEntries, worksheetsOf } from './worksheets';
import { useCommentsPart } from './useCommentsPart';

/**
 * The assignment's entry as stored now, kept in the workbook the first time it is needed. Read from
 * the store, not from a render: words typed before the first render's effect ran (a fast typist, a
 * slow device) were dropped when the entry was not there yet, and a stale render's list of
 * reflections could drop another practice's reflection. Undefined only when the store refused it (at
 * its limit: kept as a copy, and the page says so).
 */
function keptEntry(id: string, assignment: Assignment): AssignmentEntry | undefined {
  return (
    (liveEntries(assignments.$state.get()).find((e) => e.id === id) as AssignmentEntry | undefined) ??
    assignments.add({ ...assignment, areas: assignment.areas ?? [], done: [], reflections: [], student: '', studentClass: '' }, id)
  );
}

export function AssignmentWithWorksheets({
  assignment,
  chosen,
  sheets,
}: {
  assignment: Assignment;
  chosen: PracticeInfo[];
  sheets: ExerciseWithStore[];
}) {
  const id = assignmentId(assignment);
  const saved = useStore(assignments.$state);
  const entry = liveEntries(saved).find((e) => e.id === id) as AssignmentEntry | undefined;
  // Opening the link keeps the assignment in the workbook, once.
  useEffect(() => {
    keptEntry(id, assignment);
    startGridWithSharedAreas(assignment.areas);
    startWeCanWithStatements(assignment);
  }, [id, assignment]);
  // A teacher's comments, beside the student's work: their code loads only when this browser keeps one.
  const [hasComments, setHasComments] = useState(false);
  useEffect(() => setHasComments(storage.read(`${DATA_PREFIX}teacher-comments`) !== null), []);
  const comments = useCommentsPart(hasComments);
  const worked = useWorkedEntries(assignment.week, sheets);
  // A practice with a worksheet of its own is done once something is saved there in the week.
  const isDone = (p: PracticeInfo) => {
    const own = worksheetsOf(p)[0];
    return Boolean(entry?.done.includes(p.id)) || (own !== undefined && (worked[own.id] ?? NOTHING_WORKED).inWeek.length > 0);
  };

  const setReflection = (practice: string, text: string) => {
    const current = keptEntry(id, assignment);
    if (!current) return;
    const reflections = [...current.reflections.filter((r) => r.practice !== practice), { practice, text }];
    assignments.update(id, { reflections });
  };
  const setDone = (practice: string, done: boolean) => {
    const current = keptEntry(id, assignment);
    if (!current) return;
    assignments.update(id, {
      done: done ? [...current.done.filter((p) => p !== practice), practice] : current.done.filter((p) => p !== practice),
    });
  };

  return (
    <div class="assignment" data-assignment={id}>
      <AssignmentHeading assignment={assignment} id={id} titles={chosen.map((p) => p.title)} />
      {comments && (
        <comments.CommentsFor
          assignment={{ ...assignment, className: assignment.className || entry?.studentClass || '' }}
          student={entry?.student ?? ''}
        />
      )}
      {assignment.group ? (
        <GroupCheckSection assignment={assignment} saved={(worked[WE_CAN_EXERCISE] ?? NOTHING_WORKED).inWeek.length} />
      ) : (
        chosen.map((p, i) => (
          <PracticeSection
            key={p.id}
            practice={p}
            position={i + 1}
            assignment={assignment}
            entry={entry}
            worked={worked}
            done={isDone(p)}
            onDone={(done) => setDone(p.id, done)}
            onReflection={(text) => setReflection(p.id, text)}
          />
        ))
      )}
      <HandInSection assignment={assignment} practices={chosen} entry={entry} worked={worked} />
    </div>
  );
}

/**
 * A link a person made for their own family or team (`g`): only the "We can" worksheet, in the
 * group's words, not the class's weekly practice.
 */
function GroupCheckSection({ assignment, saved }: { assignment: Assignment; saved: number }) {
  return (
    <section class="assignment__practice" aria-labelledby="group-check-heading" data-group-check>
      <h3 id="group-check-heading">How sure are you that your group can do these things together?</h3>
      <p>
        The person who sent you this link asks everyone in the group to rate the same statements, each on their own. Open the worksheet,
        rate each statement and save; then come back here and hand in, so they can put everyone’s answers side by side, without names.
      </p>
      <p>
        Open the worksheet:{' '}
        <a
          href={`/practice/${WE_CAN_EXERCISE}/#from=${encodeURIComponent(`/assignment/${buildAssignmentQuery(assignment)}`)}`}
          onClick={() => startWeCanWithStatements(assignment)}
        >
          We can
        </a>{' '}
        ({saved === 0 ? 'nothing saved this week yet' : `${saved} saved this week`}).
      </p>
    </section>
  );
}
