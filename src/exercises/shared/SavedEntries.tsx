// The "your saved entries" section of an exercise. The list itself (with editing, deleting and undo)
// is loaded once there is something saved: a first visit, with nothing saved yet, does not need it.
// Every worksheet passes its store, its own heading level and its words; the list's id
// (<exercise>-entries), heading level (one below the worksheet's) and delete/undo come from them.
import type { FunctionComponent } from 'preact';
import type { EntryMeta } from '../../lib/storage/entries';
import type { ExerciseStore } from '../../stores/exercise-store';
import type { EntryListProps } from './EntryList';
import { useLazy } from './use-exercise';

export interface SavedEntriesProps<E extends EntryMeta> extends Omit<EntryListProps<E>, 'id' | 'onDelete' | 'onUndo'> {
  /** The worksheet's store: Delete and Undo go through it (its methods are stable, so the rows stay memoised). */
  store: Pick<ExerciseStore<E, unknown>, 'spec' | 'remove' | 'restore'>;
  /** The worksheet's heading level; the list's title is one level below it. */
  level: 2 | 3;
}

export function SavedEntries<E extends EntryMeta>({ store, level, ...words }: SavedEntriesProps<E>) {
  const id = `${store.spec.exercise}-entries`;
  const needed = words.entries.length > 0;
  // A link to one entry (?entry=…) loads the list even with nothing saved, so it can say the entry is not here.
  const linked = typeof location == 'object' && location.search.includes('entry=');
  const List = useLazy(needed || linked, () => import('./EntryList'))?.EntryList as FunctionComponent<EntryListProps<E>> | undefined;
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <div class="entries" id={id}>
      <Heading class="entries__title">{words.title}</Heading>
      {/* Once loaded the list stays, even when emptied, so its "Undo" is still there. */}
      {List ? (
        <List {...words} id={id} onDelete={store.remove} onUndo={store.restore} />
      ) : (
        <p class="entries__empty">{needed ? 'Loading your saved entries…' : words.empty}</p>
      )}
    </div>
  );
}
