// The goal sizer: an area, a goal for this week and how sure you are of it, 1-10. Under 7 the tool
// asks for a smaller version and keeps every version above the form, so the goal visibly shrinks
// until it is one the person will start. Logic lives in src/exercises/goal-sizer/data.ts.
import { useEffect, useState } from 'preact/hooks';
import {
  EMPTY_GOAL_DRAFT,
  entryFields,
  goalProblems,
  MAX_CONFIDENCE,
  MAX_GOAL,
  MAX_MICRO_DOMAIN,
  rateVersion,
  sizingStep,
  versionText,
  type GoalField,
  type GoalSizerDraft,
  type GoalSizerEntry,
} from './data';
import { goalSizer } from './store';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { ErrorMessage, Field } from '../shared/fields';
import { SavedEntries } from '../shared/SavedEntries';
import { useExercise, useLazy } from '../shared/use-exercise';
import { useRisk } from '../shared/care';

const ID = 'goal-sizer';
const SCALE = Array.from({ length: MAX_CONFIDENCE }, (_, i) => i + 1);

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: GoalSizerEntry) => (
  <dl class="entry__fields">
    <dt>Area</dt>
    <dd>{entry.microDomain}</dd>
    <dt>Goal</dt>
    <dd>{entry.versions.at(-1)?.goal}</dd>
    <dt>How it got there</dt>
    <dd>{entry.versions.map(versionText).join(' → ')}</dd>
  </dl>
);

const renderEditor = (entry: GoalSizerEntry, prefix: string) => (
  <Field
    id={`${prefix}-first`}
    label="Area"
    maxLength={MAX_MICRO_DOMAIN}
    value={entry.microDomain}
    onInput={(microDomain) => goalSizer.update(entry.id, { microDomain })}
  />
);

export default function GoalSizer({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(goalSizer);
  const [errors, setErrors] = useState<Partial<Record<GoalField, string>>>({});
  const [message, setMessage] = useState<Said>('');
  // After a rating the verdict takes focus; it may still be loading, so focus once it has rendered.
  const [focusStep, setFocusStep] = useState(false);
  const step = sizingStep(draft.versions);
  // The verdict and its suggestions load once a goal is being written: a first visit needs only the form.
  // Care first: a goal whose words signal risk gets no verdict and no nudge to make it smaller.
  const care = useRisk(`${draft.microDomain}\n${draft.goal}`);
  const Verdict = useLazy(draft.goal.trim() !== '' || draft.versions.length > 0, () => import('./GoalVerdict.lazy'));

  useEffect(() => {
    const verdict = focusStep && document.getElementById(`${ID}-step`);
    if (verdict) {
      verdict.focus();
      setFocusStep(false);
    }
  }, [focusStep, Verdict]);

  const change = (fields: Partial<GoalSizerDraft>) => {
    goalSizer.setDraft({ ...goalSizer.$state.get().draft.value, ...fields });
    setMessage('');
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(fields).map((k) => [k, undefined])) }));
  };

  const rate = (event: Event) => {
    event.preventDefault();
    const draft = goalSizer.$state.get().draft.value; // not this render's: see SelfCompassion
    const problems = goalProblems(draft);
    setErrors(problems);
    setMessage(''); // an earlier "Saved" must not stay beside these errors or the next verdict
    const first = (['microDomain', 'goal', 'confidence'] as const).find((k) => problems[k]);
    if (first) {
      document.getElementById(first === 'confidence' ? `${ID}-confidence-1` : `${ID}-${first}`)?.focus();
      return;
    }
    goalSizer.setDraft(rateVersion(draft, new Date().toISOString()));
    // The verdict below the versions is where the next step is.
    setFocusStep(true);
  };

  const save = () => {
    const fields = entryFields(draft);
    if (!fields) return;
    const added = goalSizer.add(fields);
    goalSizer.setDraft(EMPTY_GOAL_DRAFT);
    setMessage(added ? 'Saved. Your goal is in the list below. Go and do it.' : NOT_SAVED);
    document.getElementById(`${ID}-microDomain`)?.focus();
  };

  const startOver = () => {
    goalSizer.setDraft({ ...EMPTY_GOAL_DRAFT, microDomain: draft.microDomain });
    setErrors({});
    document.getElementById(`${ID}-goal`)?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={rate} noValidate>
        <Field
          id={`${ID}-microDomain`}
          label="1. The small area"
          hint="Not “my career” or “fitness”: one narrow part, such as “speaking up in team meetings” or “running”."
          maxLength={MAX_MICRO_DOMAIN}
          value={draft.microDomain}
          error={errors.microDomain}
          onInput={(microDomain) => change({ microDomain })}
          care={level === 2 ? 3 : 4}
        />
        {step.kind !== 'first' && Verdict && (
          <Verdict.GoalVerdict versions={draft.versions} step={step} level={level} onSave={save} care={!!care} />
        )}
        <Field
          id={`${ID}-goal`}
          rows={2}
          label={step.kind === 'first' ? '2. Your goal for this week' : '2. A smaller version'}
          hint="Something you can do in the next seven days, concrete enough that you will know it is done."
          maxLength={MAX_GOAL}
          value={draft.goal}
          error={errors.goal}
          onInput={(goal) => change({ goal })}
          care={level === 2 ? 3 : 4}
        />
        <fieldset
          class={`rating${errors.confidence ? ' field--error' : ''}`}
          aria-describedby={`${ID}-confidence-hint${errors.confidence ? ` ${ID}-confidence-error` : ''}`}
        >
          <legend class="rating__legend">3. How sure are you that you will do it this week?</legend>
          <p class="field__hint" id={`${ID}-confidence-hint`}>
            1 is not at all sure, 10 is certain.
          </p>
          <ErrorMessage id={`${ID}-confidence`} error={errors.confidence} />
          <div class="rating__scale">
            {SCALE.map((n) => (
              <label class="rating__option" key={n}>
                <input
                  type="radio"
                  name={`${ID}-confidence`}
                  id={`${ID}-confidence-${n}`}
                  value={n}
                  checked={draft.confidence === n}
                  onChange={() => change({ confidence: n })}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <SaveBar save="Rate this version" said={message} status={status}>
          {draft.versions.length > 0 && (
            <button type="button" class="quiet" onClick={startOver}>
              Start this goal over
            </button>
          )}
        </SaveBar>
      </form>
      <SavedEntries<GoalSizerEntry>
        store={goalSizer}
        title="Your sized goals"
        noun="goal"
        level={level}
        entries={entries}
        empty="No goals saved yet. Each goal you size will be listed here with all its versions."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
