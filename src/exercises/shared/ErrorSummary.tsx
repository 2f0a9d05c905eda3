// The error summary every worksheet with several fields shows on a failed save (GOV.UK pattern: a
// focusable list of problems above the form, each linking to the field to fix). Each worksheet maps
// its own fields to the element to focus (its *Errors.lazy.tsx) and hands the list here. Two problems
// may send focus to one field, so an item is keyed by both.

export interface SummaryError {
  /** The id of the element the link sends focus to. */
  field: string;
  message: string;
}

/** Nothing when there is nothing to fix. */
export function ErrorSummary({ id, errors }: { id: string; errors: readonly SummaryError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p class="error-summary__title" id={`${id}-title`}>
        There {errors.length === 1 ? 'is a problem' : `are ${errors.length} problems`}
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
