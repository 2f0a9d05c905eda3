// What a teacher's browser keeps: the hand-ins they chose to collect, as received.
import type { DataSpec } from '../storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../storage/entries';
import { obj, type Check } from '../storage/shape';
import { savedStateCheck } from '../exercises/saved-state-schema';
import { handInProblems, type HandIn } from './hand-in';

export interface CollectedFields {
  handIn: HandIn;
}
export type CollectedHandIn = EntryMeta & CollectedFields;
export type HandInsState = SavedState<CollectedHandIn, Record<string, never>>;

const isHandIn: Check<HandIn> = (v): v is HandIn => handInProblems(v).length === 0;

export const handInsSpec: DataSpec<HandInsState> = {
  exercise: 'hand-ins',
  version: 2,
  // Version 2 hand-ins may carry assignment.areas and withheld (both optional, checked by
  // handInProblems); a version 1 hand-in is already a valid version 2 one, kept exactly as received.
  migrations: { 1: (data) => data },
  isValid: savedStateCheck<CollectedFields, Record<string, never>>({ handIn: isHandIn }, obj<Record<string, never>>({})),
  blank: () => blankState({}),
};
