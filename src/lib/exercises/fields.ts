// What each exercise's saved entry contains, field by field, as people read it: for the workbook,
// for choosing what to hand in, and for the teacher's review. Private fields are left out of a
// hand-in unless the student ticks them in.
import type { DomainRating } from './efficacy-grid';
import { attributionAuditFields } from './attribution-audit';
import { esteemOrEfficacyFields } from './esteem-or-efficacy';
import { goalSizerFields } from './goal-sizer';
import { sourcesSorterFields } from './sources-sorter';
import { winLedgerFields } from './win-ledger';

export type ExerciseWithFields = 'cant-rewriter' | 'self-compassion' | 'efficacy-grid' | 'goal-sizer' | 'win-ledger' | 'sources-sorter' | 'esteem-or-efficacy' | 'attribution-audit';

export interface FieldDescriptor {
  key: string;
  label: string;
  /** Kept out of hand-ins unless the student chooses to include it. */
  private?: boolean;
  /**
   * How a structured saved value (a list of versions, a set of answers) reads as text, in the
   * workbook and in a hand-in, which carries text. Plain text fields need none.
   */
  format?: (value: unknown) => string;
}

export const EXERCISE_FIELDS: Record<ExerciseWithFields, FieldDescriptor[]> = {
  'cant-rewriter': [
    { key: 'thought', label: 'Thought' },
    { key: 'rewrite', label: 'Rewrite' },
    { key: 'skill', label: 'One skill' },
    { key: 'step', label: 'First step' },
  ],
  'self-compassion': [
    { key: 'criticism', label: 'Inner critic (line one)', private: true },
    { key: 'friend', label: 'To a friend (line two)' },
  ],
  'efficacy-grid': [
    { key: 'ratings', label: 'Ratings' },
    { key: 'focus', label: 'Area worked on' },
    { key: 'success', label: 'Small success to aim for' },
  ],
  'goal-sizer': goalSizerFields,
  'win-ledger': winLedgerFields,
  'sources-sorter': sourcesSorterFields,
  'esteem-or-efficacy': esteemOrEfficacyFields,
  'attribution-audit': attributionAuditFields,
};

/**
 * A field's value as text. Text stays as it is (hand-ins carry text already); structured values go
 * through the field's `format`; grid ratings become "Work 7 · Money 3".
 */
export function fieldText(value: unknown, field?: FieldDescriptor): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (field?.format) return field.format(value);
  if (Array.isArray(value)) return (value as DomainRating[]).map((r) => `${r.domain} ${r.rating}`).join(' · ');
  return '';
}
