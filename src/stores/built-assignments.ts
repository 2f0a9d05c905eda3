import { builtAssignmentsSpec } from '../lib/built-assignments-data';
import { createExerciseStore } from './exercise-store';

/** Assignments the teacher built in this browser, and the builder's form as typed. */
export const builtAssignments = createExerciseStore(builtAssignmentsSpec);
