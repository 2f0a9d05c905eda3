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
  version: 1,
  migrations: {},
  isValid: savedStateCheck<CollectedFields, Record<string, never>>({ handIn: isHandIn }, obj<Record<string, never>>({})),
  blank: () => blankState({}),
};
