// A weekly practice as the assignment, hand-in and review islands see it (serialisable, built from
// the lessons at build time and passed to the islands as props).
import type { ExerciseId } from './exercise-ids';

export interface PracticeInfo {
  id: string;
  title: string;
  steps: string[];
  reflection: string;
  /** The reflection in a class's words, when `reflection` speaks of a team or family (lesson frontmatter). */
  classReflection?: string;
  /** The first step on a class's handout when the teacher set shared grid areas. */
  sharedAreasStep?: string;
  /** The lesson that teaches it (slug) and its title. */
  lesson: string;
  lessonTitle: string;
  /**
   * The worksheets for it: the practice's own first (when it has one), then the other tools the same
   * lesson teaches. A hand-in offers entries from all of them.
   */
  worksheets: { id: ExerciseId; title: string }[];
}

/**
 * The practices a teacher is offered: all of them, less a tool's practice of its own when the tool is
 * already the only worksheet of a lesson's practice (the belief ladder sits in its lesson's text, so
 * "Rate a ladder of tasks" and "The belief ladder" offered the same worksheet twice). The tool's own
 * practice stays known to the assignment and review pages, so links and hand-ins naming it still open.
 */
export function offeredPractices<P extends Pick<PracticeInfo, 'id' | 'worksheets'>>(practices: readonly P[]): P[] {
  const isToolOwn = (p: P) => p.worksheets.length === 1 && p.worksheets[0]!.id === p.id;
  const onlySheetOfLesson = new Set<string>(
    practices.filter((p) => !isToolOwn(p) && p.worksheets.length === 1).map((p) => p.worksheets[0]!.id),
  );
  return practices.filter((p) => !(isToolOwn(p) && onlySheetOfLesson.has(p.id)));
}
