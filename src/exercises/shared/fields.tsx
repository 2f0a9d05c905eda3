// A form field in the GOV.UK pattern: a visible label, an optional hint and error message tied to
// the control with aria-describedby, and aria-invalid while there is an error.
import type { ComponentChildren } from 'preact';
import { CareNote } from './care';

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  /** Lines for a multi-line field; without it, a one-line text input. */
  rows?: number;
  maxLength?: number;
  onFocus?: () => void;
  /**
   * For a field where a person writes about themselves: the heading level of the help panel shown
   * beside it when the words signal risk (see ./care.tsx). Names, classes and areas have none.
   */
  care?: 3 | 4;
  /** Shown but not editable (a grid's shared area, set by the teacher). */
  readOnly?: boolean;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="field__error" id={`${id}-error`}>
      <span class="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

export function Field({
  id,
  label,
  hint,
  error,
  value,
  onInput,
  onFocus,
  rows,
  maxLength = rows ? 2000 : 300,
  care,
  readOnly,
}: FieldProps) {
  const Control = rows ? 'textarea' : 'input';
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={id} error={error} />
      <Control
        id={id}
        rows={rows}
        type={rows ? undefined : 'text'}
        maxLength={maxLength}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        readOnly={readOnly}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        onFocus={onFocus}
      />
      {care && <CareNote id={id} level={care} text={value} />}
    </div>
  );
}
