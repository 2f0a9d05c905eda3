// Every interactive exercise on the site, by the id it carries in `data-exercise` and in saved data.
// Ids are stored in people's browsers and in hand-in links: add new ones, never rename old ones.
// The order is the order the site lists them in (practice page, workbook).
export const EXERCISE_IDS = [
  'cant-rewriter',
  'self-compassion',
  'efficacy-grid',
  'goal-sizer',
  'win-ledger',
  'sources-sorter',
  'esteem-or-efficacy',
  'attribution-audit',
  'belief-ladder',
  'we-can',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/**
 * Each exercise's code in short assignment links (src/lib/practice-codes.ts, issue 24): digits, never
 * reused or changed, as printed handouts carry them. A new exercise takes the next free number.
 */
export const EXERCISE_LINK_CODES: Readonly<Record<ExerciseId, string>> = {
  'efficacy-grid': '5',
  'attribution-audit': '9',
  'belief-ladder': '10',
  'cant-rewriter': '11',
  'esteem-or-efficacy': '12',
  'goal-sizer': '13',
  'self-compassion': '14',
  'sources-sorter': '16',
  'we-can': '17',
  'win-ledger': '18',
};

/** The worksheet a class's shared areas are for (its rules: src/exercises/shared-areas.ts). */
export const GRID_EXERCISE: ExerciseId = 'efficacy-grid';

/** The worksheet a class's fixed statements are for (its rules: src/exercises/shared-statements.ts). */
export const WE_CAN_EXERCISE: ExerciseId = 'we-can';
