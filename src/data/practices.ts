// The weekly practices, from the lessons' frontmatter, as the teacher and assignment pages use them.
import { getCourse } from './course';
import { EXERCISES, exerciseById } from '../exercises/catalog';
import type { PracticeInfo } from '../lib/practice-catalog';

export async function getPractices(): Promise<PracticeInfo[]> {
  return (await getCourse()).map((lesson) => {
    const { id, title, steps, reflection, exercise } = lesson.data.practice;
    const own = exercise ? exerciseById(exercise) : undefined;
    const others = EXERCISES.filter((e) => e.lesson === lesson.id && e.id !== own?.id);
    return {
      id,
      title,
      steps,
      reflection,
      lesson: lesson.id,
      lessonTitle: lesson.data.title,
      worksheets: [...(own ? [own] : []), ...others].map((e) => ({ id: e.id, title: e.title })),
    };
  });
}
