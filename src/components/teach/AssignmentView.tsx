// What a student sees when they open an assignment link: the week's practices with links to their
// worksheets, a place to answer each reflection question, what is done, and the hand-in. The link
// is checked before anything is shown or stored (src/lib/assignment-link.ts); the hand-in shows
// exactly what will be shared, field by field, and leaves private fields out unless ticked in.
// The parts are in ./assignment/; what goes into a hand-in is src/lib/hand-in-choices.ts.
import { useEffect, useState } from 'preact/hooks';
import { parseAssignment, type Assignment } from '../../lib/assignment-link';
import { GRID_EXERCISE, WE_CAN_EXERCISE } from '../../lib/exercise-ids';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { worksheetIdsOf } from './assignment/worksheets';
import { useCommentsPart } from './assignment/useCommentsPart';
import { loadWorksheets } from '../../exercises/registry';
import type { ExerciseWithStore } from '../../exercises/stores';

type Parsed =
  | { state: 'reading' }
  | { state: 'invalid'; problems: string[] }
  | { state: 'ok'; assignment: Assignment }
  /** Opened from a teacher's comment link (/assignment/#f=…, issue 24): the comment is kept, then shown with its assignment. */
  | { state: 'comment' };

export default function AssignmentView({ practices }: { practices: PracticeInfo[] }) {
  const [parsed, setParsed] = useState<Parsed>({ state: 'reading' });
  useEffect(() => {
    if (!location.search && /[#&]f=/.test(location.hash)) return setParsed({ state: 'comment' });
    const result = parseAssignment(
      location.search,
      new Set(practices.map((p) => p.id)),
      new Set(practices.filter((p) => p.worksheets.some((w) => w.id === GRID_EXERCISE)).map((p) => p.id)),
      new Set(practices.filter((p) => p.worksheets.some((w) => w.id === WE_CAN_EXERCISE)).map((p) => p.id)),
    );
    setParsed(result.ok ? { state: 'ok', assignment: result.assignment } : { state: 'invalid', problems: result.problems });
  }, [practices]);

  if (parsed.state === 'comment') return <OpenedComment practices={practices} />;
  if (parsed.state === 'reading') return <p class="assignment-reading">Reading the assignment link…</p>;
  if (parsed.state === 'invalid') return <InvalidAssignment problems={parsed.problems} />;
  return <ValidAssignment assignment={parsed.assignment} practices={practices} />;
}

function OpenedComment({ practices }: { practices: PracticeInfo[] }) {
  const part = useCommentsPart(true);
  return part ? <part.OpenedComment known={new Set(practices.map((p) => p.id))} /> : <p>Reading your teacher’s comment…</p>;
}

function InvalidAssignment({ problems }: { problems: string[] }) {
  return (
    <div class="notice notice--warning" role="alert" data-assignment-invalid>
      <p>
        <strong>This assignment link cannot be used.</strong> Nothing from it has been saved. Ask your teacher, or whoever sent it, for the
        link again.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

type BodyPart = typeof import('./assignment/AssignmentBody');
type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ok'; sheets: ExerciseWithStore[]; body: BodyPart };

/**
 * Loads the worksheets the assignment names (their definitions and stores, not every worksheet's) and,
 * at the same time, the parts that show an assignment (./assignment/AssignmentBody.tsx), then shows
 * it; until then the line the server rendered stays, holding its place. A link that cannot be used,
 * or a teacher's comment link, loads neither.
 */
function ValidAssignment({ assignment, practices }: { assignment: Assignment; practices: PracticeInfo[] }) {
  const chosen = assignment.practices.map((p) => practices.find((x) => x.id === p)!);
  const ids = worksheetIdsOf(chosen, Boolean(assignment.group), WE_CAN_EXERCISE).join(' ');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([loadWorksheets(ids ? ids.split(' ') : []), import('./assignment/AssignmentBody')]).then(
      ([sheets, body]) => live && setLoaded({ state: 'ok', sheets, body }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [ids, attempt]);
  if (loaded.state === 'ok') return <loaded.body.AssignmentWithWorksheets assignment={assignment} chosen={chosen} sheets={loaded.sheets} />;
  if (loaded.state === 'loading') return <p class="assignment-reading">Reading the assignment link…</p>;
  return (
    <div class="notice notice--warning" role="alert" data-assignment-not-loaded>
      <p>
        Part of this page did not load, so the assignment cannot be shown yet. Nothing you saved is lost. Check your connection and try
        again.
      </p>
      <p>
        <button
          type="button"
          onClick={() => {
            setLoaded({ state: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </p>
    </div>
  );
}
