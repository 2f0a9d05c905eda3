import { assignmentsSpec } from '../lib/assignments-data';
import { createExerciseStore } from './exercise-store';

/** The assignments this browser has opened, with what the student has done. */
export const assignments = createExerciseStore(assignmentsSpec);
