// My workbook: everything saved in this browser, grouped by exercise and by week, with export,
// print, import, storage health and "delete everything". Each section is a part of its own in this
// folder; all logic that is not about the page is in src/lib (src/lib/transfer: the file format and
// the import plan; src/lib/workbook-view.ts) and src/stores.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { liveEntries, type EntryMeta } from '../../lib/storage/entries';
import { countOf, countsByExercise } from '../../lib/counts';
import { $entriesByExercise, EXERCISE_STORES } from '../../exercises/stores';
import { assignments } from '../../stores/assignments';
import { progress } from '../../stores/progress';
import { checks } from '../../stores/checks';
import { isCheckDone } from '../../lib/checks-data';
import { handIns } from '../../stores/hand-ins';
import { builtAssignments } from '../../stores/built-assignments';
import { classLists } from '../../stores/class-lists';
import type { ReadableExerciseStore } from '../../stores/exercise-store';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { ConflictCopies } from './ConflictCopies';
import { ExerciseSection } from './ExerciseSection';
import { WorkbookAssignments, type OpenedAssignment } from './WorkbookAssignments';
import { ExportAndPrint } from './ExportAndPrint';
import { ImportFile } from './ImportFile';
import { StorageHealth } from './StorageHealth';
import { DeleteEverything } from './DeleteEverything';

const NO_ENTRIES: Readonly<Record<string, EntryMeta[]>> = {};

function useEntries<E extends EntryMeta>(store: ReadableExerciseStore<E>): E[] {
  const state = useStore(store.$state, { ssr: 'initial' });
  // liveEntries caches by the entries list: typing in the draft does not sort them again.
  return useMemo(() => liveEntries(state), [state]);
}

/** A lesson's check, as the workbook lists it: which questions make it done. */
export interface LessonCheck {
  lesson: string;
  title: string;
  questions: string[];
}

export default function Workbook({
  practices,
  lessons,
  lessonChecks,
}: {
  practices: PracticeInfo[];
  lessons: string[];
  lessonChecks: LessonCheck[];
}) {
  // Empty on the server and on the first render, as the server rendered it (a computed store has no initial value).
  const byExercise = useStore($entriesByExercise, { ssr: 'initial' }) ?? NO_ENTRIES;
  const opened = useEntries(assignments);
  const marks = useEntries(progress);
  const answers = useEntries(checks);
  const checksDone = lessonChecks.filter((c) => isCheckDone(answers.find((a) => a.id === c.lesson)?.answers, c.questions));
  // A teacher's own data is named too before it is deleted (the stores are on this page already,
  // for the kept copies).
  const teacher: [number, [string, string]][] = [
    [useEntries(handIns).length, ['kept hand-in', 'kept hand-ins']],
    [useEntries(builtAssignments).length, ['assignment you built', 'assignments you built']],
    [useEntries(classLists).length, ['class list', 'class lists']],
  ];
  // Marks of lessons no longer in the course are not counted.
  const lessonsRead = marks.filter((m) => lessons.includes(m.id)).length;
  const entriesOf = (id: string) => byExercise[id] ?? [];
  const total = EXERCISE_STORES.reduce((sum, { definition }) => sum + entriesOf(definition.id).length, 0);
  // Long lists show their newest entries first; printing shows everything (Print, or the browser's own).
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    const all = () => setShowAll(true);
    addEventListener('beforeprint', all);
    return () => removeEventListener('beforeprint', all);
  }, []);

  return (
    <div class="workbook">
      <section aria-labelledby="work-heading">
        <h2 id="work-heading">Your work</h2>
        <p data-workbook-progress>
          Lessons read: {lessonsRead} of {lessons.length}. <a href="/#next-step">See your place in the course</a>
        </p>
        <p data-workbook-checks>
          Checks for understanding done: {checksDone.length} of {lessonChecks.length}
          {checksDone.length > 0 ? ` (${checksDone.map((c) => c.title).join('; ')}).` : '.'}
        </p>
        {total === 0 ? (
          <p data-workbook-empty>
            Nothing is saved in this browser yet. What you write in the <a href="/practice/">worksheets</a> will appear here, grouped by
            exercise and by week.
          </p>
        ) : (
          EXERCISE_STORES.map(({ definition }) => (
            <ExerciseSection key={definition.id} exercise={definition} entries={entriesOf(definition.id)} showAll={showAll} />
          ))
        )}
      </section>
      <WorkbookAssignments opened={opened as OpenedAssignment[]} practices={practices} byExercise={byExercise} />
      <ExportAndPrint onPrint={() => setShowAll(true)} total={total} />
      <ConflictCopies />
      <ImportFile />
      <StorageHealth />
      <DeleteEverything
        counts={[
          // Named by exercise: two that both count rounds read "1 round (…)" each, not "1 round, 1 round".
          ...countsByExercise(
            EXERCISE_STORES.map(({ definition: d }) => ({ title: d.title, noun: d.noun, count: entriesOf(d.id).length })),
          ),
          ...(opened.length > 0 ? [countOf(opened.length, ['opened assignment', 'opened assignments'])] : []),
          ...(marks.length > 0 ? [countOf(marks.length, ['lesson marked read', 'lessons marked read'])] : []),
          ...(answers.length > 0 ? [countOf(answers.length, ['lesson’s check answers', 'lessons’ check answers'])] : []),
          ...teacher.filter(([n]) => n > 0).map(([n, noun]) => countOf(n, noun)),
        ]}
      />
    </div>
  );
}
