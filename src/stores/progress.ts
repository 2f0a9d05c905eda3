import { progressSpec } from '../lib/progress-data';
import { createExerciseStore } from './exercise-store';

/**
 * The lessons marked read, for the workbook (the course page marks them: src/scripts/progress.ts).
 * Through the store, unreadable marks are kept aside and an import shows at once.
 */
export const progress = createExerciseStore(progressSpec);
