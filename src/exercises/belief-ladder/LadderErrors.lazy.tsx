// The ladder's validation and its error summary (GOV.UK pattern: a focused list of problems, each
// linking to the field to fix). Loaded when someone first presses Save.
import type { LadderField } from './validation';

export { validateLadder } from './validation';
import { ErrorSummary as SummaryList } from '../shared/ErrorSummary';

const ID = 'belief-ladder';

/** The element each problem should send focus to; `practise` is the first task that can be chosen. */
function fieldTarget(field: LadderField, practise: string): string {
  if (field === 'area') return `${ID}-area`;
  if (field === 'rungs') return `${ID}-task-0`;
  if (field === 'practise') return practise;
  return `${ID}-${field}`; // task-<i>, rating-<i>
}

/** A list of what to fix, shown above the form on a failed save, each linking to its field. */
export function ErrorSummary({
  id,
  errors: byField,
  practise,
}: {
  id: string;
  errors: Partial<Record<LadderField, string>>;
  practise: string;
}) {
  const errors = Object.entries(byField).map(([field, message]) => ({
    field: fieldTarget(field as LadderField, practise),
    message: message!,
  }));
  return <SummaryList id={id} errors={errors} />;
}
