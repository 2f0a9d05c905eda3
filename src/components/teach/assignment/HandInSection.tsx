// "Hand in": the student's name (and class), a checkbox for everything that could be shared, and the
// hand-in made from exactly what is ticked (src/lib/hand-in-choices.ts), checked before a link or file
// is offered, and signed on this device when it can be.
import { useEffect, useState } from 'preact/hooks';
import type { Assignment } from '../../../lib/assignment-link';
import type { AssignmentEntry } from '../../../lib/assignments-data';
import { handInFileName } from '../../../lib/hand-in-file-name';
import { EARLY_DAYS } from '../../../lib/dates';
import { defaultShared, handInFrom, startsShared, choiceKey } from '../../../lib/hand-in-choices';
import type { PracticeInfo } from '../../../lib/practice-catalog';
import { liveEntries, type EntryMeta } from '../../../lib/storage/entries';
import { fitsInLink, handInTime, sendProblem } from '../../../lib/transfer/hand-in';
import { assignments } from '../../../stores/assignments';
// The assignment's worksheets are loaded before this section shows (../AssignmentView.tsx).
import { loadedExercise as exerciseById, loadedStoreOf as storeOf } from '../../../exercises/registry';
import type { ExerciseDefinition } from '../../../lib/exercises/define';
import { downloadText } from '../../../exercises/shared/download';
import { Field } from '../../../exercises/shared/fields';
import { loadRiskCheck, useRiskCheck } from '../../../exercises/shared/care';
import { EntryChoices, ReflectionChoices } from './ShareChoices';
import { HandInResult } from './HandInResult';
import { organiser } from '../../../lib/group-words';
import { NOTHING_WORKED, worksheetsOf, type Worked } from './worksheets';

const sheetsOf = (practices: readonly PracticeInfo[]) => practices.flatMap(worksheetsOf);
/** A worksheet's entries of the week and of the days just before it. */
const weekAndEarly = (worked: Worked) => (id: string) => [
  ...(worked[id] ?? NOTHING_WORKED).inWeek,
  ...(worked[id] ?? NOTHING_WORKED).early,
];

export function HandInSection({
  assignment,
  practices,
  entry,
  worked,
}: {
  assignment: Assignment;
  practices: PracticeInfo[];
  entry: AssignmentEntry | undefined;
  worked: Worked;
}) {
  const student = entry?.student ?? '';
  const studentClass = assignment.className || entry?.studentClass || '';
  // A family's or team's own link speaks of the person who sent it, not of a teacher.
  const lead = organiser(assignment.group);
  const [nameError, setNameError] = useState('');
  const [classError, setClassError] = useState('');
  /** What would make the teacher's page refuse the hand-in (too many entries, too large), said first. */
  const [handInError, setHandInError] = useState('');
  // The week's entries and those of the days just before it start ticked (issue 24: work done early is
  // never silently left out; it is listed apart, with a note, and the teacher's page marks it early).
  const inWeekOf = weekAndEarly(worked);
  const [shared, setShared] = useState<Set<string>>(() => defaultShared(sheetsOf(practices), inWeekOf));
  // Care first: a field whose words signal risk (src/lib/care/risk.ts) stays out of the hand-in, whatever
  // its usual default, unless the student ticks it themselves: those ticks are kept apart, in `careOn`.
  const check = useRiskCheck();
  const [careOn, setCareOn] = useState<Set<string>>(() => new Set());
  const flagged = (text: string) => !!check?.riskIn(text);
  const [showOthers, setShowOthers] = useState(false);
  const [link, setLink] = useState('');
  /** A hand-in too long for a link the review page opens: offered as a file instead. */
  const [fileOnly, setFileOnly] = useState('');
  const [showQr, setShowQr] = useState(false);
  /** The last hand-in made could not be signed on this device. */
  const [unsigned, setUnsigned] = useState(false);
  // Entries saved after the page opened start shared too (private fields still off).
  useEffect(() => setShared((s) => new Set([...defaultShared(sheetsOf(practices), weekAndEarly(worked)), ...s])), [worked, practices]);

  // A long week: everything of one worksheet unticked at once, or ticked again as it started.
  const shareAll = (ex: ExerciseDefinition, list: EntryMeta[], on: boolean) => {
    setLink('');
    setFileOnly('');
    setHandInError('');
    setShared((s) => {
      const next = new Set(s);
      for (const e of list) {
        for (const f of ex.fields) {
          if (!on) next.delete(choiceKey(e.id, f.key));
          else if (startsShared(f, e)) next.add(choiceKey(e.id, f.key));
        }
      }
      return next;
    });
  };

  const toggle = (key: string, on: boolean, careKey = false) => {
    setLink('');
    setFileOnly('');
    setHandInError('');
    (careKey ? setCareOn : setShared)((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  };
  const reflections = (entry?.reflections ?? []).filter((r) => r.text.trim() && assignment.practices.includes(r.practice));
  const exercises = [...new Map(practices.flatMap((p) => worksheetsOf(p).map((w) => [w.id, w] as const))).values()];

  /** Whether a field goes into the hand-in: a flagged one only when the student ticked it themselves. */
  const goesIn = (key: string, text: string, risky: (text: string) => unknown = flagged) =>
    risky(text) ? careOn.has(key) : shared.has(key);
  const reflectionGoesIn = (r: { practice: string; text: string }, risky: (text: string) => unknown = flagged) =>
    risky(r.text) ? careOn.has(`reflection:${r.practice}`) : !shared.has(`reflection-off:${r.practice}`);

  const make = async () => {
    if (!student.trim()) {
      setNameError(`Write your name first, so ${lead.who} knows whose work this is.`);
      setTimeout(() => document.getElementById('handin-name')?.focus());
      return;
    }
    // The check decides what stays out, so the hand-in waits for it (it is loaded by now, almost always).
    // The packing (fflate) loads now too: most visits to this page make no hand-in.
    const [care, packing] = await Promise.all([
      loadRiskCheck().catch(() => undefined),
      import('../../../lib/transfer/hand-in-code').catch(() => undefined),
    ]);
    if (!care || !packing) {
      setHandInError('Part of this page did not load, so the hand-in was not made. Check your connection and try again.');
      setTimeout(() => document.getElementById('handin-error')?.focus());
      return;
    }
    const handIn = handInFrom({
      assignment,
      student,
      studentClass,
      sheets: exercises.map((ex) => ({ ...ex, entries: liveEntries(storeOf(ex.id)!.$state.get()) })),
      practices: practices.map((p) => ({ id: p.id, sheets: worksheetsOf(p).map((ex) => ({ ...ex, inWeek: inWeekOf(ex.id) })) })),
      reflections,
      goesIn: (key, text) => goesIn(key, text, care.riskIn),
      reflectionGoesIn: (r) => reflectionGoesIn(r, care.riskIn),
      handedInAt: handInTime(),
    });
    setShowQr(false);
    // Checked here, before a link or a file is made that the teacher's page would refuse.
    const problem = sendProblem(exerciseById, handIn);
    if (problem) {
      setLink('');
      setFileOnly('');
      // The message goes where the problem is, and focus with it.
      const [say, target] =
        problem.field === 'student'
          ? [setNameError, 'handin-name']
          : problem.field === 'className'
            ? [setClassError, 'handin-class']
            : [setHandInError, 'handin-error'];
      say(problem.message);
      setTimeout(() => document.getElementById(target)?.focus());
      return;
    }
    setHandInError('');
    // Signed by this device's own key (src/lib/device-key.ts), loaded only now: the teacher's page can
    // then tell a later hand-in in this name from another device. Unsigned if this browser cannot sign.
    const signing = await import('../../../lib/device-key')
      .then((m) => m.signOnThisDevice(handIn))
      .catch(() => ({ handIn, signed: false }));
    setUnsigned(!signing.signed);
    const code = packing.encodeHandIn(signing.handIn);
    if (fitsInLink(code)) {
      setFileOnly('');
      setLink(`${location.origin}/teach/review/#h=${code}`);
    } else {
      setLink('');
      setFileOnly(code);
    }
  };
  const download = (code: string) =>
    downloadText(
      handInFileName(studentClass, student, assignment.week),
      `${JSON.stringify({ format: 'efficacy-lab-hand-in', code }, null, 2)}\n`,
    );
  const choices = { flagged, goesIn: (key: string, text: string) => goesIn(key, text), onToggle: toggle };

  return (
    <section aria-labelledby="handin-heading" class="handin">
      <h2 id="handin-heading">Hand in</h2>
      <p>
        Tick what you want {lead.who} to see. What is ticked below is exactly what goes into your hand-in link, and nothing else. Private
        lines are left out unless you tick them. The link carries your work itself: it is not uploaded anywhere.
      </p>
      <Field
        id="handin-name"
        label="Your name"
        hint={`So ${lead.who} knows whose work it is. Kept with this assignment in your browser.`}
        value={student}
        maxLength={80}
        error={nameError}
        onInput={(v) => {
          if (entry) assignments.update(entry.id, { student: v });
          setNameError('');
          setLink('');
          setFileOnly('');
        }}
      />
      {!assignment.className && !assignment.group && (
        <Field
          id="handin-class"
          label="Your class (optional)"
          hint="Your teacher’s link names no class; this goes with your hand-in."
          value={studentClass}
          maxLength={60}
          error={classError}
          onInput={(v) => {
            if (entry) assignments.update(entry.id, { studentClass: v });
            setClassError('');
            setLink('');
            setFileOnly('');
          }}
        />
      )}
      {exercises.map((ex) => {
        const { inWeek: thisWeek, early, other } = worked[ex.id] ?? NOTHING_WORKED;
        return (
          <div key={ex.id}>
            <h3>{ex.title}</h3>
            {thisWeek.length > 1 && (
              <p class="button-row">
                <button type="button" class="quiet" onClick={() => shareAll(ex, thisWeek, false)}>
                  Untick all {thisWeek.length} from this week<span class="visually-hidden"> in {ex.title}</span>
                </button>{' '}
                <button type="button" class="quiet" onClick={() => shareAll(ex, thisWeek, true)}>
                  Tick them all again<span class="visually-hidden"> in {ex.title}</span>
                </button>
              </p>
            )}
            {thisWeek.length === 0 ? (
              <p>Nothing saved in this worksheet during the assignment’s week.</p>
            ) : (
              <EntryChoices sheet={ex} entries={thisWeek} {...choices} />
            )}
            {early.length > 0 && (
              <div class="notice" data-early-work>
                <h4>Done in the days before the week</h4>
                <p>
                  {early.length === 1 ? 'This entry was' : `These ${early.length} entries were`} saved in the {EARLY_DAYS} days before the
                  assignment’s week began, so {early.length === 1 ? 'it is' : 'they are'} in your hand-in too, marked as done early for your
                  teacher. Untick anything that is not for this assignment.
                </p>
                <EntryChoices sheet={ex} entries={early} {...choices} />
              </div>
            )}
            {showOthers && other.length > 0 && (
              <>
                <h4>From other weeks</h4>
                <EntryChoices sheet={ex} entries={other} {...choices} />
              </>
            )}
          </div>
        );
      })}
      {exercises.some((ex) => (worked[ex.id] ?? NOTHING_WORKED).other.length > 0) && (
        <p>
          <button type="button" class="quiet" onClick={() => setShowOthers((s) => !s)} aria-expanded={showOthers}>
            {showOthers ? 'Hide entries from other weeks' : 'Show entries from other weeks'}
          </button>
        </p>
      )}
      {reflections.length > 0 && (
        <ReflectionChoices
          reflections={reflections}
          titleOf={(id) => practices.find((p) => p.id === id)?.title}
          flagged={flagged}
          goesIn={(r) => reflectionGoesIn(r)}
          onToggle={toggle}
        />
      )}
      <p>
        <button type="button" onClick={make}>
          Make my hand-in link
        </button>
      </p>
      <HandInResult
        error={handInError}
        link={link}
        fileOnly={fileOnly}
        unsigned={unsigned}
        showQr={showQr}
        onToggleQr={() => setShowQr((s) => !s)}
        onDownload={download}
        lead={lead}
      />
    </section>
  );
}
