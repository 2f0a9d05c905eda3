import { classListId, classListsSpec, listFor, type ClassList } from '../lib/class-lists-data';
import { liveEntries } from '../lib/storage/entries';
import { nextStamp } from '../lib/storage/clock';
import { createExerciseStore } from './exercise-store';

/** The teacher's class lists, one per class name, saved as typed. */
export const classLists = createExerciseStore(classListsSpec);

/** Saves a class's list as typed: its entry is changed, or made (under the class's own id). */
export function setClassList(className: string, names: string): void {
  const state = classLists.$state.get();
  const kept = listFor(liveEntries(state) as ClassList[], className);
  if (kept) return classLists.update(kept.id, { names });
  const id = classListId(className);
  const now = nextStamp();
  // A list deleted here or in an imported file comes back under the same id, newer than its deletion.
  if (state.entries.some((e) => e.id === id)) classLists.restore({ id, createdAt: now, updatedAt: now, className, names });
  else classLists.add({ className, names }, id);
}
