// What stops a ladder being saved. Kept apart from ./data.ts so the page loads it only when someone
// first presses Save (see LadderErrors.lazy.tsx).
import { MAX_AREA, MAX_SURE, MAX_TASK, MIN_RUNGS, MIN_SURE, parseRating, type BeliefLadderDraft } from './data';

export type LadderField = 'area' | 'rungs' | `task-${number}` | `rating-${number}` | 'practise';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Problems that stop a ladder being saved, keyed by the field to fix, each a sentence saying how. */
export function validateLadder(draft: BeliefLadderDraft): Partial<Record<LadderField, string>> {
  const errors: Partial<Record<LadderField, string>> = {};
  const area = draft.area.trim();
  if (area === '') errors.area = 'Name the area this ladder is in.';
  else if (area.length > MAX_AREA) errors.area = `Keep the area to ${MAX_AREA} characters or fewer.`;

  const named = draft.rungs.filter((r) => r.task.trim() !== '');
  // (At most MAX_RUNGS rows are enforced by the form itself.)
  if (named.length < MIN_RUNGS) errors.rungs = `List at least ${MIN_RUNGS} tasks (you have ${named.length}).`;
  draft.rungs.forEach((r, i) => {
    const task = r.task.trim();
    const rating = parseRating(r.rating);
    if (task === '') {
      if (rating !== null) errors[`task-${i}`] = `Write task ${i + 1}, or remove it.`;
      return;
    }
    if (task.length > MAX_TASK) errors[`task-${i}`] = `Keep task ${i + 1} to ${MAX_TASK} characters or fewer.`;
    else if (draft.rungs.slice(0, i).some((other) => same(other.task, task))) errors[`task-${i}`] = `“${task}” is listed twice.`;
    if (rating === null) errors[`rating-${i}`] = `Say how sure you are that you can do “${task}” now, from ${MIN_SURE} to ${MAX_SURE}.`;
    else if (Number.isNaN(rating))
      errors[`rating-${i}`] = `Write how sure you are of “${task}” as a whole number from ${MIN_SURE} to ${MAX_SURE}.`;
  });

  const chosen = draft.practise === null ? undefined : draft.rungs[draft.practise];
  if (!chosen || chosen.task.trim() === '') errors.practise = 'Choose the task to practise this week.';
  return errors;
}
