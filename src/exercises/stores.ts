// Every exercise's store, for the pages that handle all exercises at once (workbook, assignment,
// hand-in). An exercise's island imports only its own store (./<id>/store.ts).
import type { ExerciseStore } from '../stores/exercise-store';
import { computed } from 'nanostores';
import { liveEntries, type EntryMeta } from '../lib/storage/entries';
import type { ExerciseDefinition } from '../lib/exercises/define';
import { EXERCISES } from './catalog';

export type AnyExerciseStore = ExerciseStore<EntryMeta, unknown>;

const modules = import.meta.glob<Record<string, AnyExerciseStore>>('./*/store.ts', { eager: true });

export interface ExerciseWithStore {
  definition: ExerciseDefinition;
  store: AnyExerciseStore;
}

/** Each exercise with its store, in the catalog's order. */
export const EXERCISE_STORES: readonly ExerciseWithStore[] = EXERCISES.map((definition) => {
  const module = modules[`./${definition.id}/store.ts`];
  const store = module && Object.values(module)[0];
  if (!store) throw new Error(`src/exercises/${definition.id}/store.ts must export the exercise's store.`);
  return { definition, store };
});

export function storeOf(id: string): AnyExerciseStore | undefined {
  return EXERCISE_STORES.find((s) => s.definition.id === id)?.store;
}

/** Every exercise's live entries (newest first), by exercise id: one store for the pages that list them all. */
export const $entriesByExercise = computed(
  EXERCISE_STORES.map((s) => s.store.$state),
  (...states): Readonly<Record<string, EntryMeta[]>> =>
    Object.fromEntries(EXERCISE_STORES.map((s, i) => [s.definition.id, liveEntries(states[i]!)])),
);
