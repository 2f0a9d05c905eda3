// What a teacher's browser keeps for the review page: a class list per class name, the names as
// typed (one per line), so the roster can show who has not handed in. One entry per class, its id
// made from the class name, so two tabs' lists of one class merge. Reading and checking a list, and
// the roster it gives, are in src/lib/class-list.ts.
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

/**
 * How names are compared: trimmed, in any case, runs of spaces (and tabs, as a pasted spreadsheet
 * column has) counted as one space. "ana  maría " is "Ana María".
 */
export const matchKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The id a class's list is saved under: one per class name, so two tabs' lists for it merge. */
export const classListId = (className: string): string => `class:${matchKey(className)}`.slice(0, 80);

/** The list kept for a class (class names matched like student names): the latest edited. */
export function listFor<L extends { className: string; updatedAt: string }>(lists: readonly L[], className: string): L | undefined {
  const key = matchKey(className);
  let found: L | undefined;
  for (const l of lists) if (matchKey(l.className) === key && (!found || l.updatedAt > found.updatedAt)) found = l;
  return found;
}
