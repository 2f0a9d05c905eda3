// Assembles the course from the lesson entries: the order, and each lesson's neighbours.

export interface Ordered {
  id: string;
  data: { order: number; title: string };
}

/**
 * Lessons in course order. Two lessons with the same `order` are an authoring mistake that would make
 * previous/next links ambiguous, so it fails the build with both files named.
 */
export function sortCourse<T extends Ordered>(lessons: readonly T[]): T[] {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `Lessons "${prev.id}" and "${cur.id}" both have order ${cur.data.order}: each lesson needs its own place in the course.`,
      );
    }
  }
  return sorted;
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

export function neighbours<T extends Ordered>(course: readonly T[], id: string): Neighbours<T> {
  const index = course.findIndex((lesson) => lesson.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: course[index - 1], next: course[index + 1] };
}
