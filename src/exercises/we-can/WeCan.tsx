// The "We can" island: choose the group, rate five to eight things it might do together (0-100),
// see them as a chart, then write one line on the last time the group got something done together.
// The logic is in ./data.ts and ./validation.ts; the bank of statements arrives as island props.
import { useState } from 'preact/hooks';
import {
  GROUP_KINDS,
  GROUP_KIND_LABELS,
  MAX_GROUP_NAME,
  MAX_LAST_TIME,
  MAX_RATING,
  MAX_STATEMENT,
  MAX_STATEMENTS,
  MIN_RATING,
  MIN_STATEMENTS,
  RATING_STEP,
  STEM,
  AGREED_STEM,
  entryFromDraft,
  ratedStatements,
  sameStatement,
  type StatementBank,
  type WeCanDraft,
  type WeCanEntry,
} from './data';
import { weCan } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { ErrorMessage, Field } from '../shared/fields';
import { reportLazyFailure, useExercise, useLazy } from '../shared/use-exercise';
import type { WeCanField } from './validation';

const ID = 'we-can';
const RATINGS = Array.from({ length: (MAX_RATING - MIN_RATING) / RATING_STEP + 1 }, (_, i) => MIN_RATING + i * RATING_STEP);
const SCALE_HINT_ID = `${ID}-scale-hint`;

type Checks = typeof import('./WeCanErrors.lazy');
let checksLoading: Promise<Checks> | undefined;
/** Validation loads on the first Save; if it cannot be fetched the frame offers "Try again" and the draft stays. */
const loadChecks = () =>
  (checksLoading ??= import('./WeCanErrors.lazy').catch((error: unknown) => {
    checksLoading = undefined;
    throw error;
  }));

export default function WeCan({ level = 3, bank }: ExerciseProps & { bank: StatementBank }) {
  const { draft, entries, status, frame } = useExercise(weCan);
  const [errors, setErrors] = useState<Partial<Record<WeCanField, string>>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [checks, setChecks] = useState<Checks>();
  const [savedMessage, setSavedMessage] = useState<Said>('');

  // The store's draft, not this render's: a change can arrive before the last keystroke re-rendered.
  const current = () => weCan.$state.get().draft.value;
  const change = (next: WeCanDraft) => {
    weCan.setDraft(next);
    setSavedMessage('');
    if (showErrors && checks) setErrors(checks.validateWeCan(next));
  };
  const setStatement = (index: number, fields: Partial<WeCanDraft['statements'][number]>) => {
    const d = current();
    change({ ...d, statements: d.statements.map((row, i) => (i === index ? { ...row, ...fields } : row)) });
  };
  const addStatement = (text = '') => {
    const d = current();
    const empty = d.statements.findIndex((row) => !row.fixed && row.text.trim() === '');
    if (text && empty !== -1) return setStatement(empty, { text });
    if (d.statements.length >= MAX_STATEMENTS) return;
    change({ ...d, statements: [...d.statements, { text, rating: null, fixed: false }] });
    if (!text) setTimeout(() => document.getElementById(`${ID}-statement-${d.statements.length}`)?.focus());
  };
  const removeStatement = (index: number) => {
    const d = current();
    change({ ...d, statements: d.statements.filter((_, i) => i !== index) });
    setTimeout(() => document.getElementById(`${ID}-statement-${Math.max(0, index - 1)}`)?.focus());
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const loaded = await loadChecks().catch(reportLazyFailure);
    if (!loaded) return;
    setChecks(() => loaded);
    const latest = current();
    const problems = loaded.validateWeCan(latest);
    setErrors(problems);
    setShowErrors(true);
    setSavedMessage(''); // never an earlier "Saved." beside the errors
    if (Object.keys(problems).length > 0) {
      setTimeout(() => document.getElementById(`${ID}-errors`)?.focus());
      return;
    }
    const added = weCan.add(entryFromDraft(latest));
    // The next check starts from the same group and statements, unrated.
    weCan.setDraft({ ...latest, statements: latest.statements.map((s) => ({ ...s, rating: null })), lastTime: '' });
    setShowErrors(false);
    setErrors({});
    setSavedMessage(added ? 'Saved. It is in your list below.' : NOT_SAVED);
  };

  const today = ratedStatements(draft);
  const full = draft.statements.length >= MAX_STATEMENTS && !draft.statements.some((s) => !s.fixed && !s.text.trim());
  const suggestions = draft.groupKind ? bank[draft.groupKind] : [];
  // The chart loads once there is a rating to draw; how saved entries show, once there is one.
  const chart = useLazy(today.length > 0, () => import('./WeCanChart'));
  const saved = useLazy(entries.length > 0, () => import('./WeCanEntries.lazy'));
  const kindError = errors.groupKind;
  const together = draft.mode === 'agreed';
  const stem = together ? AGREED_STEM : STEM;

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={save} noValidate>
        {showErrors && checks && <checks.ErrorSummary id={`${ID}-errors`} errors={errors} />}
        <fieldset class="we-can-mode" aria-describedby={`${ID}-mode-hint`}>
          <legend class="fieldset__legend">Who is rating</legend>
          <p class="field__hint" id={`${ID}-mode-hint`}>
            Together: the group gathers round one device, talks each statement through and records the one rating it agrees on.
          </p>
          <div class="choices">
            {(['own', 'agreed'] as const).map((mode) => (
              <div class="choice" key={mode}>
                <input
                  type="radio"
                  name={`${ID}-mode`}
                  id={`${ID}-mode-${mode}`}
                  checked={draft.mode === mode}
                  onChange={() => change({ ...current(), mode })}
                />
                <label for={`${ID}-mode-${mode}`}>{mode === 'own' ? 'Just me, privately' : 'The group together: one agreed rating'}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset
          class={`we-can-group${kindError ? ' field--error' : ''}`}
          aria-describedby={[`${ID}-kind-hint`, kindError ? `${ID}-kind-error` : ''].filter(Boolean).join(' ')}
        >
          <legend class="fieldset__legend">1. The group you are rating</legend>
          <p class="field__hint" id={`${ID}-kind-hint`}>
            A group you belong to and do things with.
          </p>
          <ErrorMessage id={`${ID}-kind`} error={kindError} />
          <div class="choices">
            {GROUP_KINDS.map((kind) => (
              <div class="choice" key={kind}>
                <input
                  type="radio"
                  name={`${ID}-kind`}
                  id={`${ID}-kind-${kind}`}
                  value={kind}
                  checked={draft.groupKind === kind}
                  onChange={() => change({ ...current(), groupKind: kind })}
                />
                <label for={`${ID}-kind-${kind}`}>{GROUP_KIND_LABELS[kind]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field
          id={`${ID}-group-name`}
          label={draft.groupKind === 'other' ? 'Name the group' : 'Name the group (optional)'}
          hint="In a few words, for example “9B”, “the under-14s” or “the people I live with”."
          maxLength={MAX_GROUP_NAME}
          value={draft.groupName}
          error={errors.groupName}
          onInput={(groupName) => change({ ...current(), groupName })}
          care={level === 2 ? 3 : 4}
        />

        <fieldset class="grid-areas we-can-statements">
          <legend class="fieldset__legend">2. What your group can do together, and how sure you are</legend>
          <p class="field__hint" id={`${ID}-statements-hint`}>
            Between {MIN_STATEMENTS} and {MAX_STATEMENTS} statements. Each one finishes the sentence “{stem} …”. Write your own, or pick
            from the suggestions once you have chosen the kind of group.
          </p>
          <p class="field__hint" id={SCALE_HINT_ID}>
            0 means not at all sure; 100 means completely sure. Rate what you believe, not what you hope
            {together ? ': agree on one number for the group' : ''}.
          </p>
          <ErrorMessage id={`${ID}-statements`} error={errors.statements} />
          {suggestions.length > 0 && (
            <div class="suggestions">
              <span class="suggestions__label" id={`${ID}-suggestions`}>
                Suggestions:
              </span>
              <ul aria-labelledby={`${ID}-suggestions`}>
                {suggestions.map((text) => (
                  <li key={text}>
                    <button
                      type="button"
                      class="chip"
                      disabled={draft.statements.some((s) => sameStatement(s.text, text)) || full}
                      aria-label={`Add “${text}”`}
                      onClick={(event) => {
                        addStatement(text);
                        // The chip is about to be disabled and would drop focus: move on at once (a quick second
                        // Enter lands on the next chip), or to the first rating once no chip is left to offer.
                        const chips = [...(event.currentTarget.closest('ul')?.querySelectorAll('button') ?? [])];
                        const from = chips.indexOf(event.currentTarget);
                        [...chips.slice(from + 1), ...chips.slice(0, from)].find((b) => !b.disabled)?.focus();
                        setTimeout(() => {
                          const here = document.activeElement;
                          if (!(here instanceof HTMLButtonElement) || here.disabled) document.getElementById(`${ID}-rating-0-0`)?.focus();
                        });
                      }}
                    >
                      + {text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ol class="grid-areas__list">
            {draft.statements.map((row, i) => {
              const textId = `${ID}-statement-${i}`;
              const ratingError = errors[`rating-${i}`];
              const words = row.text.trim();
              return (
                <li class="grid-area" key={i}>
                  {row.fixed ? (
                    <p class="we-can-fixed" id={textId} tabIndex={-1}>
                      <span class="we-can-fixed__label">Statement {i + 1}, set for your group:</span> … {words}
                    </p>
                  ) : (
                    <Field
                      id={textId}
                      label={`Statement ${i + 1}: we, as a group, can …`}
                      maxLength={MAX_STATEMENT}
                      value={row.text}
                      error={errors[`statement-${i}`]}
                      onInput={(text) => setStatement(i, { text })}
                      care={level === 2 ? 3 : 4}
                    />
                  )}
                  <fieldset
                    class={`rating${ratingError ? ' field--error' : ''}`}
                    aria-describedby={[SCALE_HINT_ID, ratingError ? `${ID}-rating-${i}-error` : ''].filter(Boolean).join(' ')}
                  >
                    <legend class="rating__legend">
                      {stem} {words || `do statement ${i + 1}`}?
                    </legend>
                    <ErrorMessage id={`${ID}-rating-${i}`} error={ratingError} />
                    <div class="rating__scale rating__scale--hundred">
                      {RATINGS.map((n) => (
                        <label class="rating__option" key={n}>
                          <input
                            type="radio"
                            name={`${ID}-rating-${i}`}
                            id={`${ID}-rating-${i}-${n}`}
                            value={n}
                            checked={row.rating === n}
                            onChange={() => setStatement(i, { rating: n })}
                          />
                          <span>{n}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  {!row.fixed && draft.statements.length > MIN_STATEMENTS && (
                    <button type="button" class="quiet grid-area__remove" onClick={() => removeStatement(i)}>
                      Remove statement {i + 1}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {draft.statements.length < MAX_STATEMENTS && (
            <button type="button" class="quiet" onClick={() => addStatement()}>
              Add a statement
            </button>
          )}
        </fieldset>

        {chart && today.length > 0 && (
          <chart.WeCanChart ratings={today} caption={together ? 'How sure the group agreed it is today' : 'How sure you are today'} />
        )}

        <Field
          id={`${ID}-last-time`}
          label="3. The last time we got something done together"
          hint="One line: what the group did, and roughly when. For example: “We ran the cake stall at the summer fair in June.” If you cannot think of a time, say so."
          maxLength={MAX_LAST_TIME}
          value={draft.lastTime}
          error={errors.lastTime}
          onInput={(lastTime) => change({ ...current(), lastTime })}
          care={level === 2 ? 3 : 4}
        />
        <SaveBar save="Save this check" said={savedMessage} status={status} />
      </form>
      <SavedEntries<WeCanEntry>
        store={weCan}
        title="Your saved checks"
        noun="check"
        level={level}
        entries={entries}
        empty="Nothing saved yet. Each check you save is listed here, newest first."
        renderEntry={saved?.renderCheck}
        renderEditor={saved?.renderCheckEditor}
      />
    </ExerciseFrame>
  );
}
