// The goal sizer's versions so far and its verdict on the last one: shrink it (with suggestions),
// or save it. Loaded once a goal is being written (a `.lazy.tsx` file stays out of the exercise's
// chunk: astro.config.mjs). The verdict takes focus after each rating, so it is where the next step is.
import { CONFIDENT_ENOUGH, type GoalVersion, type SizingStep } from './data';
import { shrinkSuggestions } from './shrink';

interface Props {
  versions: GoalVersion[];
  step: Exclude<SizingStep, { kind: 'first' }>;
  level: 2 | 3;
  onSave: () => void;
}

export function GoalVerdict({ versions, step, level, onSave }: Props) {
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="goal-sizer-versions">
      <Heading id="goal-sizer-versions">Your versions so far</Heading>
      <ol class="goal-versions">
        {versions.map((v, i) => (
          <li key={i} class={v.confidence >= CONFIDENT_ENOUGH ? 'goal-versions__ready' : undefined}>
            {v.goal} <span class="tag">{v.confidence} of 10</span>
          </li>
        ))}
      </ol>
      <div id="goal-sizer-step" tabIndex={-1} class="notice notice--quiet" data-sizing-step={step.kind}>
        {step.kind === 'ready' ? (
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
