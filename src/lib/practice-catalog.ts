// A weekly practice as the assignment, hand-in and review islands see it (serialisable, built from
// the lessons at build time and passed to the islands as props).
import type { ExerciseId } from './exercise-ids';

export interface PracticeInfo {
  id: string;
  title: string;
  steps: string[];
  reflection: string;
  /** The lesson that teaches it (slug) and its title. */
  lesson: string;
  lessonTitle: string;
  /** The worksheet that supports it, when one exists. */
  exercise?: ExerciseId;
  exerciseTitle?: string;
}
