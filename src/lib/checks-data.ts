// Answers to the lessons' "Check your understanding" questions, kept in the reader's browser as a
// kind of saved data of its own ("checks", under efficacy-lab:data:checks), in the same envelope as
// every kind, so export, import, merging and the workbook handle it like the rest. One entry per
// lesson, its id the lesson's id, holding the option picked for each question (by the ids in the
// lesson's frontmatter, src/lib/check-schema.ts): two devices' answers merge lesson by lesson, the
// newer winning. Changing this shape: bump `version`, add a migration and a fixture
// (tests/fixtures/saved/checks/), and teach src/lib/checks-peek.ts the same.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { isRecord, obj, type Check } from './storage/shape';
import { savedStateCheck } from './exercises/saved-state-schema';

export const CHECKS_KIND = 'checks';
export const CHECKS_VERSION = 1;

/** At most this many answers per lesson (a check has five questions at most; room for renamed ones). */
const MAX_ANSWERS = 40;

export interface CheckFields {
  /** Question id → id of the option picked. */
  answers: Record<string, string>;
}
export type CheckEntry = EntryMeta & CheckFields;
export type ChecksState = SavedState<CheckEntry, Record<string, never>>;

const answersCheck: Check<Record<string, string>> = (v): v is Record<string, string> =>
  isRecord(v) &&
  Object.keys(v).length <= MAX_ANSWERS &&
  Object.entries(v).every(([question, option]) => question.length <= 80 && typeof option === 'string' && option.length <= 80);

export const checksSpec: DataSpec<ChecksState> = {
  exercise: CHECKS_KIND,
  version: CHECKS_VERSION,
  migrations: {},
  isValid: savedStateCheck<CheckFields, Record<string, never>>({ answers: answersCheck }, obj<Record<string, never>>({})),
  blank: () => blankState({}),
};

export { isCheckDone } from './checks-peek';
