// The efficacy grid island: list 4-6 areas of life, rate each 1-10, see the grid as a chart, pick one
// low area and name one small success for it this week. Rounds are kept, so change shows over time.
// The logic (validation, histories) is in src/exercises/efficacy-grid/data.ts.
import { useState } from 'preact/hooks';
import {
  MAX_DOMAINS,
  MAX_DOMAIN_NAME,
  MAX_RATING,
  MIN_DOMAINS,
  MIN_RATING,
  draftFromRound,
  emptyGridDraft,
  focusCandidates,
  isSharedRow,
  roundFromDraft,
  type EfficacyGridDraft,
  type EfficacyGridEntry,
} from './data';
import { efficacyGrid } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import type { ExerciseProps } from '../shared/ExerciseFrame';
import { ExerciseFrame } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { ErrorMessage, Field } from '../shared/fields';
import { reportLazyFailure, useExercise, useLazy } from '../shared/use-exercise';
import type { GridField } from './validation';

const ID = 'efficacy-grid';
const RATINGS = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, i) => i + MIN_RATING);
const SCALE_HINT_ID = `${ID}-scale-hint`;

type Checks = typeof import('./GridErrors.lazy');
let checksLoading: Promise<Checks> | undefined;
/**
 * Validation loads when someone first presses Save. If it cannot be fetched, the frame says so with a
 * "Try again" (the round stays in the draft, saved as typed), and the next Save tries again.
 */
const loadChecks = () =>
  (checksLoading ??= import('./GridErrors.lazy').catch((error: unknown) => {
    checksLoading = undefined;
    throw error;
  }));

/** The suggested areas travel as the island's props (Island.astro), written into the page, not into the script. */
export default function EfficacyGrid({ level = 3, suggestions }: ExerciseProps & { suggestions: readonly string[] }) {
  const { draft, entries, status, frame } = useExercise(efficacyGrid);
  const [errors, setErrors] = useState<Partial<Record<GridField, string>>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [checks, setChecks] = useState<Checks>();
  const [savedMessage, setSavedMessage] = useState<Said>('');

  const change = (next: EfficacyGridDraft) => {
    efficacyGrid.setDraft(next);
    setSavedMessage('');
    if (showErrors && checks) setErrors(checks.validateGrid(next));
  };
  const current = () => efficacyGrid.$state.get().draft.value;
  const setDomain = (index: number, fields: Partial<EfficacyGridDraft['domains'][number]>) => {
    const d = current();
    change({ ...d, domains: d.domains.map((row, i) => (i === index ? { ...row, ...fields } : row)) });
  };
  const addDomain = (name = '') => {
    const d = current();
    const empty = d.domains.findIndex((row) => row.name.trim() === '');
    if (name && empty !== -1) return setDomain(empty, { name });
    if (d.domains.length >= MAX_DOMAINS) return;
    change({ ...d, domains: [...d.domains, { name, rating: null }] });
    if (!name) setTimeout(() => document.getElementById(`${ID}-domain-${d.domains.length}`)?.focus());
  };
  const removeDomain = (index: number) => {
    const d = current();
    const removed = d.domains[index]?.name ?? '';
    if (isSharedRow(d, removed)) return; // the class's area stays (its button is not shown either)
    change({
      ...d,
      domains: d.domains.filter((_, i) => i !== index),
      focus: d.focus === removed ? '' : d.focus,
    });
    setTimeout(() => document.getElementById(`${ID}-domain-${Math.max(0, index - 1)}`)?.focus());
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const loaded = await loadChecks().catch(reportLazyFailure);
    if (!loaded) return;
    setChecks(() => loaded);
    const latest = current();
    const problems = loaded.validateGrid(latest);
    setErrors(problems);
    setShowErrors(true);
    setSavedMessage(''); // never an earlier "Saved." beside the errors
    if (Object.keys(problems).length > 0) {
      setTimeout(() => document.getElementById(`${ID}-errors`)?.focus());
      return;
    }
    const added = efficacyGrid.add(roundFromDraft(latest));
    efficacyGrid.setDraft(emptyGridDraft());
    setShowErrors(false);
    setErrors({});
    setSavedMessage(added ? 'Saved.' : NOT_SAVED);
  };

  const startFromLast = () => {
    change(draftFromRound(entries[0]));
    setTimeout(() => document.getElementById(`${ID}-rating-0-1`)?.focus());
  };

  const names = new Set(draft.domains.map((d) => d.name.trim().toLocaleLowerCase()));
  const candidates = focusCandidates(draft);
  const lowest = candidates[0]?.rating;
  const draftIsBlank = draft.domains.every((d) => !d.name.trim() && d.rating === null) && !draft.success.trim();

  const today = roundFromDraft(draft).ratings;
  // The chart loads once there is a rating to draw (the page's first load stays within budget).
  const chart = useLazy(today.length > 0, () => import('./GridChart'));
  // How saved rounds are shown (and the history across them) loads once there is a saved round.
  const rounds = useLazy(entries.length > 0, () => import('./GridRounds.lazy'));
  // "Then and now" loads once there are two saved rounds.
  const thenNow = useLazy(entries.length > 1, () => import('./GridThenNow.lazy'));

  return (
    <ExerciseFrame {...frame}>
      {entries.length > 0 && draftIsBlank && (
        <p>
          <button type="button" class="quiet" onClick={startFromLast}>
            Rate again, starting from your last round
          </button>
        </p>
      )}
      <form class="exercise__form" onSubmit={save} noValidate>
        {showErrors && checks && <checks.ErrorSummary id={`${ID}-errors`} errors={errors} />}
        <fieldset class="grid-areas">
          <legend class="fieldset__legend">1. Your areas, and how sure you are in each</legend>
          <p class="field__hint" id={`${ID}-areas-hint`}>
            Pick from the suggestions or write your own. Between {MIN_DOMAINS} and {MAX_DOMAINS} areas.
          </p>
          <p class="field__hint" id={SCALE_HINT_ID}>
            1 means not at all sure; 10 means completely sure.
          </p>
          <ErrorMessage id={`${ID}-domains`} error={errors.domains} />
          <div class="suggestions">
            <span class="suggestions__label" id={`${ID}-suggestions`}>
              Suggestions:
            </span>
            <ul aria-labelledby={`${ID}-suggestions`}>
              {suggestions.map((name) => {
                const used = names.has(name.toLocaleLowerCase());
                const full = draft.domains.length >= MAX_DOMAINS && !draft.domains.some((d) => !d.name.trim());
                return (
                  <li key={name}>
                    <button type="button" class="chip" disabled={used || full} aria-label={`Add “${name}”`} onClick={() => addDomain(name)}>
                      + {name}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
          <ol class="grid-areas__list">
            {draft.domains.map((row, i) => {
              const nameId = `${ID}-domain-${i}`;
              const nameError = errors[`domain-${i}`];
              const ratingError = errors[`rating-${i}`];
              const label = row.name.trim() || `area ${i + 1}`;
              // The class's shared areas keep their names and their rows: the class grid counts them.
              const shared = isSharedRow(draft, row.name);
              return (
                <li class="grid-area" key={i}>
                  <Field
                    id={nameId}
                    label={`Area ${i + 1}`}
                    hint={
                      shared
                        ? 'Your class’s area, set by your teacher: it stays as it is so the class grid can count it. Add your own below.'
                        : undefined
                    }
                    maxLength={MAX_DOMAIN_NAME}
                    value={row.name}
                    error={nameError}
                    readOnly={shared}
                    onInput={(name) => setDomain(i, { name })}
                  />
                  <fieldset
                    class={`rating${ratingError ? ' field--error' : ''}`}
                    aria-describedby={[SCALE_HINT_ID, ratingError ? `${ID}-rating-${i}-error` : ''].filter(Boolean).join(' ')}
                  >
                    <legend class="rating__legend">How sure are you that you can handle {label}?</legend>
                    <ErrorMessage id={`${ID}-rating-${i}`} error={ratingError} />
                    <div class="rating__scale">
                      {RATINGS.map((n) => (
                        <label class="rating__option" key={n}>
                          <input
                            type="radio"
                            name={`${ID}-rating-${i}`}
                            id={`${ID}-rating-${i}-${n}`}
                            value={n}
                            checked={row.rating === n}
                            onChange={() => setDomain(i, { rating: n })}
                          />
                          <span>{n}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  {draft.domains.length > MIN_DOMAINS && !shared && (
                    <button type="button" class="quiet grid-area__remove" onClick={() => removeDomain(i)}>
                      Remove {row.name.trim() ? `“${row.name.trim()}”` : `area ${i + 1}`}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {draft.domains.length < MAX_DOMAINS && (
            <button type="button" class="quiet" onClick={() => addDomain()}>
              Add an area
            </button>
          )}
        </fieldset>

        {chart && today.length > 0 && <chart.GridChart ratings={today} caption="Your grid today" />}

        <fieldset class={`focus${errors.focus ? ' field--error' : ''}`} aria-describedby={errors.focus ? `${ID}-focus-error` : undefined}>
          <legend class="fieldset__legend">2. One low area to work on this week</legend>
          <ErrorMessage id={`${ID}-focus`} error={errors.focus} />
          {candidates.length === 0 ? (
            <p class="field__hint">Rate your areas first: they appear here, lowest first.</p>
          ) : (
            <div class="choices">
              {candidates.map((c, i) => (
                <div class="choice" key={c.domain}>
                  <input
                    type="radio"
                    name={`${ID}-focus`}
                    id={`${ID}-focus-${i}`}
                    value={c.domain}
                    checked={draft.focus.trim().toLocaleLowerCase() === c.domain.toLocaleLowerCase()}
                    onChange={() => change({ ...current(), focus: c.domain })}
                  />
                  <label for={`${ID}-focus-${i}`}>
                    {c.domain} ({c.rating}
                    {c.rating === lowest ? ', your lowest' : ''})
                  </label>
                </div>
              ))}
            </div>
          )}
        </fieldset>
        <Field
          id={`${ID}-success`}
          label={`3. One small success to aim for${draft.focus ? ` in “${draft.focus}”` : ''} this week`}
          hint="Small enough that you are fairly sure you can do it. For example: “cook one new recipe on Sunday”."
          value={draft.success}
          onInput={(success) => change({ ...current(), success })}
          rows={2}
          error={errors.success}
          care={level === 2 ? 3 : 4}
        />
        <SaveBar save="Save this round" said={savedMessage} status={status} />
      </form>

      {entries.length > 1 && rounds && <rounds.GridHistory entries={entries} level={level === 2 ? 3 : 4} />}
      {thenNow && <thenNow.GridThenNow entries={entries} level={level} />}

      <SavedEntries<EfficacyGridEntry>
        store={efficacyGrid}
        title="Your saved rounds"
        noun="round"
        level={level}
        entries={entries}
        empty="No rounds saved yet. Each round you save is listed here, newest first."
        // Stable, and new when the lazy part arrives: the saved list shows rounds once it is here.
        renderEntry={rounds?.renderRound}
        renderEditor={rounds?.renderRoundEditor}
      />
    </ExerciseFrame>
  );
}
