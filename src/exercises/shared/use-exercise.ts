// Connects an island to its exercise store. `ssr: 'initial'` renders the blank state the server
// rendered on the first pass, so hydration matches; saved data shows right after.
import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadBackups, type ExerciseStore } from '../../stores/exercise-store';
import { $saveStatus } from '../../stores/persistence';
import { liveEntries, type EntryMeta } from '../../lib/storage/entries';

export function useExercise<E extends EntryMeta, D>(store: ExerciseStore<E, D>) {
  const state = useStore(store.$state, { ssr: 'initial' });
  // liveEntries caches by the entries list: typing in the draft does not sort them again, and the
  // list keeps its identity, so the saved list does not re-render.
  const entries = liveEntries(state);
  const recovery = useStore(store.$recovery, { ssr: 'initial' });
  const backups = useStore(store.$backups, { ssr: 'initial' });
  const saving = useStore($saveStatus, { ssr: 'initial' });
  const atLimit = useStore(store.$atLimit, { ssr: 'initial' });
  const removedElsewhere = useStore(store.$removedElsewhere, { ssr: 'initial' });
  // At the limit the notices say so before the next entry is refused; with an empty list the
  // indicator says "Draft saved", as the list below says nothing is saved yet. (A new object per
  // render is fine: nothing below is memoised on it.)
  const status = { ...saving, atLimit, listEmpty: entries.length === 0, removedElsewhere };
  useEffect(() => {
    loadBackups(store);
  }, [store]);
  // `frame` is what ExerciseFrame takes (<ExerciseFrame {...frame}>): every worksheet wires it the same way.
  return { draft: state.draft.value, entries, status, frame: { store, status, recovery, backups } };
}

/**
 * Whether a part of a worksheet that loads on demand could not be fetched (the connection dropped, or
 * the site was updated meanwhile), and how many times the reader asked to try again. ExerciseFrame
 * shows the message and the Retry button; every useLazy tries again when `attempt` changes.
 */
export const $lazyParts = atom<{ failed: boolean; attempt: number }>({ failed: false, attempt: 0 });

/** Says that a part could not be fetched (ExerciseFrame then offers "Try again"). */
export function reportLazyFailure(): undefined {
  $lazyParts.set({ ...$lazyParts.get(), failed: true });
  return undefined;
}

export function retryLazyParts(): void {
  $lazyParts.set({ failed: false, attempt: $lazyParts.get().attempt + 1 });
}

/**
 * Loads a module the first time `needed` is true and returns it from then on (undefined until it
 * arrives). For code most visits never use: notices about storage trouble, the saved-entries list.
 * Nothing a person types depends on it: saving works whether or not it has arrived.
 */
export function useLazy<T>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  const { attempt } = useStore($lazyParts);
  // The loader is an inline arrow, new on every render; the first one is as good as any.
  const loader = useRef(load);
  useEffect(() => {
    if (!needed || loaded) return;
    let current = true;
    loader.current().then(
      (module) => current && setLoaded(() => module),
      () => current && reportLazyFailure(),
    );
    return () => {
      current = false;
    };
  }, [needed, loaded, attempt]);
  return loaded;
}
