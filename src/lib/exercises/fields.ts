// What each exercise's saved entry contains, field by field, as people read it: for the workbook,
// for choosing what to hand in, and for the teacher's review. Private fields are left out of a
// hand-in unless the student ticks them in.
import type { DomainRating } from './efficacy-grid';

export type ExerciseWithFields = 'cant-rewriter' | 'self-compassion' | 'efficacy-grid';

export interface FieldDescriptor {
  key: string;
  label: string;
  /** Kept out of hand-ins unless the student chooses to include it. */
  private?: boolean;
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
};

/** A field's value as text: ratings become "Work 7 · Money 3". */
export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return (value as DomainRating[]).map((r) => `${r.domain} ${r.rating}`).join(' · ');
  return typeof value === 'string' ? value : '';
}
