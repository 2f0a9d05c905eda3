// The "your saved entries" section of an exercise. The list itself (with editing, deleting and undo)
// is loaded once there is something saved: a first visit, with nothing saved yet, does not need it.
import type { FunctionComponent } from 'preact';
import type { EntryMeta } from '../../lib/storage/entries';
import type { EntryListProps } from './EntryList';
import { useLazy } from './use-exercise';

export function SavedEntries<E extends EntryMeta>(props: EntryListProps<E>) {
  const needed = props.entries.length > 0;
  // A link to one entry (?entry=…) loads the list even with nothing saved, so it can say the entry is not here.
  const linked = typeof location == 'object' && location.search.includes('entry=');
  const List = useLazy(needed || linked, () => import('./EntryList'))?.EntryList as FunctionComponent<EntryListProps<E>> | undefined;
  const Heading = props.level === 3 ? 'h3' : 'h4';
  return (
    <div class="entries" id={props.id}>
      <Heading class="entries__title">{props.title}</Heading>
      {/* Once loaded the list stays, even when emptied, so its "Undo" is still there. */}
      {List ? <List {...props} /> : <p class="entries__empty">{needed ? 'Loading your saved entries…' : props.empty}</p>}
    </div>
  );
}
