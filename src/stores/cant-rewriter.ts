import { cantRewriterSpec } from '../lib/exercises/cant-rewriter-data';
import { createExerciseStore } from './exercise-store';

export const cantRewriter = createExerciseStore(cantRewriterSpec);
