// This exercise's saved entries and draft (a module singleton: every island on a page shares it).
import { createExerciseStore } from '../../stores/exercise-store';
import spec from './spec';

export const beliefLadder = createExerciseStore(spec);
