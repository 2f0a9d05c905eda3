// What a student's browser keeps about the assignments they have opened: the assignment itself,
// which practices they have marked done, and their answers to the reflection questions.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { list, obj, str } from './storage/shape';
import { savedStateCheck } from './exercises/saved-state-schema';
import { parseDay } from './dates';

export interface Reflection {
  practice: string;
  text: string;
}

export interface AssignmentFields {
  practices: string[];
  week: string;
  className: string;
  note: string;
  /** Practice ids the student has marked done. */
  done: string[];
  /** Answers to each practice's reflection question. */
  reflections: Reflection[];
  /** The class's shared grid areas, from the link (version 2). */
  areas: string[];
  /** The student's name and, when the link names no class, their class, as typed for the hand-in (version 2). */
  student: string;
  studentClass: string;
}
export type AssignmentEntry = EntryMeta & AssignmentFields;
export type AssignmentsState = SavedState<AssignmentEntry, Record<string, never>>;

const ids = list(str(80), 20);
const isState = savedStateCheck<AssignmentFields, Record<string, never>>(
  {
    practices: ids,
    // The Monday of its week, a real day: a made-up one would show as "NaN" in the workbook.
    week: (v): v is string => typeof v === 'string' && parseDay(v) !== undefined,
    className: str(200),
    note: str(1000),
    done: ids,
    reflections: list(obj<Reflection>({ practice: str(80), text: str(4000) }), 20),
    areas: list(str(60), 6),
    student: str(80),
    studentClass: str(60),
  },
  obj<Record<string, never>>({}),
);

export const assignmentsSpec: DataSpec<AssignmentsState> = {
  exercise: 'assignments',
  version: 2,
  migrations: {
    // Version 2 keeps the student's name and class with the assignment, and the class's grid areas.
    1: (data) => {
      const state = data as { entries: Record<string, unknown>[] };
      return {
        ...state,
        entries: state.entries.map((e) => ('deletedAt' in e ? e : { areas: [], student: '', studentClass: '', ...e })),
      };
    },
  },
  isValid: isState,
  blank: () => blankState({}),
};
