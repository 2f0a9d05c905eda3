import { sourcesSorterSpec } from '../lib/exercises/sources-sorter';
import { createExerciseStore } from './exercise-store';

export const sourcesSorter = createExerciseStore(sourcesSorterSpec);
