// Connects an island to its exercise store. `ssr: 'initial'` renders the blank state the server
// rendered on the first pass, so hydration matches; saved data shows right after.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadBackups, type ExerciseStore } from '../../../stores/exercise-store';
import { $saveStatus } from '../../../stores/persistence';
import { liveEntries, type EntryMeta } from '../../../lib/storage/entries';

export function useExercise<E extends EntryMeta, D>(store: ExerciseStore<E, D>) {
  const state = useStore(store.$state, { ssr: 'initial' });
  // Keyed on the entries list: typing in the draft keeps it, so the list is not sorted again.
  const entries = useMemo(() => liveEntries(state), [state.entries]);
  const recovery = useStore(store.$recovery, { ssr: 'initial' });
  const backups = useStore(store.$backups, { ssr: 'initial' });
  const saving = useStore($saveStatus, { ssr: 'initial' });
  const atLimit = useStore(store.$atLimit, { ssr: 'initial' });
  // At the limit the notices say so before the next entry is refused.
  const status = useMemo(() => (atLimit ? { ...saving, atLimit } : saving), [saving, atLimit]);
  useEffect(() => {
    loadBackups(store as unknown as ExerciseStore<EntryMeta, unknown>);
  }, [store]);
  return { draft: state.draft.value, entries, recovery, backups, status };
}

/** Formats an ISO date for the entry list, in the reader's own locale. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Loads a module the first time `needed` is true and returns it from then on (undefined until it
 * arrives). For code most visits never use: notices about storage trouble, the saved-entries list.
 */
export function useLazy<T>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  useEffect(() => {
    if (needed && !loaded) void load().then((m) => setLoaded(() => m));
  }, [needed, loaded]);
  return loaded;
}
