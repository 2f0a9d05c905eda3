import { selfCompassionSpec } from '../lib/exercises/self-compassion';
import { createExerciseStore } from './exercise-store';

export const selfCompassion = createExerciseStore(selfCompassionSpec);
