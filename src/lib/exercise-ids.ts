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

/** The worksheet a class's shared areas are for (its rules: src/exercises/shared-areas.ts). */
export const GRID_EXERCISE: ExerciseId = 'efficacy-grid';

/** The worksheet a class's fixed statements are for (its rules: src/exercises/shared-statements.ts). */
export const WE_CAN_EXERCISE: ExerciseId = 'we-can';
