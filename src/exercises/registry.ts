// Each worksheet's definition and store, loaded one by one on request: for the pages that handle
// worksheets other than their own (the assignment page, the workbook) but need only some of them,
// those an assignment names or those with saved data. Each loader is Vite's lazy import.meta.glob
// (`() => import('./<id>/exercise.ts')`), so a page carries none of the worksheets' code until it asks.
// catalog.ts and stores.ts still hold every worksheet at once, for the pages that need them all.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { liveEntries, type EntryMeta } from '../lib/storage/entries';
import type { ExerciseDefinition } from '../lib/exercises/define';
import type { AnyExerciseStore, ExerciseWithStore } from './stores';

const definitions = import.meta.glob<ExerciseDefinition>('./*/exercise.ts', { import: 'default' });
const stores = import.meta.glob<Record<string, AnyExerciseStore>>('./*/store.ts');

const loaded = new Map<string, ExerciseWithStore>();
const loading = new Map<string, Promise<ExerciseWithStore | undefined>>();

function loadOne(id: string): Promise<ExerciseWithStore | undefined> {
  const definition = definitions[`./${id}/exercise.ts`];
  const store = stores[`./${id}/store.ts`];
  // An id that is not a worksheet (a practice without one) has nothing to load.
  if (!definition || !store) return Promise.resolve(undefined);
  let promise = loading.get(id);
  if (!promise) {
    promise = Promise.all([definition(), store()]).then(
      ([def, module]) => {
        const withStore = { definition: def, store: Object.values(module)[0]! };
        loaded.set(id, withStore);
        return withStore;
      },
      (error: unknown) => {
        // Not kept: the next request tries again (a dropped connection, not a missing worksheet).
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

/** Loads these worksheets (each once); rejects when one did not load, so the page can say so. */
export async function loadWorksheets(ids: readonly string[]): Promise<ExerciseWithStore[]> {
  const all = await Promise.all([...new Set(ids)].map(loadOne));
  return all.filter((w): w is ExerciseWithStore => w !== undefined);
}

/** A worksheet's definition, once loadWorksheets has loaded it (undefined before, as for an unknown id). */
export const loadedExercise = (id: string): ExerciseDefinition | undefined => loaded.get(id)?.definition;
/** A worksheet's store, once loadWorksheets has loaded it. */
export const loadedStoreOf = (id: string): AnyExerciseStore | undefined => loaded.get(id)?.store;

/** The live entries (newest first) of these loaded worksheets, by id: one store for a page that lists them. */
export function entriesOf(sheets: readonly ExerciseWithStore[]): ReadableAtom<Readonly<Record<string, EntryMeta[]>>> {
  if (sheets.length === 0) return atom({});
  return computed(
    sheets.map((s) => s.store.$state),
    (...states): Readonly<Record<string, EntryMeta[]>> =>
      Object.fromEntries(sheets.map((s, i) => [s.definition.id, liveEntries(states[i]!)])),
  );
}
