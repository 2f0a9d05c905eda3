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
