// The teacher's assignment builder: choose practices, the week and (optionally) a class name and a
// note; get a link, a QR code, a printable handout and a Google Classroom share link. Nothing is
// sent anywhere: the link itself carries the assignment.
import { useEffect, useState } from 'preact/hooks';
import { buildAssignmentQuery, MAX_CLASS_NAME, MAX_NOTE, textProblem, type Assignment } from '../../lib/assignment-link';
import { isoDay, parseDay, weekLabel, weekStart } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { Field } from '../../exercises/shared/fields';
import { CopyField } from './CopyField';
import { QrCode } from './QrCode';

export default function AssignmentBuilder({ practices }: { practices: PracticeInfo[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [week, setWeek] = useState('');
  const [className, setClassName] = useState('');
  const [note, setNote] = useState('');
  // This week and this site's address are known only on the device; set after hydration, so the
  // first render matches the server's.
  const [thisWeek, setThisWeek] = useState('');
  const [origin, setOrigin] = useState('');
  useEffect(() => {
    setThisWeek(isoDay(weekStart(new Date())));
    setOrigin(location.origin);
  }, []);
  const day = parseDay(week || thisWeek);
  const classProblem = textProblem(className, MAX_CLASS_NAME);
  const noteProblem = textProblem(note, MAX_NOTE, { lines: true });
  const assignment: Assignment | undefined =
    chosen.length > 0 && day && !classProblem && !noteProblem
      ? { practices: practices.map((p) => p.id).filter((id) => chosen.includes(id)), week: isoDay(weekStart(day)), className, note }
      : undefined;
  const link = assignment ? `${origin}/assignment/${buildAssignmentQuery(assignment)}` : '';
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const selected = practices.filter((p) => chosen.includes(p.id));

  return (
    <div class="teach">
      <div class="teach__builder">
        <fieldset>
          <legend class="fieldset__legend">1. Choose the practices</legend>
          <p class="field__hint">Each lesson ends with one weekly practice. Choose one or more.</p>
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
          <input
            type="date"
            id="assign-week"
            aria-describedby="assign-week-hint"
            value={week || thisWeek}
            onInput={(e) => setWeek((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <Field
          id="assign-class"
          label="3. Class name (optional)"
          hint="Shown to students, for example “Year 9, set 2”."
          value={className}
          maxLength={MAX_CLASS_NAME}
          error={classProblem}
          onInput={setClassName}
        />
        <Field
          id="assign-note"
          label="4. A short note (optional)"
          hint={`Up to ${MAX_NOTE} characters, shown to students as plain text.`}
          value={note}
          rows={3}
          maxLength={MAX_NOTE}
          error={noteProblem}
          onInput={setNote}
        />
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
              </button>
            </p>
            <h3>QR code for the classroom screen</h3>
            <QrCode text={link} label="QR code of the assignment link" />
          </>
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
          {selected.map((p) => (
            <div class="handout__practice" key={p.id}>
              <h3>{p.title}</h3>
              <ol>
                {p.steps.map((step) => (
                  <li>{step}</li>
                ))}
              </ol>
              <p>
                <strong>At the end of the week:</strong> {p.reflection}
              </p>
              {[1, 2, 3, 4, 5].map((n) => (
                <div class="handout__lines" key={n} aria-hidden="true" />
              ))}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
