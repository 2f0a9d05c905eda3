// "Check your understanding": the lesson's questions (from its frontmatter), one radio group each.
// Picking an option saves it at once and explains it, right or wrong, in a sentence that screen
// readers hear politely; the reader can change any answer. The answers are course progress (the
// "checks" kind, src/lib/checks-data.ts): the course page and the workbook show which lessons'
// checks are done. Rendered on the server; an Astro island hydrated near the viewport (CheckSection.astro).
import { useExercise } from '../../../exercises/shared/use-exercise';
import { ExerciseFrame } from '../../../exercises/shared/ExerciseFrame';
import { nextStamp } from '../../../lib/storage/clock';
import { isTombstone } from '../../../lib/storage/entries';
import { isCheckDone, type CheckEntry } from '../../../lib/checks-data';
import type { CheckQuestion } from '../../../lib/check-schema';
import { checks } from '../../../stores/checks';

export interface CheckProps {
  /** The lesson's id: the saved entry's id. */
  lesson: string;
  questions: CheckQuestion[];
}

export default function Check({ lesson, questions }: CheckProps) {
  const { entries, frame } = useExercise(checks);
  const stored = entries.find((e) => e.id === lesson) as CheckEntry | undefined;
  const answers = stored?.answers ?? {};

  const choose = (question: string, option: string) => {
    const next = { ...answers, [question]: option };
    const any = checks.$state.get().entries.find((e) => e.id === lesson);
    if (any && !isTombstone(any)) checks.update(lesson, { answers: next });
    else if (any) {
      // Deleted in the workbook earlier: the answer comes back in the tombstone's place, not beside it,
      // stamped like every edit (src/lib/storage/clock.ts).
      const now = nextStamp();
      checks.restore({ id: lesson, createdAt: now, updatedAt: now, answers: next });
    } else checks.add({ answers: next }, lesson);
  };

  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const right = questions.filter((q) => q.options.find((o) => o.id === answers[q.id])?.correct).length;
  const done = isCheckDone(
    answers,
    questions.map((q) => q.id),
  );

  return (
    <ExerciseFrame {...frame}>
      {/* Not a form: each answer saves as it is picked, so there is nothing to submit. */}
      <div class="check" data-check={lesson}>
        {questions.map((q, i) => {
          const picked = q.options.find((o) => o.id === answers[q.id]);
          const name = `check-${lesson}-${q.id}`;
          return (
            <fieldset key={q.id} class="check__question" data-question={q.id}>
              <legend>
                <span class="check__number">
                  Question {i + 1} of {questions.length}:
                </span>{' '}
                {q.prompt}
              </legend>
              {q.options.map((o) => (
                <label key={o.id} class="check__option">
                  <input
                    type="radio"
                    name={name}
                    value={o.id}
                    checked={picked?.id === o.id}
                    onChange={() => choose(q.id, o.id)}
                    aria-describedby={`${name}-feedback`}
                  />{' '}
                  {o.text}
                </label>
              ))}
              <p
                id={`${name}-feedback`}
                class="check__feedback"
                aria-live="polite"
                data-feedback={picked ? (picked.correct ? 'right' : 'wrong') : ''}
              >
                {picked && (
                  <>
                    <strong class={picked.correct ? 'check__verdict check__verdict--right' : 'check__verdict check__verdict--wrong'}>
                      <span aria-hidden="true">{picked.correct ? '✓ ' : '✗ '}</span>
                      {picked.correct ? 'Right.' : 'Not quite.'}
                    </strong>{' '}
                    {picked.why}
                    {!picked.correct && ' Try another answer if you like.'}
                  </>
                )}
              </p>
            </fieldset>
          );
        })}
        <p class="check__summary" data-check-summary={done ? 'done' : 'open'}>
          {done ? (
            <>
              <span aria-hidden="true">✓ </span>Check done: {right} of {questions.length} right. Your answers are saved in this browser, and
              you can change any of them.
            </>
          ) : (
            `${answered} of ${questions.length} answered. Each answer is saved in this browser as you pick it.`
          )}
        </p>
      </div>
    </ExerciseFrame>
  );
}
