// What a teacher's browser keeps for the review page: a class list per class name, the names as
// typed (one per line), so the roster can show who has not handed in. One entry per class, its id
// made from the class name (src/lib/class-list.ts), so two tabs' lists of one class merge.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { obj, str } from './storage/shape';
import { savedStateCheck, text } from './exercises/saved-state-schema';

export interface ClassListFields {
  /** The class name as the hand-ins give it ('' for hand-ins without one). */
  className: string;
  /** The list as typed, blank lines and all: checked when it is used, never cut when saved. */
  names: string;
}
export type ClassList = EntryMeta & ClassListFields;
export type ClassListsState = SavedState<ClassList, Record<string, never>>;

export const classListsSpec: DataSpec<ClassListsState> = {
  exercise: 'class-lists',
  version: 1,
  migrations: {},
  isValid: savedStateCheck<ClassListFields, Record<string, never>>({ className: str(200), names: text() }, obj<Record<string, never>>({})),
  blank: () => blankState({}),
};
