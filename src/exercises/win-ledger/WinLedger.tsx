// The win ledger: bank a win in one line with its area and how hard it was, then see the wins per
// week and per area and a run of days that one missed day does not break. It only ever counts what
// went right (src/exercises/win-ledger/data.ts): early setbacks weigh most, so nothing here keeps a
// tally of misses.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { formatDay, formatMoment } from '../../lib/dates';
import {
  areaKey,
  areaSpellings,
  DIFFICULTIES,
  draftDay,
  emptyWinDraft,
  FIRST_WIN_PROMPT,
  MAX_WIN,
  topAreas,
  winProblems,
  winsByDay,
  winsPerDomain,
  type WinEntry,
  type WinField,
  type WinLedgerDraft,
} from './data';
import { winLedger } from './store';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { ErrorMessage, Field, describedBy } from '../shared/fields';
import { SavedEntries } from '../shared/SavedEntries';
import { useExercise, useLazy } from '../shared/use-exercise';
import { countOf } from '../../lib/counts';

const ID = 'win-ledger';
/** Areas named in the area field's hint, the most used first. */
const AREAS_IN_HINT = 8;

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
// A card leads with the day of the win; when it was banked comes after, quieter.
const renderWhen = (entry: WinEntry) => (
  <>
    <time class="entry__day" dateTime={entry.day}>
      {formatDay(entry.day)}
    </time>{' '}
    <span class="entry__banked">
      · Banked <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>
    </span>
  </>
);

const renderEditor = (entry: WinEntry, prefix: string) => (
  <>
    <Field
      id={`${prefix}-first`}
      label="The win"
      maxLength={MAX_WIN}
      value={entry.win}
      onInput={(win) => win.trim() && winLedger.update(entry.id, { win })}
      care={4}
    />
    <Field
      id={`${prefix}-domain`}
      label="Area of life"
      maxLength={80}
      value={entry.domain}
      onInput={(domain) => domain.trim() && winLedger.update(entry.id, { domain })}
    />
  </>
);

export default function WinLedger({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(winLedger);
  // Listed by the day of the win; sorted again only when the entries change, not per keystroke.
  const listed = useMemo(() => winsByDay(entries), [entries]);
  const [errors, setErrors] = useState<Partial<Record<WinField, string>>>({});
  const [message, setMessage] = useState<Said>('');
  const Heading = level === 2 ? 'h3' : 'h4';
  const today = new Date();
  // The tallies load once something is banked: a first visit needs only the form.
  const Tally = useLazy(entries.length > 0, () => import('./WinTally.lazy'));
  // One spelling per area ("School" and "school" are one), in the hint, the cards and the tallies.
  const spellings = useMemo(() => areaSpellings(entries), [entries]);
  // The hint names the areas used most (a ledger kept for years can hold thousands), worked out once per change of the wins.
  const areasHint = useMemo(() => {
    const { shown, others } = topAreas(winsPerDomain(entries), AREAS_IN_HINT);
    if (shown.length === 0) return 'For example: work, running, French.';
    const more = others.areas > 0 ? `, and ${countOf(others.areas, ['other', 'others'])}` : '';
    return `Use the same words each time to see it add up. So far: ${shown.map((d) => d.domain).join(', ')}${more}.`;
  }, [entries]);
  const renderEntry = useCallback(
    (entry: WinEntry) => (
      <p>
        {entry.win} <span class="tag">{spellings.get(areaKey(entry.domain)) ?? entry.domain}</span>{' '}
        <span class="tag">{entry.difficulty}</span>
      </p>
    ),
    [spellings],
  );

  const change = (fields: Partial<WinLedgerDraft>) => {
    winLedger.setDraft({ ...winLedger.$state.get().draft.value, ...fields });
    setMessage('');
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(fields).map((k) => [k, undefined])) }));
  };

  const bank = (event: Event) => {
    event.preventDefault();
    const draft = winLedger.$state.get().draft.value; // not this render's: see SelfCompassion
    const problems = winProblems(draft, today);
    setErrors(problems);
    setMessage(''); // said again below once banked: never "Banked" beside errors
    const first = (['win', 'domain', 'difficulty', 'day'] as const).find((k) => problems[k]);
    if (first) {
      document.getElementById(`${ID}-${first === 'difficulty' ? 'difficulty-0' : first}`)?.focus();
      return;
    }
    const added = winLedger.add({
      win: draft.win.trim(),
      domain: draft.domain.trim().replace(/\s+/g, ' '),
      difficulty: draft.difficulty as WinEntry['difficulty'],
      day: draftDay(draft, today),
    });
    // The area stays: the next win is often from the same place.
    winLedger.setDraft({ ...emptyWinDraft(), domain: draft.domain });
    setMessage(added ? 'Banked. It is counted below.' : NOT_SAVED);
    document.getElementById(`${ID}-win`)?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={bank} noValidate>
        <Field
          id={`${ID}-win`}
          label="The win, in one line"
          hint="Anything you did that you were not sure you could, however small: “Asked a question in the meeting.”"
          maxLength={MAX_WIN}
          value={draft.win}
          error={errors.win}
          onInput={(win) => change({ win })}
          care={level === 2 ? 3 : 4}
        />
        <Field
          id={`${ID}-domain`}
          label="Area of life"
          hint={areasHint}
          maxLength={80}
          value={draft.domain}
          error={errors.domain}
          onInput={(domain) => change({ domain })}
        />
        <fieldset
          class={`choices${errors.difficulty ? ' field--error' : ''}`}
          aria-describedby={errors.difficulty ? `${ID}-difficulty-error` : undefined}
        >
          <legend class="field__label">How hard was it?</legend>
          <ErrorMessage id={`${ID}-difficulty`} error={errors.difficulty} />
          {DIFFICULTIES.map((d, i) => (
            <div class="choice" key={d}>
              <input
                type="radio"
                name={`${ID}-difficulty`}
                id={`${ID}-difficulty-${i}`}
                checked={draft.difficulty === d}
                onChange={() => change({ difficulty: d })}
              />
              <label for={`${ID}-difficulty-${i}`}>{d[0]!.toUpperCase() + d.slice(1)}</label>
            </div>
          ))}
        </fieldset>
        <div class={errors.day ? 'field field--error' : 'field'}>
          <label class="field__label" for={`${ID}-day`}>
            Day
          </label>
          <p class="field__hint" id={`${ID}-day-hint`}>
            Leave it empty for today.
          </p>
          <ErrorMessage id={`${ID}-day`} error={errors.day} />
          <input
            type="date"
            id={`${ID}-day`}
            value={draft.day}
            aria-describedby={describedBy(`${ID}-day`, true, errors.day)}
            aria-invalid={errors.day ? 'true' : undefined}
            onInput={(e) => change({ day: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <SaveBar save="Bank this win" said={message} status={status} />
      </form>

      <section class="ledger" aria-labelledby={`${ID}-tally`}>
        <Heading id={`${ID}-tally`}>Your wins so far</Heading>
        {Tally ? (
          <Tally.WinTally entries={entries} />
        ) : (
          <p class="ledger__streak" data-streak="0">
            {entries.length === 0 ? FIRST_WIN_PROMPT : 'Counting your wins…'}
          </p>
        )}
      </section>

      <SavedEntries<WinEntry>
        store={winLedger}
        title="Your banked wins"
        noun="win"
        level={level}
        entries={listed}
        empty="Nothing banked yet. Your wins will be listed here, latest day first."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
        renderWhen={renderWhen}
      />
    </ExerciseFrame>
  );
}
