// A class's shared efficacy-grid areas (the `area` parameters of an assignment link): the one place
// outside the grid's folder that names the grid, and how a student's grid draft starts with them.
// Pure, unit-tested (tests/unit/class-view.test.ts). Beside the worksheets, not in src/lib, because it
// reads the grid's own rules (src/lib imports nothing from src/exercises).
import type { EfficacyGridDraft } from './efficacy-grid/data';

// What the review page needs of the grid, through this one file.
export { isRatings } from './efficacy-grid/exercise';
export { strengthOf } from './efficacy-grid/data';
export type { EfficacyGridDraft };

/** The worksheet the shared areas are for. */
export { GRID_EXERCISE } from '../lib/exercise-ids';
/** As many rows as a grid has at least and at most (the grid's MIN_DOMAINS and MAX_DOMAINS). */
const MIN_ROWS = 4;
const MAX_ROWS = 6;

const norm = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The grid draft a student meets when they open the grid from an assignment with shared areas: the
 * class's areas first, in the teacher's order, then any area of their own already in the draft (with
 * its rating), then empty rows up to four; `shared` names the class's areas, which the grid then keeps
 * from being renamed or removed (issue 24). Undefined when nothing needs to change (the draft already
 * starts with them and knows them as shared) or when it cannot change without dropping something the
 * student typed (their own areas and the class's would not fit in six rows): their draft is then
 * left as it is.
 */
export function draftWithSharedAreas(draft: EfficacyGridDraft, areas: readonly string[]): EfficacyGridDraft | undefined {
  if (areas.length === 0) return undefined;
  const typed = draft.domains.filter((d) => d.name.trim() !== '' || d.rating !== null);
  const starts = areas.every((a, i) => norm(draft.domains[i]?.name ?? '') === norm(a));
  const known =
    Array.isArray(draft.shared) && draft.shared.length === areas.length && areas.every((a, i) => norm(draft.shared![i] ?? '') === norm(a));
  if (starts && known) return undefined;
  if (starts) return { ...draft, shared: [...areas] };
  const shared = areas.map((a) => ({ name: a, rating: typed.find((d) => norm(d.name) === norm(a))?.rating ?? null }));
  const own = typed.filter((d) => !areas.some((a) => norm(a) === norm(d.name)));
  const domains = [...shared, ...own];
  if (domains.length > MAX_ROWS) return undefined;
  while (domains.length < MIN_ROWS) domains.push({ name: '', rating: null });
  return { ...draft, domains, shared: [...areas] };
}
