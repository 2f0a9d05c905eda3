import { handInsSpec } from '../lib/transfer/hand-ins-data';
import { createExerciseStore } from './exercise-store';

/** Hand-ins a teacher chose to keep in this browser. */
export const handIns = createExerciseStore(handInsSpec);
