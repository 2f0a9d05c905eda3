// Every kind of saved data the site keeps (efficacy-lab:data:<kind>), with its spec: each exercise's,
// and the site's own. Export, import and the workbook's storage go through this list.
import type { DataSpec } from '../storage/envelope';
import type { EntryMeta, SavedState } from '../storage/entries';
import { assignmentsSpec } from '../assignments-data';
import { EXERCISES } from '../../exercises/catalog';
import { builtAssignmentsSpec } from '../built-assignments-data';
import { classListsSpec } from '../class-lists-data';
import { handInsSpec } from './hand-ins-data';
import { progressSpec } from '../progress-data';
import { teacherCommentsSpec } from '../teacher-comments-data';
import { checksSpec } from '../checks-data';

export type AnySpec = DataSpec<SavedState<EntryMeta, unknown>>;

/** A kind of saved data (efficacy-lab:data:<kind>): every exercise's, and the site's own. */
export interface DataKindInfo {
  /** How the kind is named to people (export preview, workbook). */
  label: string;
  spec: AnySpec;
  /** Whether it is an exercise's entries (listed in the workbook) rather than the site's own data. */
  exercise: boolean;
}

export const DATA_KINDS: Readonly<Record<string, DataKindInfo>> = Object.fromEntries([
  ...EXERCISES.map((e) => [e.id, { label: e.title, spec: e.spec, exercise: true }] as const),
  ['assignments', { label: 'Assignments', spec: assignmentsSpec, exercise: false }],
  ['hand-ins', { label: 'Collected hand-ins (teacher)', spec: handInsSpec, exercise: false }],
  ['built-assignments', { label: 'Assignments built (teacher)', spec: builtAssignmentsSpec, exercise: false }],
  ['class-lists', { label: 'Class lists (teacher)', spec: classListsSpec, exercise: false }],
  ['progress', { label: 'Lessons read', spec: progressSpec, exercise: false }],
  ['teacher-comments', { label: 'Comments from your teacher', spec: teacherCommentsSpec, exercise: false }],
  ['checks', { label: 'Checks for understanding', spec: checksSpec, exercise: false }],
]);

/** The name of a kind of saved data: an exercise's id, "assignments", "hand-ins", "built-assignments", "class-lists", "progress", "checks" or "teacher-comments". */
export type DataKind = string;

export function isDataKind(value: string): value is DataKind {
  return Object.hasOwn(DATA_KINDS, value);
}

/** A kind's label and spec; throws for a name that is not a kind (callers check with isDataKind first). */
export function dataKind(kind: DataKind): DataKindInfo {
  const info = DATA_KINDS[kind];
  if (!info) throw new Error(`"${kind}" is not a kind of saved data.`);
  return info;
}
