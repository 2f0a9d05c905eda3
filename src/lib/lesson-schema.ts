// The shape of a lesson's frontmatter. One schema for the one concept; `src/content.config.ts` hands
// it to Astro, and unit tests use it directly. Astro reports a mismatch with the lesson's file and
// the field's path, which fails the build. Words shown to readers get the site's curly quotes
// (smartQuotes, src/lib/typography.ts) as they are read, like the lessons' Markdown.
import { z } from 'astro/zod';
import { EFFICACY_SOURCE_IDS } from './efficacy-sources';
import { EXERCISE_IDS } from './exercise-ids';
import { checkSchema } from './check-schema';
import { practiceCardSchema } from './practice-card';
import { smartQuotes } from './typography';

/** Lower-case words joined by hyphens: safe in URLs, storage keys and ids. */
const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, like "catch-one-cant"');

/** A sentence-ish count: terminal punctuation followed by a space or the end. */
export function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.trim().length > 0).length;
}

export const referenceSchema = z
  .object({
    /** Authors as printed in the work, "Surname, I." each; at least one. */
    authors: z.array(z.string().min(2).transform(smartQuotes)).min(1),
    /** Year of publication. */
    year: z.number().int().min(1800).max(2100),
    /** Title of the article, chapter or book. */
    title: z.string().min(3).transform(smartQuotes),
    /** Where it appeared: the journal (with volume and pages) or the publisher. */
    venue: z.string().min(2).transform(smartQuotes),
    /** DOI without the resolver prefix ("10.1037/0033-295X.84.2.191"); preferred when one exists. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts "10." and has no resolver prefix, e.g. 10.1037/0033-295X.84.2.191')
      .optional(),
    /** A stable https URL, for works without a DOI (for a book, its catalogue record). */
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .refine((ref) => ref.doi !== undefined || ref.url !== undefined, {
    message: 'give a doi or, for a work without one, a url',
    path: ['doi'],
  });

export const practiceSchema = z.object({
  /** Stable id of the weekly practice. Assignments and saved work refer to it: never rename one. */
  id: slugId,
  /** Short name of the practice, shown as the panel's heading. */
  title: z.string().min(3).max(80).transform(smartQuotes),
  /** What to do, in order; each step one or two sentences. */
  steps: z.array(z.string().min(3).transform(smartQuotes)).min(1).max(8),
  /** The question to answer in writing at the end of the week. */
  reflection: z
    .string()
    .min(10)
    .refine((q) => q.trim().endsWith('?'), 'the reflection should be a question ending with "?"')
    .transform(smartQuotes),
  /** The reflection in a class's words, when the question speaks of another kind of group (assigned by a teacher). */
  classReflection: z
    .string()
    .min(10)
    .refine((q) => q.trim().endsWith('?'), 'the reflection should be a question ending with "?"')
    .transform(smartQuotes)
    .optional(),
  /** The first step on a class's handout when the teacher set shared grid areas (printed just above it). */
  sharedAreasStep: z.string().min(3).transform(smartQuotes).optional(),
  /** The interactive worksheet that supports this practice, if there is one. */
  exercise: z.enum(EXERCISE_IDS).optional(),
  /** The practice card's other five parts (time, why try it, why it works, evidence, who it is for). */
  card: practiceCardSchema,
});

export const lessonSchema = z.object({
  /** The lesson's title, as a heading and in the page title. */
  title: z.string().min(3).max(90).transform(smartQuotes),
  /** One or two sentences saying what the reader will take away; also the page description. */
  summary: z
    .string()
    .min(20)
    .max(320)
    .refine((s) => countSentences(s) <= 2, 'the summary should be one or two sentences')
    .transform(smartQuotes),
  /** Position in the course, from 1; unique across lessons (checked when the course is assembled). */
  order: z.number().int().positive(),
  /** The one idea to keep if the reader remembers nothing else; shown boxed near the top. */
  coreInsight: z.string().min(20).max(400).transform(smartQuotes),
  /** Which of Bandura's four sources of efficacy the lesson touches (may be none). */
  efficacySources: z.array(z.enum(EFFICACY_SOURCE_IDS)),
  /** The practice a reader (or a class) does in the week after reading. */
  practice: practiceSchema,
  /** "Check your understanding" at the end of the lesson: 3 to 5 questions (src/lib/check-schema.ts). */
  check: checkSchema,
  /** Works cited in the lesson, in the order a reader would want them (usually alphabetical). */
  references: z.array(referenceSchema).min(1),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Practice = z.infer<typeof practiceSchema>;
