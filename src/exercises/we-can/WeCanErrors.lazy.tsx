// The worksheet's validation and its error summary (GOV.UK pattern: a focused list of problems, each
// linking to the field to fix). Loaded when someone first presses Save.
import type { WeCanField } from './validation';

export { validateWeCan } from './validation';
import { ErrorSummary as SummaryList } from '../shared/ErrorSummary';

const ID = 'we-can';

/** The element each problem should send focus to. */
function fieldTarget(field: WeCanField): string {
  if (field === 'groupKind') return `${ID}-kind-class`;
  if (field === 'groupName') return `${ID}-group-name`;
  if (field === 'statements') return `${ID}-statement-0`;
  if (field === 'lastTime') return `${ID}-last-time`;
  const [kind, index] = field.split('-');
  return kind === 'rating' ? `${ID}-rating-${index}-0` : `${ID}-statement-${index}`;
}

/** A list of what to fix, shown above the form on a failed save, each linking to its field. */
export function ErrorSummary({ id, errors: byField }: { id: string; errors: Partial<Record<WeCanField, string>> }) {
  const errors = Object.entries(byField).map(([field, message]) => ({ field: fieldTarget(field as WeCanField), message: message! }));
  return <SummaryList id={id} errors={errors} />;
}
