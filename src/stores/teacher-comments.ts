import { teacherCommentId, teacherCommentsSpec, type TeacherCommentFields } from '../lib/teacher-comments-data';
import { liveEntries } from '../lib/storage/entries';
import { createExerciseStore } from './exercise-store';

/** The comments a student's teacher sent them, kept in the student's browser. */
export const teacherComments = createExerciseStore(teacherCommentsSpec);

/** Keeps a comment once: opening the same one again changes nothing. Returns whether it was new. */
export function keepTeacherComment(fields: TeacherCommentFields): boolean {
  const id = teacherCommentId(fields);
  if (liveEntries(teacherComments.$state.get()).some((e) => e.id === id)) return false;
  return teacherComments.add(fields, id) !== undefined;
}
