import { handInsSpecFor } from '../lib/transfer/hand-ins-data';
import { exerciseById } from '../exercises/catalog';
import { createExerciseStore } from './exercise-store';

/** Hand-ins a teacher chose to keep in this browser, each checked against the exercise catalog. */
export const handIns = createExerciseStore(handInsSpecFor(exerciseById));
