// One saved entry's fields as a description list, label then text, as the workbook and the teacher's
// review show them. Empty fields are left out.
import { fieldText, type FieldDescriptor } from '../../lib/exercises/fields';

interface EntryFieldsProps {
  /** The exercise's fields (its definition's `fields`). */
  fields: readonly FieldDescriptor[];
  /** The entry's values by field key (a saved entry, or a hand-in's shared fields). */
  values: Record<string, unknown>;
  /** Tag private fields as such (the workbook does; a hand-in only holds what was chosen). */
  markPrivate?: boolean;
}

export function EntryFields({ fields, values, markPrivate = false }: EntryFieldsProps) {
  return (
    <dl class="entry__fields">
      {fields.map((field) => {
        const text = fieldText(values[field.key], field);
        return text ? (
          <>
            <dt>
              {field.label}
              {markPrivate && field.private && <span class="tag tag--private">Private</span>}
            </dt>
            <dd>{text}</dd>
          </>
        ) : null;
      })}
    </dl>
  );
}
