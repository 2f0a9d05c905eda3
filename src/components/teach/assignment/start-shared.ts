// What the teacher's link fixes for the whole class starts the student's own drafts: done here,
// through each worksheet's own store, so the worksheets' pages carry no code for it.
import type { Assignment } from '../../../lib/assignment-link';
import type { EntryMeta } from '../../../lib/storage/entries';
import { draftWithSharedAreas, GRID_EXERCISE, type EfficacyGridDraft } from '../../../exercises/shared-areas';
import { draftWithFixedStatements, WE_CAN_EXERCISE, type WeCanDraft } from '../../../exercises/shared-statements';
import { loadedStoreOf as storeOf } from '../../../exercises/registry';
import type { ExerciseStore } from '../../../stores/exercise-store';

// Each store is loaded with the assignment's worksheets (../AssignmentView.tsx) before these run.
// The two store casts left in src/, and why: `storeOf` finds a store by its id at run time, so its type
// cannot say which draft that store keeps; importing the grid's or We can's store module here would
// name those worksheets in a third file outside their folders (tests/unit/exercise-catalog.test.ts).
// The id is the worksheet's own constant, so the draft is that worksheet's; no `unknown` in between.

/** The class's shared areas start the student's grid (src/exercises/shared-areas.ts). */
export function startGridWithSharedAreas(areas: readonly string[] | undefined) {
  const grid = storeOf(GRID_EXERCISE) as ExerciseStore<EntryMeta, EfficacyGridDraft> | undefined;
  if (!grid || !areas?.length) return;
  const next = draftWithSharedAreas(grid.$state.get().draft.value, areas);
  if (next) grid.setDraft(next);
}

/**
 * The class's fixed statements start the student's "We can" draft (src/exercises/shared-statements.ts),
 * as the grid's areas do, with the kind of group the link names.
 */
export function startWeCanWithStatements(assignment: Pick<Assignment, 'statements' | 'group' | 'className'> | undefined) {
  const weCan = storeOf(WE_CAN_EXERCISE) as ExerciseStore<EntryMeta, WeCanDraft> | undefined;
  const statements = assignment?.statements;
  if (!weCan || !statements?.length) return;
  const next = draftWithFixedStatements(weCan.$state.get().draft.value, statements, assignment);
  if (next) weCan.setDraft(next);
}
