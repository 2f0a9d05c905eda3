import { esteemOrEfficacySpec } from '../lib/exercises/esteem-or-efficacy';
import { createExerciseStore } from './exercise-store';

export const esteemOrEfficacy = createExerciseStore(esteemOrEfficacySpec);
