// The grid's validation and its error summary (GOV.UK pattern: a focused list of problems, each
// linking to the field to fix). Loaded when someone first presses Save.
import type { GridField } from './validation';

export { validateGrid } from './validation';
import { ErrorSummary as SummaryList } from '../shared/ErrorSummary';

const ID = 'efficacy-grid';

/** The element each problem should send focus to. */
function fieldTarget(field: GridField): string {
  if (field === 'domains') return `${ID}-domain-0`;
  if (field === 'focus') return `${ID}-focus-0`;
  if (field === 'success') return `${ID}-success`;
  const [kind, index] = field.split('-');
  return kind === 'rating' ? `${ID}-rating-${index}-1` : `${ID}-domain-${index}`;
}

/** A list of what to fix, shown above a form on a failed save, each linking to its field. */
export function ErrorSummary({ id, errors: byField }: { id: string; errors: Partial<Record<GridField, string>> }) {
  const errors = Object.entries(byField).map(([field, message]) => ({ field: fieldTarget(field as GridField), message: message! }));
  return <SummaryList id={id} errors={errors} />;
}
