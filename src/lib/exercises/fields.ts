// What a saved entry contains, field by field, as people read it: for the workbook, for choosing what
// to hand in, and for the teacher's review. Every exercise declares its fields with these descriptors
// (in its own folder's exercise.ts); nothing here knows about any one exercise.
import { formatDay } from '../dates';

export interface FieldDescriptor {
  /** The entry's property. */
  key: string;
  /** What the field is called in the workbook, the hand-in choices and the review page. */
  label: string;
  /**
   * Kept out of hand-ins unless the student chooses to include it. `optIn` names a yes/no property of
   * the entry with which the student already chose, in the worksheet, to share it.
   */
  private?: { optIn?: string };
  /**
   * How a structured saved value (a list of versions, a set of answers) reads as text, in the
   * workbook and in a hand-in. Plain text fields need none.
   */
  format?: (value: unknown) => string;
  /**
   * A text value that is a code ("team", "agreed"): how it reads as words. Kept apart from `format`,
   * because a structured value reaches the review page as the text `format` already made of it.
   */
  codeText?: (code: string) => string;
  /**
   * For a structured value that travels in a hand-in as it is (so the review page can draw it, as it
   * does the grid's ratings): checks a value read from a link or file. Fields without it travel as text.
   */
  handInValue?: (value: unknown) => boolean;
  /** The value is a day written YYYY-MM-DD: shown in the site's date style (src/lib/dates.ts). */
  date?: boolean;
}

/** A field's value as text: text as it is (codes in words), structured values through the field's `format`. */
export function fieldText(value: unknown, field: FieldDescriptor): string {
  if (typeof value === 'string') return field.date ? formatDay(value) : field.codeText ? field.codeText(value) : value;
  if (value === undefined || value === null || !field.format) return '';
  return field.format(value);
}

/** What a hand-in carries for this field: the value itself if it travels structured, else its text. */
export function handInFieldValue(value: unknown, field: FieldDescriptor): unknown {
  return field.handInValue ? value : fieldText(value, field);
}
