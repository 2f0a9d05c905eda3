// Belief ladder: what one saved entry holds, its draft, and how saved data is checked and migrated.
// One text field to start with: add fields here, in the fixture, and in ./exercise.ts together.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { obj } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export interface BeliefLadderFields {
  /** What the person wrote. */
  note: string;
}
export type BeliefLadderEntry = EntryMeta & BeliefLadderFields;
export interface BeliefLadderDraft {
  note: string;
}
export type BeliefLadderState = SavedState<BeliefLadderEntry, BeliefLadderDraft>;

const isState = savedStateCheck<BeliefLadderFields, BeliefLadderDraft>({ note: text() }, obj<BeliefLadderDraft>({ note: text() }));

export const EMPTY_BELIEF_LADDER_DRAFT: BeliefLadderDraft = { note: '' };

export const beliefLadderShape: DataShape<BeliefLadderState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(EMPTY_BELIEF_LADDER_DRAFT),
};

/** An entry needs its words; whitespace alone does not count. */
export function canSaveBeliefLadder(draft: BeliefLadderDraft): boolean {
  return draft.note.trim().length > 0;
}
