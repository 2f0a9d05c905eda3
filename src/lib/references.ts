// The course's bibliography: every work any lesson cites, once, with the lessons that cite it.
import type { Reference } from './lesson-schema';

export interface CitedWork {
  reference: Reference;
  /** Lessons citing it, in course order. */
  citedBy: { id: string; title: string }[];
}

/** Two citations are the same work when their DOIs match, or else their first author, year and title. */
export function workKey(ref: Reference): string {
  if (ref.doi) return `doi:${ref.doi.toLowerCase()}`;
  const normal = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return `${normal(ref.authors[0] ?? '')}|${ref.year}|${normal(ref.title)}`;
}

export function collectReferences(lessons: readonly { id: string; data: { title: string; references: Reference[] } }[]): CitedWork[] {
  const works = new Map<string, CitedWork>();
  for (const lesson of lessons) {
    for (const reference of lesson.data.references) {
      const key = workKey(reference);
      const work = works.get(key) ?? { reference, citedBy: [] };
      if (!work.citedBy.some((c) => c.id === lesson.id)) work.citedBy.push({ id: lesson.id, title: lesson.data.title });
      works.set(key, work);
    }
  }
  // Alphabetical by first author, then year, as a reference list is read.
  return [...works.values()].sort(
    (a, b) => (a.reference.authors[0] ?? '').localeCompare(b.reference.authors[0] ?? '') || a.reference.year - b.reference.year,
  );
}
