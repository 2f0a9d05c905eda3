// What a teacher's browser keeps: the assignments they built on /teach/ (to list, reopen, copy or
// delete), and the builder's form as it is being filled in, so a reload does not lose it.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { list, obj, str, type Check } from './storage/shape';
import { savedStateCheck } from './exercises/saved-state-schema';

export interface BuiltFields {
  practices: string[];
  /** The Monday (YYYY-MM-DD), or '' for "this week" in the form. */
  week: string;
  className: string;
  note: string;
  areas: string[];
  /** The class's fixed "We can" statements; missing in what was saved before they existed. */
  statements?: string[];
}
export type BuiltAssignment = EntryMeta & BuiltFields;
export type BuiltAssignmentsState = SavedState<BuiltAssignment, BuiltFields>;

export const blankBuilt = (): BuiltFields => ({ practices: [], week: '', className: '', note: '', areas: [] });

const fields = {
  practices: list(str(80), 20),
  week: str(10),
  className: str(200),
  note: str(1000),
  areas: list(str(200), 12),
  statements: ((v): v is string[] | undefined => v === undefined || list(str(400), 12)(v)) as Check<string[] | undefined>,
};

export const builtAssignmentsSpec: DataSpec<BuiltAssignmentsState> = {
  exercise: 'built-assignments',
  version: 1,
  migrations: {},
  isValid: savedStateCheck<BuiltFields, BuiltFields>(fields, obj<BuiltFields>(fields)),
  blank: () => blankState(blankBuilt()),
};
