// What a student sees when they open an assignment link: the week's practices with links to their
// worksheets, a place to answer each reflection question, what is done, and the hand-in. The link
// is checked before anything is shown or stored (src/lib/assignment-link.ts); the hand-in shows
// exactly what will be shared, field by field, and leaves private fields out unless ticked in.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { assignmentId, buildAssignmentQuery, parseAssignment, type Assignment } from '../../lib/assignment-link';
import { weekCalendar } from '../../lib/calendar';
import { handInFileName, safeFilePart } from '../../lib/hand-in-file-name';
import { draftWithSharedAreas, GRID_EXERCISE } from '../../exercises/shared-areas';
import { draftWithFixedStatements, WE_CAN_EXERCISE } from '../../exercises/shared-statements';
import type { AssignmentEntry } from '../../lib/assignments-data';
import { inWeek, weekLabel } from '../../lib/dates';
import { fieldText, handInFieldValue } from '../../lib/exercises/fields';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries, type EntryMeta } from '../../lib/storage/entries';
import {
  encodeHandIn,
  fitsInLink,
  HAND_IN_VERSION,
  MAX_CODE_LENGTH,
  sendProblem,
  type HandIn,
  type HandInEntry,
} from '../../lib/transfer/hand-in';
import { assignments } from '../../stores/assignments';
import { $entriesByExercise, storeOf } from '../../exercises/stores';
// The two stores an assignment link starts, typed (this page holds every exercise's store already).
import { efficacyGrid } from '../../exercises/efficacy-grid/store';
import { weCan } from '../../exercises/we-can/store';
import { exerciseById, type ExerciseDefinition } from '../../exercises/catalog';
import { downloadText } from '../../exercises/shared/download';
import { Field } from '../../exercises/shared/fields';
import { loadRiskCheck, useRiskCheck } from '../../exercises/shared/care';
import { formatMoment } from '../../lib/date-format';
import { $saveStatus } from '../../stores/persistence';
import { loadBackups } from '../../stores/exercise-store';
import { Notices } from '../../exercises/shared/Notices';
import { CopyField } from './CopyField';
import { QrCode } from './QrCode';

/** The practice's worksheets, as exercise definitions (their saved entries are counted and handed in). */
const worksheetsOf = (p: PracticeInfo): ExerciseDefinition[] => p.worksheets.flatMap((w) => exerciseById(w.id) ?? []);

type Parsed = { state: 'reading' } | { state: 'invalid'; problems: string[] } | { state: 'ok'; assignment: Assignment };

export default function AssignmentView({ practices }: { practices: PracticeInfo[] }) {
  const [parsed, setParsed] = useState<Parsed>({ state: 'reading' });
  useEffect(() => {
    const result = parseAssignment(
      location.search,
      new Set(practices.map((p) => p.id)),
      new Set(practices.filter((p) => p.worksheets.some((w) => w.id === GRID_EXERCISE)).map((p) => p.id)),
      new Set(practices.filter((p) => p.worksheets.some((w) => w.id === WE_CAN_EXERCISE)).map((p) => p.id)),
    );
    setParsed(result.ok ? { state: 'ok', assignment: result.assignment } : { state: 'invalid', problems: result.problems });
  }, [practices]);

  if (parsed.state === 'reading') return <p>Reading the assignment link…</p>;
  if (parsed.state === 'invalid') {
    return (
      <div class="notice notice--warning" role="alert" data-assignment-invalid>
        <p>
          <strong>This assignment link cannot be used.</strong> Nothing from it has been saved. Ask your teacher for the link again.
        </p>
        <ul>
          {parsed.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  return <ValidAssignment assignment={parsed.assignment} practices={practices} />;
}

function ValidAssignment({ assignment, practices }: { assignment: Assignment; practices: PracticeInfo[] }) {
  const id = assignmentId(assignment);
  const saved = useStore(assignments.$state);
  const status = useStore($saveStatus);
  const notSaving = status.state === 'unsaved';
  // Saved data that could not be read is kept aside (the store did that); say so, as the worksheets do.
  const recovery = useStore(assignments.$recovery, { ssr: 'initial' });
  const backups = useStore(assignments.$backups, { ssr: 'initial' });
  useEffect(() => loadBackups(assignments), []);
  const entry = liveEntries(saved).find((e) => e.id === id) as AssignmentEntry | undefined;
  // Opening the link keeps the assignment in the workbook, once.
  useEffect(() => {
    if (!liveEntries(assignments.$state.get()).some((e) => e.id === id)) {
      assignments.add({ ...assignment, areas: assignment.areas ?? [], done: [], reflections: [], student: '', studentClass: '' }, id);
    }
    startGridWithSharedAreas(assignment.areas);
    startWeCanWithStatements(assignment.statements);
  }, [id, assignment]);
  const chosen = assignment.practices.map((p) => practices.find((x) => x.id === p)!);
  const worked = useWorkedEntries(assignment.week);
  // A practice with a worksheet of its own is done once something is saved there in the week.
  const isDone = (p: PracticeInfo) => {
    const own = worksheetsOf(p)[0];
    return Boolean(entry?.done.includes(p.id)) || (own !== undefined && (worked[own.id] ?? NOTHING_WORKED).inWeek.length > 0);
  };

  const setReflection = (practice: string, text: string) => {
    if (!entry) return;
    const reflections = [...entry.reflections.filter((r) => r.practice !== practice), { practice, text }];
    assignments.update(id, { reflections });
  };
  const setDone = (practice: string, done: boolean) => {
    if (!entry) return;
    assignments.update(id, { done: done ? [...entry.done, practice] : entry.done.filter((p) => p !== practice) });
  };

  return (
    <div class="assignment" data-assignment={id}>
      <section aria-labelledby="assignment-heading">
        <h2 id="assignment-heading">
          {assignment.className ? `${assignment.className}: ` : ''}
          {weekLabel(assignment.week)}
        </h2>
        <div role="status" aria-live="polite">
          {(notSaving || backups.length > 0) && <Notices status={status} store={assignments} recovery={recovery} backups={backups} />}
        </div>
        <p>
          Due by the end of that week (Sunday).{' '}
          {notSaving ? (
            'This assignment cannot be kept in your workbook while this browser is not saving.'
          ) : (
            <>
              This assignment is now listed in <a href="/workbook/">your workbook</a>.
            </>
          )}
        </p>
        <p>
          <button
            type="button"
            class="quiet"
            onClick={() =>
              downloadText(
                `efficacy-lab-${safeFilePart(assignment.className) || 'assignment'}-${assignment.week}.ics`,
                weekCalendar({
                  week: assignment.week,
                  id,
                  title: `Practice: ${chosen.map((p) => p.title).join('; ')}`,
                  description: 'Your Efficacy Lab practice for today. Open the assignment:',
                  url: location.href,
                }),
                'text/calendar',
              )
            }
          >
            Add this week’s practice to my calendar
          </button>{' '}
          <span class="muted">A calendar file made on this device: one reminder each day, at 17:00.</span>
        </p>
        {assignment.note && (
          <div class="notice notice--quiet">
            <p>
              <strong>Note from your teacher:</strong>{' '}
              {assignment.note.split('\n').map((line, i) => (
                <>
                  {i > 0 && <br />}
                  {line}
                </>
              ))}
            </p>
          </div>
        )}
      </section>
      {chosen.map((p, i) => (
        <section key={p.id} class="assignment__practice" aria-labelledby={`practice-${p.id}`} data-practice={p.id}>
          <h3 id={`practice-${p.id}`}>
            {i + 1}. {p.title} <span class="tag">{isDone(p) ? 'Done' : 'To do'}</span>
          </h3>
          <ol>
            {p.steps.map((step) => (
              <li>{step}</li>
            ))}
          </ol>
          <p>
            It comes from the lesson <a href={`/lessons/${p.lesson}/`}>{p.lessonTitle}</a>.{' '}
            {worksheetsOf(p).length > 0 ? (
              <>
                {worksheetsOf(p).map((w, j) => (
                  <span key={w.id}>
                    {j === 0 ? 'Use the worksheet: ' : ' Also from this lesson: '}
                    <a
                      href={`/practice/${w.id}/#from=${encodeURIComponent(`/assignment/${buildAssignmentQuery(assignment)}`)}`}
                      onClick={() => {
                        startGridWithSharedAreas(w.id === GRID_EXERCISE ? assignment.areas : undefined);
                        startWeCanWithStatements(w.id === WE_CAN_EXERCISE ? assignment.statements : undefined);
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
                  onChange={(e) => setDone(p.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`done-${p.id}`}>I have done this practice</label>
              </span>
            )}
          </p>
          <Field
            id={`reflection-${p.id}`}
            label={`At the end of the week: ${p.reflection}`}
            value={entry?.reflections.find((r) => r.practice === p.id)?.text ?? ''}
            rows={3}
            maxLength={4000}
            onInput={(text) => setReflection(p.id, text)}
            care={3}
          />
        </section>
      ))}
      <HandInSection assignment={assignment} practices={chosen} entry={entry} worked={worked} />
    </div>
  );
}

/**
 * The class's shared areas start the student's grid (src/exercises/shared-areas.ts): done here, through
 * the grid's own store, so the grid's page carries no code for it.
 */
function startGridWithSharedAreas(areas: readonly string[] | undefined) {
  if (!areas?.length) return;
  const next = draftWithSharedAreas(efficacyGrid.$state.get().draft.value, areas);
  if (next) efficacyGrid.setDraft(next);
}

/** The class's fixed statements start the student's "We can" draft (src/exercises/shared-statements.ts), as the grid's areas do. */
function startWeCanWithStatements(statements: readonly string[] | undefined) {
  if (!statements?.length) return;
  const next = draftWithFixedStatements(weCan.$state.get().draft.value, statements);
  if (next) weCan.setDraft(next);
}

type Worked = Readonly<Record<string, { inWeek: EntryMeta[]; other: EntryMeta[] }>>;
const NOTHING_WORKED = { inWeek: [], other: [] };
const NO_ENTRIES: Readonly<Record<string, EntryMeta[]>> = {};

/** Each exercise's saved entries, split into those from the assignment's week and the rest. */
function useWorkedEntries(week: string): Worked {
  const byExercise = useStore($entriesByExercise, { ssr: 'initial' }) ?? NO_ENTRIES;
  return useMemo(() => {
    const split = (entries: EntryMeta[]) => ({
      inWeek: entries.filter((e) => inWeek(e.createdAt, week)),
      other: entries.filter((e) => !inWeek(e.createdAt, week)),
    });
    return Object.fromEntries(Object.entries(byExercise).map(([id, entries]) => [id, split(entries)]));
  }, [byExercise, week]);
}

/** A field of a saved entry that the student may share: key is "<entry id>:<field>". */
/** A private field starts ticked only when the student said so in the worksheet. */
function startsShared(f: ExerciseDefinition['fields'][number], e: EntryMeta): boolean {
  return !f.private || (f.private.optIn !== undefined && (e as unknown as Record<string, unknown>)[f.private.optIn] === true);
}

function defaultShared(worked: Worked, practices: PracticeInfo[]): Set<string> {
  const on = new Set<string>();
  for (const p of practices) {
    for (const ex of worksheetsOf(p)) {
      for (const e of (worked[ex.id] ?? NOTHING_WORKED).inWeek) {
        for (const f of ex.fields) if (startsShared(f, e)) on.add(`${e.id}:${f.key}`);
      }
    }
  }
  return on;
}

function HandInSection({
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
  const [nameError, setNameError] = useState('');
  const [classError, setClassError] = useState('');
  /** What would make the teacher's page refuse the hand-in (too many entries, too large), said first. */
  const [handInError, setHandInError] = useState('');
  const [shared, setShared] = useState<Set<string>>(() => defaultShared(worked, practices));
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
  useEffect(() => setShared((s) => new Set([...defaultShared(worked, practices), ...s])), [worked, practices]);

  // A long week: everything of one worksheet unticked at once, or ticked again as it started.
  const shareAll = (ex: ExerciseDefinition, list: EntryMeta[], on: boolean) => {
    setLink('');
    setFileOnly('');
    setHandInError('');
    setShared((s) => {
      const next = new Set(s);
      for (const e of list) {
        for (const f of ex.fields) {
          if (!on) next.delete(`${e.id}:${f.key}`);
          else if (startsShared(f, e)) next.add(`${e.id}:${f.key}`);
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

  const build = (risky: (text: string) => unknown): HandIn => {
    const entries: HandInEntry[] = [];
    for (const ex of exercises) {
      const store = storeOf(ex.id)!;
      for (const e of liveEntries(store.$state.get())) {
        const fields: HandInEntry['fields'] = {};
        for (const f of ex.fields) {
          const value = handInFieldValue((e as unknown as Record<string, unknown>)[f.key], f);
          const text = fieldText((e as unknown as Record<string, unknown>)[f.key], f);
          if (goesIn(`${e.id}:${f.key}`, text, risky) && value !== undefined && value !== '') fields[f.key] = value;
        }
        if (Object.keys(fields).length > 0) entries.push({ exercise: ex.id, createdAt: e.createdAt, fields });
      }
    }
    // Practices for which the student left something of this week unticked: the roster says "parts
    // kept private", never what they were.
    const withheld = practices
      .filter(
        (p) =>
          worksheetsOf(p).some((ex) =>
            (worked[ex.id] ?? NOTHING_WORKED).inWeek.some((e) =>
              ex.fields.some((f) => {
                const value = handInFieldValue((e as unknown as Record<string, unknown>)[f.key], f);
                const text = fieldText((e as unknown as Record<string, unknown>)[f.key], f);
                return value !== undefined && value !== '' && !goesIn(`${e.id}:${f.key}`, text, risky);
              }),
            ),
          ) || reflections.some((r) => r.practice === p.id && !reflectionGoesIn(r, risky)),
      )
      .map((p) => p.id);
    return {
      v: HAND_IN_VERSION,
      assignment: {
        practices: assignment.practices,
        week: assignment.week,
        className: studentClass.trim(),
        ...(assignment.areas?.length ? { areas: assignment.areas } : {}),
      },
      student: student.trim(),
      ...(withheld.length > 0 ? { withheld } : {}),
      handedInAt: new Date().toISOString(),
      entries,
      // Reflections are shared unless the student unticks them.
      reflections: reflections.filter((r) => reflectionGoesIn(r, risky)).map((r) => ({ practice: r.practice, text: r.text.trim() })),
    };
  };

  const make = async () => {
    if (!student.trim()) {
      setNameError('Write your name first, so your teacher knows whose work this is.');
      setTimeout(() => document.getElementById('handin-name')?.focus());
      return;
    }
    // The check decides what stays out, so the hand-in waits for it (it is loaded by now, almost always).
    const care = await loadRiskCheck().catch(() => undefined);
    if (!care) {
      setHandInError('Part of this page did not load, so the hand-in was not made. Check your connection and try again.');
      setTimeout(() => document.getElementById('handin-error')?.focus());
      return;
    }
    const handIn = build(care.riskIn);
    setShowQr(false);
    // Checked here, before a link or a file is made that the teacher's page would refuse.
    const problem = sendProblem(handIn);
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
    const signing = await import('../../lib/device-key').then((m) => m.signOnThisDevice(handIn)).catch(() => ({ handIn, signed: false }));
    setUnsigned(!signing.signed);
    const code = encodeHandIn(signing.handIn);
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

  const entryChoices = (ex: ExerciseDefinition, list: EntryMeta[]) =>
    list.map((e) => (
      <fieldset class="share-choice" key={e.id}>
        <legend>Saved {formatMoment(e.createdAt)}</legend>
        {ex.fields.map((f) => {
          const text = fieldText((e as unknown as Record<string, unknown>)[f.key], f);
          if (!text) return null;
          const key = `${e.id}:${f.key}`;
          const risky = flagged(text);
          return (
            <div class="choice" key={key}>
              <input
                type="checkbox"
                id={`share-${key}`}
                checked={goesIn(key, text)}
                aria-describedby={risky ? `share-${key}-care` : undefined}
                onChange={(ev) => toggle(key, (ev.currentTarget as HTMLInputElement).checked, risky)}
              />
              <label for={`share-${key}`}>
                <strong>{f.label}</strong>
                {(f.private || risky) && <span class="tag tag--private">Private</span>}: {text}
              </label>
              {risky && <CareChoiceNote id={`share-${key}-care`} />}
            </div>
          );
        })}
      </fieldset>
    ));

  return (
    <section aria-labelledby="handin-heading" class="handin">
      <h2 id="handin-heading">Hand in</h2>
      <p>
        Tick what you want your teacher to see. What is ticked below is exactly what goes into your hand-in link, and nothing else. Private
        lines are left out unless you tick them. The link carries your work itself: it is not uploaded anywhere.
      </p>
      <Field
        id="handin-name"
        label="Your name"
        hint="So your teacher knows whose work it is. Kept with this assignment in your browser."
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
      {!assignment.className && (
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
        const { inWeek: thisWeek, other } = worked[ex.id] ?? NOTHING_WORKED;
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
            {thisWeek.length === 0 ? <p>Nothing saved in this worksheet during the assignment’s week.</p> : entryChoices(ex, thisWeek)}
            {showOthers && other.length > 0 && (
              <>
                <h4>From other weeks</h4>
                {entryChoices(ex, other)}
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
        <fieldset class="share-choice">
          <legend>Your reflections</legend>
          {reflections.map((r) => {
            const risky = flagged(r.text);
            return (
              <div class="choice" key={r.practice}>
                <input
                  type="checkbox"
                  id={`share-reflection-${r.practice}`}
                  checked={reflectionGoesIn(r)}
                  aria-describedby={risky ? `share-reflection-${r.practice}-care` : undefined}
                  onChange={(ev) => {
                    const on = (ev.currentTarget as HTMLInputElement).checked;
                    if (risky) toggle(`reflection:${r.practice}`, on, true);
                    else toggle(`reflection-off:${r.practice}`, !on);
                  }}
                />
                <label for={`share-reflection-${r.practice}`}>
                  <strong>{practices.find((p) => p.id === r.practice)?.title}</strong>
                  {risky && <span class="tag tag--private">Private</span>}: {r.text}
                </label>
                {risky && <CareChoiceNote id={`share-reflection-${r.practice}-care`} />}
              </div>
            );
          })}
        </fieldset>
      )}
      <p>
        <button type="button" onClick={make}>
          Make my hand-in link
        </button>
      </p>
      {handInError && (
        <p class="notice notice--warning" id="handin-error" tabIndex={-1} role="alert" data-handin-problem>
          {handInError}
        </p>
      )}
      {(link || fileOnly) && unsigned && (
        <p class="muted" data-handin-unsigned>
          This browser could not sign your hand-in (it keeps no key in a private window, or the page is not on a secure connection), so your
          teacher’s page will show it as unsigned. It can still be handed in.
        </p>
      )}
      {link && (
        <div data-handin-link>
          <CopyField id="handin-link" label="Your hand-in link: send it to your teacher" value={link} />
          <p class="button-row">
            <button type="button" class="quiet" onClick={() => setShowQr((s) => !s)} aria-expanded={showQr}>
              {showQr ? 'Hide the QR code' : 'Show as a QR code'}
            </button>{' '}
            <button type="button" class="quiet" onClick={() => download(link.slice(link.indexOf('#h=') + 3))}>
              Download as a file
            </button>
          </p>
          {showQr && <QrCode text={link} label="QR code of your hand-in link" />}
        </div>
      )}
      {fileOnly && (
        <div class="notice notice--warning" data-handin-too-long>
          <p>
            <strong>Your hand-in is too long for a link</strong>: it would be {fileOnly.length.toLocaleString('en')} characters, and your
            teacher’s page opens links of up to {MAX_CODE_LENGTH.toLocaleString('en')}. Download it as a file and send the file to your
            teacher instead (they open it on the same page), or untick some long answers and make the link again.
          </p>
          <p>
            <button type="button" onClick={() => download(fileOnly)}>
              Download my hand-in as a file
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** Beside a hand-in choice whose words signal risk: why it starts unticked, and where help is. */
function CareChoiceNote({ id }: { id: string }) {
  return (
    <p class="field__hint choice__care" id={id} data-care-choice>
      This sounds hard, so it stays out of your hand-in unless you tick it yourself. If you would like to talk to someone now, the{' '}
      <a href="/help/">help page</a> lists who you can call or text.
    </p>
  );
}
