// Every kind of saved data the site keeps (efficacy-lab:data:<kind>), with its spec: each exercise's,
// and the site's own. Export, import and the workbook's storage go through this list. The exercises
// are passed in (src/exercises/data-kinds.ts passes the catalog), so this module knows no worksheet.
import type { DataSpec } from '../storage/envelope';
import type { EntryMeta, SavedState } from '../storage/entries';
import { assignmentsSpec } from '../assignments-data';
import { builtAssignmentsSpec } from '../built-assignments-data';
import { classListsSpec } from '../class-lists-data';
import { groupLinksSpec } from '../group-links-data';
import { handInsSpecFor } from './hand-ins-data';
import type { HandInExercises } from './hand-in';
import type { FieldDescriptor } from '../exercises/fields';
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

/** The name of a kind of saved data: an exercise's id, "assignments", "hand-ins", "built-assignments", "class-lists", "group-links", "progress", "checks" or "teacher-comments". */
export type DataKind = string;

/** The kinds, looked up by name. */
export interface DataKinds {
  readonly all: Readonly<Record<DataKind, DataKindInfo>>;
  isDataKind(value: string): value is DataKind;
  /** A kind's label and spec; throws for a name that is not a kind (callers check with isDataKind first). */
  dataKind(kind: DataKind): DataKindInfo;
}

/** An exercise as the saving layer sees it. */
export interface ExerciseKind {
  id: string;
  title: string;
  // The spec's exact saved shape is the exercise's own; here every spec is handled alike.
  spec: AnySpec;
  fields: readonly FieldDescriptor[];
}

/** The kinds for these exercises and the site's own data. */
export function dataKindsOf(exercises: readonly ExerciseKind[]): DataKinds {
  const byId: HandInExercises = (id) => exercises.find((e) => e.id === id);
  const all: Readonly<Record<string, DataKindInfo>> = Object.fromEntries([
    ...exercises.map((e) => [e.id, { label: e.title, spec: e.spec, exercise: true }] as const),
    ['assignments', { label: 'Assignments', spec: assignmentsSpec, exercise: false }],
    ['hand-ins', { label: 'Collected hand-ins (teacher)', spec: handInsSpecFor(byId), exercise: false }],
    ['built-assignments', { label: 'Assignments built (teacher)', spec: builtAssignmentsSpec, exercise: false }],
    ['class-lists', { label: 'Class lists (teacher)', spec: classListsSpec, exercise: false }],
    ['group-links', { label: '“We can” link for your group, as written', spec: groupLinksSpec, exercise: false }],
    ['progress', { label: 'Lessons read', spec: progressSpec, exercise: false }],
    ['teacher-comments', { label: 'Comments from your teacher', spec: teacherCommentsSpec, exercise: false }],
    ['checks', { label: 'Checks for understanding', spec: checksSpec, exercise: false }],
  ]);
  return {
    all,
    isDataKind: (value: string): value is DataKind => Object.hasOwn(all, value),
    dataKind(kind) {
      const info = all[kind];
      if (!info) throw new Error(`"${kind}" is not a kind of saved data.`);
      return info;
    },
  };
}
