// The weekly practices, from the lessons' frontmatter, as the teacher and assignment pages use them.
import { getCourse } from './course';
import { exerciseInfo } from '../lib/exercises/registry';
import type { PracticeInfo } from '../lib/practice-catalog';

export async function getPractices(): Promise<PracticeInfo[]> {
  return (await getCourse()).map((lesson) => {
    const { id, title, steps, reflection, exercise } = lesson.data.practice;
    const built = exercise ? exerciseInfo(exercise) : undefined;
    return {
      id,
      title,
      steps,
      reflection,
      lesson: lesson.id,
      lessonTitle: lesson.data.title,
      ...(built ? { exercise: built.id, exerciseTitle: built.title } : {}),
    };
  });
}
