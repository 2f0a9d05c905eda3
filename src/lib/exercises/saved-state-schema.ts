// The shape every exercise's saved state must have: dated entries (or tombstones) and a draft.
import type { Draft, EntryMeta, SavedState, Tombstone } from '../storage/entries';
import { either, list, obj, str, type Check } from '../storage/shape';

/** Generous limit for one text field: a page of writing. Longer means the data is not ours. */
export const MAX_TEXT = 10_000;

export const text = () => str(MAX_TEXT);
const stamp = str(40);

const tombstone = obj<Tombstone>({ id: str(80), updatedAt: stamp, deletedAt: stamp });

/** A check for a SavedState whose entries have `fields` and whose draft value passes `draft`. */
export function savedStateCheck<F extends object, D>(
  fields: { [K in keyof F]: Check<F[K]> },
  draft: Check<D>,
): Check<SavedState<EntryMeta & F, D>> {
  const entry = obj<EntryMeta & F>({ id: str(80), createdAt: stamp, updatedAt: stamp, ...fields } as never);
  return obj<SavedState<EntryMeta & F, D>>({
    entries: list(either(entry, tombstone)),
    draft: obj<Draft<D>>({ value: draft, updatedAt: stamp }),
  });
}
