// What a student's browser keeps of their teacher's comments (issue 24, item 9): each comment opened
// from a feedback link or file, with the assignment it answers, shown on that assignment's page beside
// the student's own work. One entry per comment; the same comment opened twice is kept once.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { isIsoStamp, list, obj, str } from './storage/shape';
import { savedStateCheck } from './exercises/saved-state-schema';
import { parseDay } from './dates';

export interface TeacherCommentFields {
  practices: string[];
  /** The Monday of the assignment's week. */
  week: string;
  className: string;
  /** The name the comment is for, as the student handed in. */
  student: string;
  comment: string;
  /** When the teacher wrote it (their clock). */
  writtenAt: string;
}
export type TeacherComment = EntryMeta & TeacherCommentFields;
export type TeacherCommentsState = SavedState<TeacherComment, Record<string, never>>;

export const teacherCommentsSpec: DataSpec<TeacherCommentsState> = {
  exercise: 'teacher-comments',
  version: 1,
  migrations: {},
  isValid: savedStateCheck<TeacherCommentFields, Record<string, never>>(
    {
      practices: list(str(80), 20),
      week: (v): v is string => typeof v === 'string' && parseDay(v) !== undefined,
      className: str(200),
      student: str(80),
      comment: str(2000),
      writtenAt: (v): v is string => isIsoStamp(v),
    },
    obj<Record<string, never>>({}),
  ),
  blank: () => blankState({}),
};

/** The id a comment is kept under: the same comment opened twice (its link and its file) is one. */
export function teacherCommentId(c: Pick<TeacherCommentFields, 'writtenAt' | 'comment' | 'student'>): string {
  const text = `${c.writtenAt}|${c.student}|${c.comment}`;
  let hash = 0x811c9dc5; // FNV-1a, 32 bit: enough to tell one student's comments apart
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `c-${(hash >>> 0).toString(36)}`;
}
