import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from './lib/glossary-schema';
import { lessonSchema } from './lib/lesson-schema';

// Lessons are MDX files in content/. A file or folder-level name starting with "_" is a draft and is
// skipped, so work in progress can live beside published lessons.
const lessons = defineCollection({
  loader: glob({ base: './content', pattern: '**/[^_]*.mdx' }),
  schema: lessonSchema,
});

// The glossary: one YAML list, each entry keyed by its id (the anchor on /glossary/).
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossarySchema,
});

export const collections = { lessons, glossary };
