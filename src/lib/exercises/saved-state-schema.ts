// The shape every exercise's saved state must have: dated entries (or tombstones) and a draft.
import { isTombstone, MAX_ENTRIES, type Draft, type EntryMeta, type SavedState, type Tombstone } from '../storage/entries';
import { either, isIsoStamp, list, obj, str, type Check } from '../storage/shape';

/** Generous limit for one text field: a page of writing. Longer means the data is not ours. */
export const MAX_TEXT = 10_000;

export const text = () => str(MAX_TEXT);
const stamp: Check<string> = isIsoStamp;
/** A draft nobody has typed in has no time yet. */
const draftStamp: Check<string> = (v): v is string => v === '' || isIsoStamp(v);

const tombstone = obj<Tombstone>({ id: str(80), updatedAt: stamp, deletedAt: stamp });

/** A check for a SavedState whose entries have `fields` and whose draft value passes `draft`. */
export function savedStateCheck<F extends object, D>(
  fields: { [K in keyof F]: Check<F[K]> },
  draft: Check<D>,
): Check<SavedState<EntryMeta & F, D>> {
  const entry = obj<EntryMeta & F>({ id: str(80), createdAt: stamp, updatedAt: stamp, ...fields } as never);
  const shape = obj<SavedState<EntryMeta & F, D>>({
    entries: list(either(entry, tombstone), 2 * MAX_ENTRIES),
    draft: obj<Draft<D>>({ value: draft, updatedAt: draftStamp }),
  });
  // The same limits every writer checks (src/stores/saved-data.ts): MAX_ENTRIES live entries, and
  // as many deletions (writers keep far fewer, but older versions kept up to that many).
  return (v): v is SavedState<EntryMeta & F, D> => {
    if (!shape(v)) return false;
    const deleted = v.entries.filter(isTombstone).length;
    return deleted <= MAX_ENTRIES && v.entries.length - deleted <= MAX_ENTRIES;
  };
}
