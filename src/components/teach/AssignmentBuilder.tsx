// The teacher's assignment builder: choose practices, the week, (optionally) a class name, a note and
// the class's shared grid areas; get a link, a QR code (full screen for a projector), a printable
// handout and a Google Classroom share link. Nothing is sent anywhere: the link itself carries the
// assignment. The form as typed and the assignments kept are saved in this browser through the one
// write path (src/stores/built-assignments.ts).
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  areasProblems,
  buildAssignmentQuery,
  linkLengthProblem,
  MAX_AREAS,
  MAX_LINK_STATEMENTS,
  MAX_CLASS_NAME,
  MAX_NOTE,
  MAX_PRACTICES,
  statementsProblems,
  textProblem,
  type Assignment,
} from '../../lib/assignment-link';
import { blankBuilt, type BuiltAssignment, type BuiltFields } from '../../lib/built-assignments-data';
import { isoDay, parseDay, weekLabel, weekProblem, weekStart } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries } from '../../lib/storage/entries';
import { GRID_EXERCISE } from '../../exercises/shared-areas';
import { WE_CAN_EXERCISE } from '../../lib/exercise-ids';
import { builtAssignments } from '../../stores/built-assignments';
import { DraftNotices } from './DraftNotices';
import { Field } from '../../exercises/shared/fields';
import { CopyField } from './CopyField';
import { practiceWords } from '../../lib/group-words';
import { QrCode } from './QrCode';
import { refuseWhenFramed } from '../../lib/framing';

const areasOf = (text: string) =>
  text
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);

/** `statementBank`: suggested "We can" statements for a class, as the page's props (not in the script). */
export default function AssignmentBuilder({
  practices,
  statementBank = [],
}: {
  practices: PracticeInfo[];
  statementBank?: readonly string[];
}) {
  const state = useStore(builtAssignments.$state, { ssr: 'initial' });
  const form: BuiltFields = { ...blankBuilt(), ...state.draft.value };
  const kept = liveEntries(state) as BuiltAssignment[];
  // The areas box keeps what is typed (blank lines too); the saved form keeps the areas.
  const [areasText, setAreasText] = useState<string | undefined>(undefined);
  const [statementsText, setStatementsText] = useState<string | undefined>(undefined);
  // From the store, not this render's `form`: two quick changes before a render must both count.
  const current = (): BuiltFields => ({ ...blankBuilt(), ...builtAssignments.$state.get().draft.value });
  const set = (fields: Partial<BuiltFields>) => builtAssignments.setDraft({ ...current(), ...fields });
  const { practices: chosen, week, className, note } = form;
  // This week and this site's address are known only on the device; set after hydration, so the
  // first render matches the server's.
  const [thisWeek, setThisWeek] = useState('');
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState('');
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    setThisWeek(isoDay(weekStart(new Date())));
    setOrigin(location.origin);
  }, []);
  const parsedDay = parseDay(week || thisWeek);
  // A day whose week reaches past 9999 (or before 0001) cannot go in a link (src/lib/dates.ts).
  const weekOutOfRange = parsedDay !== undefined && weekProblem(isoDay(weekStart(parsedDay))) !== undefined;
  const day = weekOutOfRange ? undefined : parsedDay;
  const takesAreas = practices.some((p) => chosen.includes(p.id) && p.worksheets.some((w) => w.id === GRID_EXERCISE));
  const areas = takesAreas ? (areasText === undefined ? form.areas : areasOf(areasText)) : [];
  const classProblem = textProblem(className, MAX_CLASS_NAME);
  const noteProblem = textProblem(note, MAX_NOTE, { lines: true });
  const areaProblem = areasProblems(areas)[0];
  const takesStatements = practices.some((p) => chosen.includes(p.id) && p.worksheets.some((w) => w.id === WE_CAN_EXERCISE));
  const statements = takesStatements ? (statementsText === undefined ? (form.statements ?? []) : areasOf(statementsText)) : [];
  const statementProblem = statementsProblems(statements)[0];
  const tooMany = chosen.length > MAX_PRACTICES ? `Choose at most ${MAX_PRACTICES} practices for one week.` : undefined;
  const candidate: Assignment | undefined =
    chosen.length > 0 && day && !classProblem && !noteProblem && !areaProblem && !statementProblem && !tooMany
      ? {
          practices: practices.map((p) => p.id).filter((id) => chosen.includes(id)),
          week: isoDay(weekStart(day)),
          className,
          note,
          areas,
          ...(statements.length > 0 ? { statements } : {}),
        }
      : undefined;
  // A link longer than an assignment link may be would be refused when opened: not offered at all.
  const lengthProblem = candidate && linkLengthProblem(candidate);
  const assignment = lengthProblem ? undefined : candidate;
  const linkOf = (a: Assignment) => `${origin}/assignment/${buildAssignmentQuery(a)}`;
  const link = assignment ? linkOf(assignment) : '';
  const toggle = (id: string, on: boolean) => {
    const now = current().practices;
    set({ practices: on ? [...now.filter((x) => x !== id), id] : now.filter((x) => x !== id) });
  };
  const selected = practices.filter((p) => chosen.includes(p.id));
  const title = (a: BuiltFields) =>
    `${a.className ? `${a.className}, ` : ''}${a.week ? weekLabel(a.week) : 'this week'}: ${practices
      .filter((p) => a.practices.includes(p.id))
      .map((p) => p.title)
      .join('; ')}`;

  const keep = () => {
    if (!assignment) return;
    const same = kept.find((k) => buildAssignmentQuery(k) === buildAssignmentQuery(assignment));
    if (same) return setMessage('This assignment is already in your list.');
    builtAssignments.add({ ...assignment, areas: assignment.areas ?? [] });
    setMessage('Kept in this browser: it is in the list below.');
  };
  const reopen = (a: BuiltAssignment) => {
    setAreasText(undefined);
    setStatementsText(undefined);
    builtAssignments.setDraft({
      practices: a.practices,
      week: a.week,
      className: a.className,
      note: a.note,
      areas: a.areas,
      statements: a.statements ?? [],
    });
    setMessage(`Opened “${title(a)}” in the form above.`);
    setTimeout(() => document.getElementById('assign-link')?.focus());
  };
  const copy = async (a: BuiltAssignment) => {
    try {
      await navigator.clipboard.writeText(linkOf(a));
      setMessage('Link copied.');
    } catch {
      setMessage('Copying is blocked here: open the assignment and copy its link from the field.');
    }
  };
  const remove = (a: BuiltAssignment) => {
    if (refuseWhenFramed()) return;
    builtAssignments.remove(a.id);
    setMessage(`Deleted “${title(a)}”.`);
  };

  return (
    <div class="teach">
      <div class="teach__builder">
        <DraftNotices store={builtAssignments} />
        <fieldset aria-describedby={tooMany ? 'pick-error' : undefined}>
          <legend class="fieldset__legend">1. Choose the practices</legend>
          <p class="field__hint">
            Each lesson ends with one weekly practice; each tool can also be assigned on its own. Choose one or more (up to {MAX_PRACTICES}
            ).
          </p>
          {tooMany && (
            <p class="field__error" id="pick-error">
              {tooMany}
            </p>
          )}
          <div class="choices">
            {practices.map((p) => (
              <div class="choice" key={p.id}>
                <input
                  type="checkbox"
                  id={`pick-${p.id}`}
                  checked={chosen.includes(p.id)}
                  onChange={(e) => toggle(p.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`pick-${p.id}`}>
                  {p.title}{' '}
                  <span class="muted">
                    (from “{p.lessonTitle}”{p.worksheets.length > 0 ? ', with a worksheet' : ''})
                  </span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label class="field__label" for="assign-week">
            2. The week it runs
          </label>
          <p class="field__hint" id="assign-week-hint">
            Any day of the week will do; the assignment runs Monday to Sunday. {day ? `${weekLabel(isoDay(weekStart(day)))}.` : ''}
          </p>
          {weekOutOfRange && (
            <p class="field__error" id="assign-week-error">
              Choose a week in the years 0001 to 9999.
            </p>
          )}
          <input
            type="date"
            id="assign-week"
            aria-describedby={weekOutOfRange ? 'assign-week-hint assign-week-error' : 'assign-week-hint'}
            aria-invalid={weekOutOfRange || undefined}
            value={week || thisWeek}
            onInput={(e) => set({ week: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <Field
          id="assign-class"
          label="3. Class name (optional)"
          hint="Shown to students, for example “Year 9, set 2”."
          value={className}
          maxLength={MAX_CLASS_NAME}
          error={classProblem}
          onInput={(v) => set({ className: v })}
        />
        <Field
          id="assign-note"
          label="4. A short note (optional)"
          hint={`Up to ${MAX_NOTE} characters, shown to students as plain text.`}
          value={note}
          rows={3}
          maxLength={MAX_NOTE}
          error={noteProblem}
          onInput={(v) => set({ note: v })}
        />
        {takesAreas && (
          <Field
            id="assign-areas"
            label="5. The class’s grid areas (optional)"
            hint={`One per line, up to ${MAX_AREAS}, for example “Speaking in class”. Every student’s grid starts with these, so the review page can show the class area by area.`}
            value={areasText ?? form.areas.join('\n')}
            rows={4}
            error={areaProblem}
            onInput={(v) => {
              setAreasText(v);
              set({ areas: areasOf(v) });
            }}
          />
        )}
        {takesStatements && (
          <div class="assign-statements">
            <Field
              id="assign-statements"
              label={`${takesAreas ? 6 : 5}. The class’s “We can” statements (optional)`}
              hint={`One per line, up to ${MAX_LINK_STATEMENTS}, each finishing “How sure am I that we, as a group, can …”, for example “finish the group project on time”. Students rate these and cannot change them; they may add their own.`}
              value={statementsText ?? (form.statements ?? []).join('\n')}
              rows={5}
              error={statementProblem ?? lengthProblem}
              onInput={(v) => {
                setStatementsText(v);
                set({ statements: areasOf(v) });
              }}
            />
            {statementBank.length > 0 && (
              <div class="suggestions">
                <span class="suggestions__label" id="assign-statement-ideas">
                  Add a suggestion:
                </span>
                <ul aria-labelledby="assign-statement-ideas">
                  {statementBank.map((text) => (
                    <li key={text}>
                      <button
                        type="button"
                        class="chip"
                        disabled={
                          statements.some((t) => t.toLocaleLowerCase() === text.toLocaleLowerCase()) ||
                          statements.length >= MAX_LINK_STATEMENTS
                        }
                        aria-label={`Add “${text}” to the statements`}
                        onClick={() => {
                          const next = [...areasOf(statementsText ?? (current().statements ?? []).join('\n')), text];
                          setStatementsText(next.join('\n'));
                          set({ statements: next });
                          document.getElementById('assign-statements')?.focus();
                        }}
                      >
                        + {text}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {!takesStatements && lengthProblem && (
          <p class="field__error" role="alert">
            {lengthProblem}
          </p>
        )}
      </div>

      <section aria-labelledby="assign-out" class="no-print">
        <h2 id="assign-out">Your assignment</h2>
        {!assignment ? (
          <p>{chosen.length === 0 ? 'Choose at least one practice to get a link.' : 'Fix the problem marked above to get a link.'}</p>
        ) : (
          <>
            <CopyField id="assign-link" label="Link for your students" value={link} />
            <p class="button-row">
              <a
                class="button button--quiet"
                href={`https://classroom.google.com/share?url=${encodeURIComponent(link)}`}
                rel="noopener"
                target="_blank"
              >
                Share to Google Classroom<span class="visually-hidden"> (opens Google Classroom in a new tab)</span>
              </a>{' '}
              <button type="button" class="quiet" onClick={() => print()}>
                Print the handout
              </button>{' '}
              <button type="button" class="quiet" onClick={keep}>
                Keep in my list
              </button>
            </p>
            <h3>QR code for the classroom screen</h3>
            <QrCode text={link} label="QR code of the assignment link" />
            <p>
              <button type="button" class="quiet" onClick={() => setFullScreen(true)}>
                Show the QR code full screen
              </button>
            </p>
            {fullScreen && (
              <FullScreenQr link={link} heading={title({ ...form, week: assignment.week })} onClose={() => setFullScreen(false)} />
            )}
          </>
        )}
        <p role="status" aria-live="polite">
          {message}
        </p>
      </section>

      <section aria-labelledby="kept-heading" class="no-print" data-built-assignments>
        <h2 id="kept-heading">Your assignments</h2>
        {kept.length === 0 ? (
          <p>None kept yet. “Keep in my list” keeps an assignment in this browser, to open, copy or delete later.</p>
        ) : (
          <ul class="built-list">
            {kept.map((a) => (
              <li key={a.id}>
                <span>{title(a)}</span>{' '}
                <span class="button-row">
                  <button type="button" class="quiet" onClick={() => reopen(a)}>
                    Open<span class="visually-hidden"> {title(a)}</span>
                  </button>
                  <button type="button" class="quiet" onClick={() => void copy(a)}>
                    Copy link<span class="visually-hidden"> of {title(a)}</span>
                  </button>
                  <button type="button" class="quiet" onClick={() => remove(a)}>
                    Delete<span class="visually-hidden"> {title(a)}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {assignment && (
        <section class="handout" aria-labelledby="handout-heading">
          <h2 id="handout-heading">
            Handout: {className ? `${className}, ` : ''}
            {weekLabel(assignment.week)}
          </h2>
          {note && (
            <p>
              {note.split('\n').map((line, i) => (
                <>
                  {i > 0 && <br />}
                  {line}
                </>
              ))}
            </p>
          )}
          <div class="handout__link">
            <p>
              <strong>Open the assignment:</strong> <span class="handout__url">{link}</span>
            </p>
            <QrCode text={link} label="QR code of the assignment link, for the handout" />
          </div>
          {areas.length > 0 && (
            <p>
              <strong>Our class’s grid areas:</strong> {areas.join('; ')}.
            </p>
          )}
          {statements.length > 0 && (
            <p>
              <strong>Our class’s “We can” statements:</strong> {statements.join('; ')}.
            </p>
          )}
          {selected.map((p) => {
            const words = practiceWords(p, { areas });
            return (
              <div class="handout__practice" key={p.id}>
                <h3>{p.title}</h3>
                <ol>
                  {words.steps.map((step) => (
                    <li>{step}</li>
                  ))}
                </ol>
                <p>
                  <strong>At the end of the week:</strong> {words.reflection}
                </p>
                {[1, 2, 3, 4, 5].map((n) => (
                  <div class="handout__lines" key={n} aria-hidden="true" />
                ))}
              </div>
            );
          })}
        </section>
      )}
    </div>
  );
}

/** The QR code as large as the screen allows, for a projector: a modal dialog, full screen when the browser lets it. */
function FullScreenQr({ link, heading, onClose }: { link: string; heading: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
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
  return (
    <dialog ref={ref} class="qr-dialog" aria-labelledby="qr-dialog-heading" onClose={onClose}>
      <h2 id="qr-dialog-heading">{heading}</h2>
      <QrCode text={link} label="QR code of the assignment link, full screen" />
      <p class="handout__url">{link}</p>
      <p>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </p>
    </dialog>
  );
}
