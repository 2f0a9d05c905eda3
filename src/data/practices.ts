// The weekly practices, from the lessons' frontmatter, as the teacher and assignment pages use them.
import { getCourse } from './course';
import { EXERCISES, exerciseById } from '../exercises/catalog';
import type { PracticeInfo } from '../lib/practice-catalog';

export async function getPractices(): Promise<PracticeInfo[]> {
  const course = await getCourse();
  // Checked at build (every page that lists practices calls this): each worksheet names the lesson that teaches it.
  for (const e of EXERCISES) {
    if (!course.some((l) => l.id === e.lesson))
      throw new Error(`src/exercises/${e.id}/exercise.ts names the lesson "${e.lesson}", but there is no such lesson in content/.`);
  }
  const weekly = course.map((lesson) => {
    const { id, title, steps, reflection, classReflection, sharedAreasStep, exercise } = lesson.data.practice;
    const own = exercise ? exerciseById(exercise) : undefined;
    const others = EXERCISES.filter((e) => e.lesson === lesson.id && e.id !== own?.id);
    return {
      id,
      title,
      steps,
      reflection,
      ...(classReflection ? { classReflection } : {}),
      ...(sharedAreasStep ? { sharedAreasStep } : {}),
      lesson: lesson.id,
      lessonTitle: lesson.data.title,
      worksheets: [...(own ? [own] : []), ...others].map((e) => ({ id: e.id, title: e.title })),
    };
  });
  // Every tool can be assigned on its own too: those that are not a lesson practice's own worksheet
  // become practices of their own, with the tool's id (never the same as a practice's: checked here).
  const ownSheets = new Set(course.map((l) => l.data.practice.exercise));
  const tools = EXERCISES.filter((e) => !ownSheets.has(e.id)).map((e): PracticeInfo => {
    if (weekly.some((p) => p.id === e.id)) throw new Error(`The tool "${e.id}" has the same id as a practice.`);
    const lesson = course.find((l) => l.id === e.lesson);
    if (!lesson) throw new Error(`No lesson "${e.lesson}" for ${e.id}.`); // never: checked above
    return {
      id: e.id,
      title: e.title,
      steps: [e.summary, 'Use it on at least two days this week, and save what you do.'],
      reflection: 'What did you notice while using it this week?',
      lesson: e.lesson,
      lessonTitle: lesson.data.title,
      worksheets: [{ id: e.id, title: e.title }],
    };
  });
  return [...weekly, ...tools];
}
