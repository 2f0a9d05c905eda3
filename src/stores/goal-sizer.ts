import { goalSizerSpec } from '../lib/exercises/goal-sizer';
import { createExerciseStore } from './exercise-store';

export const goalSizer = createExerciseStore(goalSizerSpec);
