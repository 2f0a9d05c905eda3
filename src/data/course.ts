// The course as the site shows it: every lesson, in order, with its reading time.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortCourse } from '../lib/course';
import { readingMinutes } from '../lib/reading-time';

export type Lesson = CollectionEntry<'lessons'> & { minutes: number };

export async function getCourse(): Promise<Lesson[]> {
  const entries = await getCollection('lessons');
  return sortCourse(entries).map((entry) => ({ ...entry, minutes: readingMinutes(entry.body ?? '') }));
}
