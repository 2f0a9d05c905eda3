// The belief ladder island: one area, four to six tasks in it from easiest to hardest (reordered with
// Move up / Move down), each rated 0-100, a chart of where belief drops with the drop in words, and
// the task to practise this week. The logic is in ./data.ts (draft, shape), ./ladder.ts (drops) and
// ./validation.ts (loaded on the first Save).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  MAX_AREA,
  MAX_RUNGS,
  MAX_SURE,
  MAX_TASK,
  MIN_RUNGS,
  MIN_SURE,
  draftFromLadder,
  emptyLadderDraft,
  ladderFromDraft,
  moveRung,
  ratedRungs,
  removeRung,
  type BeliefLadderDraft,
  type BeliefLadderEntry,
  type DraftRung,
} from './data';
import { suggestedRung } from './ladder';
import { useRisk } from '../shared/care';
import type { LadderField } from './validation';
import { beliefLadder } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { ErrorMessage, Field, describedBy } from '../shared/fields';
import { reportLazyFailure, useExercise, useLazy } from '../shared/use-exercise';

const ID = 'belief-ladder';
const SCALE_HINT_ID = `${ID}-scale-hint`;

type Checks = typeof import('./LadderErrors.lazy');
let checksLoading: Promise<Checks> | undefined;
/** Validation loads on the first Save; if it cannot be fetched, the frame offers "Try again" and the next Save tries again. */
const loadChecks = () =>
  (checksLoading ??= import('./LadderErrors.lazy').catch((error: unknown) => {
    checksLoading = undefined;
    throw error;
  }));

const taskName = (r: DraftRung, i: number) => (r.task.trim() ? `“${r.task.trim()}”` : `task ${i + 1}`);

export default function BeliefLadder({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(beliefLadder);
  const [errors, setErrors] = useState<Partial<Record<LadderField, string>>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [checks, setChecks] = useState<Checks>();
  const [savedMessage, setSavedMessage] = useState<Said>('');
  const [said, say] = useState('');
  const focusNext = useRef('');
  // Focus moves once its target has rendered: the store re-renders the draft a moment after another
  // render (the save indicator's) may have run, so a target not there yet is tried again next render.
  useEffect(() => {
    const target = focusNext.current && document.getElementById(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = '';
  });

  const current = () => beliefLadder.$state.get().draft.value;
  const change = (next: BeliefLadderDraft) => {
    beliefLadder.setDraft(next);
    setSavedMessage('');
    if (showErrors && checks) setErrors(checks.validateLadder(next));
  };
  const setRung = (index: number, fields: Partial<DraftRung>) => {
    const d = current();
    change({ ...d, rungs: d.rungs.map((r, i) => (i === index ? { ...r, ...fields } : r)) });
  };
  const addRung = () => {
    const d = current();
    if (d.rungs.length >= MAX_RUNGS) return;
    change({ ...d, rungs: [...d.rungs, { task: '', rating: '' }] });
    focusNext.current = `${ID}-task-${d.rungs.length}`;
  };
  const remove = (index: number) => {
    const d = current();
    say(`${taskName(d.rungs[index]!, index)} removed.`);
    change(removeRung(d, index));
    focusNext.current = `${ID}-task-${Math.max(0, index - 1)}`;
  };
  const shift = (index: number, by: -1 | 1) => {
    const d = current();
    const next = moveRung(d, index, by);
    const to = index + by;
    change(next);
    // Focus stays on the moved task's button, or its other one once it reaches an edge.
    const edge = by < 0 ? to === 0 : to === next.rungs.length - 1;
    focusNext.current = `${ID}-${by < 0 !== edge ? 'up' : 'down'}-${to}`;
    say(`${taskName(next.rungs[to]!, to)}: task ${to + 1} of ${next.rungs.length}.`);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const loaded = await loadChecks().catch(reportLazyFailure);
    if (!loaded) return;
    setChecks(() => loaded);
    const latest = current();
    const problems = loaded.validateLadder(latest);
    const failed = Object.keys(problems).length > 0;
    // The summary takes focus once it has rendered (the effect above), and only then: never again later.
    if (failed) focusNext.current = `${ID}-errors`;
    setErrors(problems);
    setShowErrors(true);
    setSavedMessage(''); // never an earlier "Saved." beside the errors
    if (failed) return;
    const added = beliefLadder.add(ladderFromDraft(latest));
    beliefLadder.setDraft(emptyLadderDraft());
    setShowErrors(false);
    setErrors({});
    setSavedMessage(added ? 'Saved. Your ladder is in the list below.' : NOT_SAVED);
  };

  const startFromLast = () => {
    change(draftFromLadder(entries[0]));
    focusNext.current = `${ID}-rating-0`;
  };

  const rated = ratedRungs(draft);
  const named = draft.rungs.map((r) => r.task.trim());
  // Care first: a ladder whose words signal risk gets the help panel beside them, never a suggested task to practise.
  const care = useRisk(`${draft.area}\n${named.join('\n')}`);
  const suggested = care ? undefined : suggestedRung(rated);
  const choices = named.flatMap((name, i) => (name ? [i] : []));
  const draftIsBlank = !draft.area.trim() && draft.rungs.every((r) => !r.task.trim() && !r.rating.trim());

  // The chart loads once two tasks are rated; the grid's lowest area is offered once its store has loaded.
  const chart = useLazy(rated.filter(Boolean).length > 1, () => import('./LadderChart'));
  const offer = useLazy(true, () => import('./GridOffer.lazy'));
  const rounds = useLazy(entries.length > 0, () => import('./LadderRounds.lazy'));

  return (
    <ExerciseFrame {...frame}>
      {entries.length > 0 && draftIsBlank && (
        <p>
          <button type="button" class="quiet" onClick={startFromLast}>
            Rate your last ladder again
          </button>
        </p>
      )}
      <form class="exercise__form ladder" onSubmit={save} noValidate>
        {showErrors && checks && <checks.ErrorSummary id={`${ID}-errors`} errors={errors} practise={`${ID}-practise-${choices[0] ?? 0}`} />}
        <Field
          id={`${ID}-area`}
          label="1. The area"
          hint="One area of your life where you feel less sure, such as “Money” or “Speaking up”."
          maxLength={MAX_AREA}
          value={draft.area}
          error={errors.area}
          onInput={(area) => change({ ...current(), area })}
        />
        {offer && <offer.GridOffer area={draft.area} onUse={(area) => change({ ...current(), area })} />}

        <fieldset class="ladder__rungs">
          <legend class="fieldset__legend">2. Tasks in this area, from easiest to hardest</legend>
          <p class="field__hint" id={`${ID}-rungs-hint`}>
            Between {MIN_RUNGS} and {MAX_RUNGS} tasks, each one a little harder than the one before, such as “check my balance”, then “make
            a budget for the month”. Use Move up and Move down to change the order.
          </p>
          <p class="field__hint" id={SCALE_HINT_ID}>
            For each task: how sure am I that I can do this now? {MIN_SURE} means not at all, {MAX_SURE} means completely sure.
          </p>
          <ErrorMessage id={`${ID}-rungs`} error={errors.rungs} />
          <ol class="ladder__list">
            {draft.rungs.map((r, i) => {
              const ratingId = `${ID}-rating-${i}`;
              const ratingError = errors[`rating-${i}`];
              const edge = i === 0 ? ' (easiest)' : i === draft.rungs.length - 1 ? ' (hardest)' : '';
              return (
                <li class="ladder__rung" key={i}>
                  <Field
                    id={`${ID}-task-${i}`}
                    label={`Task ${i + 1}${edge}`}
                    maxLength={MAX_TASK}
                    value={r.task}
                    error={errors[`task-${i}`]}
                    onInput={(task) => setRung(i, { task })}
                    care={level === 2 ? 3 : 4}
                  />
                  <div class={`field ladder__sure${ratingError ? ' field--error' : ''}`}>
                    <label class="field__label" for={ratingId}>
                      How sure am I that I can do this now?<span class="visually-hidden"> ({taskName(r, i)})</span>
                    </label>
                    <ErrorMessage id={ratingId} error={ratingError} />
                    <span class="ladder__number">
                      <input
                        id={ratingId}
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        maxLength={4}
                        value={r.rating}
                        aria-describedby={`${SCALE_HINT_ID}${ratingError ? ` ${ratingId}-error` : ''}`}
                        aria-invalid={ratingError ? 'true' : undefined}
                        onInput={(event) => setRung(i, { rating: event.currentTarget.value })}
                      />{' '}
                      <span aria-hidden="true">out of {MAX_SURE}</span>
                    </span>
                  </div>
                  <div class="ladder__moves">
                    {([-1, 1] as const).map((by) => (
                      <button
                        type="button"
                        key={by}
                        class="quiet"
                        id={`${ID}-${by < 0 ? 'up' : 'down'}-${i}`}
                        disabled={by < 0 ? i === 0 : i === draft.rungs.length - 1}
                        onClick={() => shift(i, by)}
                      >
                        Move <span class="visually-hidden">{taskName(r, i)} </span>
                        {by < 0 ? 'up' : 'down'}
                      </button>
                    ))}
                    {draft.rungs.length > MIN_RUNGS && (
                      <button type="button" class="quiet" onClick={() => remove(i)}>
                        Remove <span class="visually-hidden">{taskName(r, i)}</span>
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          {draft.rungs.length < MAX_RUNGS && (
            <button type="button" class="quiet" onClick={addRung}>
              Add a task
            </button>
          )}
        </fieldset>
        <div class="visually-hidden" aria-live="polite">
          {said}
        </div>

        {chart && (
          <chart.LadderChart
            rungs={rated}
            names={named}
            caption={`Where your belief drops${draft.area.trim() ? ` in “${draft.area.trim()}”` : ''}, easiest task first`}
          />
        )}

        <fieldset
          class={`ladder__practise${errors.practise ? ' field--error' : ''}`}
          aria-describedby={describedBy(`${ID}-practise`, true, errors.practise)}
        >
          <legend class="fieldset__legend">3. The task to practise this week</legend>
          <p class="field__hint" id={`${ID}-practise-hint`}>
            A good first choice is the last task before the biggest drop: hard enough to teach you something, close enough to what you can
            already do.
          </p>
          <ErrorMessage id={`${ID}-practise`} error={errors.practise} />
          {choices.length === 0 ? (
            <p class="field__hint ladder__later">Name your tasks first: they appear here, easiest first.</p>
          ) : (
            <div class="choices">
              {choices.map((i) => (
                <div class="choice" key={i}>
                  <input
                    type="radio"
                    name={`${ID}-practise`}
                    id={`${ID}-practise-${i}`}
                    checked={draft.practise === i}
                    onChange={() => change({ ...current(), practise: i })}
                  />
                  <label for={`${ID}-practise-${i}`}>
                    {named[i]}
                    {rated[i] && ` (${rated[i].rating})`}
                    {suggested === i && <strong> · suggested: the last task before the biggest drop</strong>}
                  </label>
                </div>
              ))}
            </div>
          )}
          <p class="ladder__next">
            Then make it a goal for this week you are fairly sure you will start, with <a href="/practice/goal-sizer/">the goal sizer</a>.
          </p>
        </fieldset>
        <SaveBar save="Save this ladder" said={savedMessage} status={status} />
      </form>

      <SavedEntries<BeliefLadderEntry>
        store={beliefLadder}
        title="Your saved ladders"
        noun="ladder"
        level={level}
        entries={entries}
        empty="No ladders saved yet. Each ladder you save is listed here, newest first."
        // Stable, and new when the lazy part arrives: the saved list shows ladders once it is here.
        renderEntry={rounds?.renderLadder}
        renderEditor={rounds?.renderLadderEditor}
      />
    </ExerciseFrame>
  );
}
