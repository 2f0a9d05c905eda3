// One glossary entry. The entries live in content/glossary.yaml; the page is /glossary/, and
// lessons link a term's first use to /glossary/#<id>. Its words get the site's curly quotes
// (src/lib/typography.ts) as they are read.
import { z } from 'astro/zod';
import { smartQuotes } from './typography';

export const glossarySchema = z.object({
  /** The term as it is usually written. */
  term: z.string().min(2).max(60).transform(smartQuotes),
  /** Other names for the same idea ("social persuasion" for verbal persuasion). */
  aka: z.array(z.string().min(2).transform(smartQuotes)).default([]),
  /** What it means, in one to three plain sentences of our own. */
  definition: z.string().min(30).max(600).transform(smartQuotes),
  /** The lesson (slug) that teaches it, and optionally the heading (its id) where it does. */
  taughtIn: z.object({
    lesson: z.string().regex(/^[a-z0-9-]+$/),
    section: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
  }),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
