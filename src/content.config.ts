import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/lesson-schema';

// Lessons are MDX files in content/. A file or folder-level name starting with "_" is a draft and is
// skipped, so work in progress can live beside published lessons.
const lessons = defineCollection({
  loader: glob({ base: './content', pattern: '**/[^_]*.mdx' }),
  schema: lessonSchema,
});

export const collections = { lessons };
