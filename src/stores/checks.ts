import { checksSpec } from '../lib/checks-data';
import { createExerciseStore } from './exercise-store';

/**
 * Answers to the lessons' checks for understanding (src/lib/checks-data.ts), for the check island at
 * the end of each lesson and for the workbook. Through the store, unreadable answers are kept aside,
 * a failed write is shown, and an import shows at once.
 */
export const checks = createExerciseStore(checksSpec);
