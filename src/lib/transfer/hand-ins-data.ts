// What a teacher's browser keeps: the hand-ins they chose to collect, as received, and which of a
// student's versions the teacher chose to count (src/lib/class-view.ts versionsPerStudent).
import type { DataSpec } from '../storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../storage/entries';
import { isIsoStamp, obj, type Check } from '../storage/shape';
import { savedStateCheck } from '../exercises/saved-state-schema';
import { handInProblems, type HandIn, type HandInExercises } from './hand-in';

export interface CollectedFields {
  handIn: HandIn;
  /** When the teacher chose this version of the student's hand-ins to count (absent: never chosen). */
  chosenAt?: string;
}
export type CollectedHandIn = EntryMeta & CollectedFields;
export type HandInsState = SavedState<CollectedHandIn, Record<string, never>>;

const isChosenAt: Check<string | undefined> = (v): v is string | undefined => v === undefined || isIsoStamp(v);

/** The kept hand-ins' spec, checking entries against `exercises` (the catalog, passed in). */
export const handInsSpecFor = (exercises: HandInExercises): DataSpec<HandInsState> => ({
  exercise: 'hand-ins',
  version: 3,
  // Version 2 hand-ins may carry assignment.areas and withheld (both optional, checked by
  // handInProblems); a version 1 hand-in is already a valid version 2 one, kept exactly as received.
  // Version 3 (issue 23): kept hand-ins may be hand-in version 2 (signed) and carry `chosenAt`; a
  // version 2 state is already a valid version 3 one. The number moved so that an older page reports
  // "saved by a newer version" instead of taking a signed hand-in for damaged data.
  migrations: { 1: (data) => data, 2: (data) => data },
  isValid: savedStateCheck<CollectedFields, Record<string, never>>(
    {
      // Kept hand-ins are checked by the rules they were received under (see handInProblems' `stored`).
      handIn: (v): v is HandIn => handInProblems(exercises, v, undefined, { stored: true }).length === 0,
      chosenAt: isChosenAt,
    },
    obj<Record<string, never>>({}),
  ),
  blank: () => blankState({}),
});
