// What the teacher's link fixes for the whole class starts the student's own drafts: done here,
// through each worksheet's own store, so the worksheets' pages carry no code for it.
import { draftWithSharedAreas } from '../../../exercises/shared-areas';
import { draftWithFixedStatements } from '../../../exercises/shared-statements';
// The two stores, typed by their own modules (the assignment page holds every exercise's store already).
import { efficacyGrid } from '../../../exercises/efficacy-grid/store';
import { weCan } from '../../../exercises/we-can/store';

/** The class's shared areas start the student's grid (src/exercises/shared-areas.ts). */
export function startGridWithSharedAreas(areas: readonly string[] | undefined) {
  if (!areas?.length) return;
  const next = draftWithSharedAreas(efficacyGrid.$state.get().draft.value, areas);
  if (next) efficacyGrid.setDraft(next);
}

/** The class's fixed statements start the student's "We can" draft (src/exercises/shared-statements.ts), as the grid's areas do. */
export function startWeCanWithStatements(statements: readonly string[] | undefined) {
  if (!statements?.length) return;
  const next = draftWithFixedStatements(weCan.$state.get().draft.value, statements);
  if (next) weCan.setDraft(next);
}
