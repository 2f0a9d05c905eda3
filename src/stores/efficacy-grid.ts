import { efficacyGridSpec } from '../lib/exercises/efficacy-grid';
import { createExerciseStore } from './exercise-store';

export const efficacyGrid = createExerciseStore(efficacyGridSpec);
