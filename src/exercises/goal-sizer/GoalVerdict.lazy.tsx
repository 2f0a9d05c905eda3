// The goal sizer's versions so far, drawn as a shrinking ladder, and its verdict on the last one: shrink it (with suggestions),
// or save it. Loaded once a goal is being written (a `.lazy.tsx` file stays out of the exercise's
// chunk: astro.config.mjs). The verdict takes focus after each rating, so it is where the next step is.
import { CONFIDENT_ENOUGH, MAX_CONFIDENCE, type GoalVersion, type SizingStep } from './data';
import { barPercent, ladderStep } from '../../lib/chart';
import { shrinkSuggestions } from './shrink';

interface Props {
  versions: GoalVersion[];
  step: Exclude<SizingStep, { kind: 'first' }>;
  level: 2 | 3;
  onSave: () => void;
  /** The goal's words signal risk (src/exercises/shared/care.tsx): no verdict and no nudge to shrink it, only a way to keep it. */
  care?: boolean;
}

export function GoalVerdict({ versions, step, level, onSave, care = false }: Props) {
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="goal-sizer-versions">
      <Heading id="goal-sizer-versions">Your versions so far</Heading>
      {/* A ladder: each version a narrower rung, its confidence drawn against the line of "small enough". */}
      <ol class="goal-versions">
        {versions.map((v, i) => {
          const ready = v.confidence >= CONFIDENT_ENOUGH;
          return (
            <li key={i} data-step={ladderStep(i)} class={ready ? 'goal-versions__ready' : undefined}>
              {v.goal} <span class="tag">{v.confidence} of 10</span>
              {ready && ' · small enough to start'}
              <svg class="goal-versions__meter" aria-hidden="true" focusable="false" height="10">
                <rect class="bar-chart__track" width="100%" height="10" />
                <rect class="goal-versions__sure" width={`${barPercent(v.confidence, MAX_CONFIDENCE)}%`} height="10" />
                <line
                  x1={`${barPercent(CONFIDENT_ENOUGH, MAX_CONFIDENCE)}%`}
                  x2={`${barPercent(CONFIDENT_ENOUGH, MAX_CONFIDENCE)}%`}
                  y2="10"
                />
              </svg>
            </li>
          );
        })}
      </ol>
      <p class="field__hint">The bars show how sure you were of each version; the mark on each is {CONFIDENT_ENOUGH} of 10.</p>
      <div id="goal-sizer-step" tabIndex={-1} class="notice notice--quiet" data-sizing-step={step.kind}>
        {care ? (
          <>
            <p>This worksheet is not the right help for what you wrote: the help page linked above is. You can still keep it.</p>
            <button type="button" onClick={onSave}>
              Save this goal
            </button>
          </>
        ) : step.kind === 'ready' ? (
          <>
            <p>
              <strong>{step.last.confidence} out of 10: small enough to start.</strong> Save it and do it this week, or make it smaller
              still if you like.
            </p>
            <button type="button" onClick={onSave}>
              Save this goal
            </button>
          </>
        ) : (
          <>
            <p>
              <strong>
                {step.last.confidence} out of 10.{' '}
                {step.kind === 'shrink'
                  ? `Below ${CONFIDENT_ENOUGH}, a goal tends to wait. Write a smaller version below.`
                  : 'After this many versions, a different goal may serve you better than a smaller one.'}
              </strong>
            </p>
            <p>Ways to make it smaller:</p>
            <ul>
              {shrinkSuggestions(step.last.goal).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
