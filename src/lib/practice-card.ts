// The six parts every practice shows, on its own page (/practice/<id>/) and in a lesson's weekly
// practice box: "Time it takes", "How to do it", "Why try it", "Why it works", "Evidence" and "Who it
// is for". One zod schema for both: lessons give theirs in frontmatter (src/lib/lesson-schema.ts,
// checked by Astro when it loads the lesson), the tools in src/data/tool-cards.ts (checked when the
// site is built). "How to do it" is the practice's steps, kept where they already are.
import { z } from 'astro/zod';
import { smartQuotes } from './typography';

/** The six headings, in the order a card shows them. Tests read the built pages for exactly these. */
export const CARD_HEADINGS = ['Time it takes', 'How to do it', 'Why try it', 'Why it works', 'Evidence', 'Who it is for'] as const;

const sentence = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => /[.?!”)]$/.test(s.trim()), 'write it as a full sentence, ending with a full stop')
    // Curly quotes and apostrophes, as every word from data gets (src/lib/typography.ts).
    .transform(smartQuotes);

/** A DOI without the resolver prefix, as the lesson references give it. */
const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts "10." and has no resolver prefix');

/**
 * What the evidence is for this practice itself, not only for the theory behind it. Either a study
 * that tested this practice (or one very close to it), with its reference, or an honest "no direct
 * test", naming what the practice rests on. The page adds the words "No direct test of this
 * practice; it rests on" itself, so no card can leave them out.
 */
export const evidenceSchema = z.union([
  z.object({
    /** What the study did and found, no stronger than its abstract says (sample, setting, limits). */
    directTest: sentence(40, 600),
    /** Short citation as the reader sees it: "Breines & Chen, 2012". */
    cite: z.string().min(6).max(80).transform(smartQuotes),
    /** The study's DOI, checked against the publisher's record. */
    doi,
  }),
  z.object({
    /** Completes "No direct test of this practice; it rests on …": the theory or nearby studies. */
    restsOn: sentence(20, 600),
    /** Short citation of the main work it rests on, when there is one: "Bandura, 1977". */
    cite: z.string().min(6).max(80).transform(smartQuotes).optional(),
    /** That work's DOI, when it has one. */
    doi: doi.optional(),
  }),
]);

export const practiceCardSchema = z.object({
  /** How long it takes, in plain words: "Ten minutes, once a week" or "Five minutes an evening for a week". */
  time: z.string().min(5).max(120).transform(smartQuotes),
  /** Why someone might want to do it: what it offers, in one to three sentences. */
  whyTry: sentence(30, 500),
  /** The mechanism, as the course teaches it, in one to three sentences (claims no stronger than the evidence). */
  whyItWorks: sentence(30, 600),
  /** See evidenceSchema: a direct test with its reference, or "no direct test" and what it rests on. */
  evidence: evidenceSchema,
  whoFor: z.object({
    /** Who it suits. */
    suits: sentence(20, 400),
    /** Who should not use it, or use it with care, and why. */
    care: sentence(20, 500),
    /**
     * True where a person doing it is likely to be in low mood (writing about setbacks, "I can't",
     * failures): the card then adds a link to /help/. Required, so each card makes the choice.
     */
    lowMood: z.boolean(),
  }),
});

/** A tool's card: the same six parts, with its own steps for "How to do it". */
export const toolCardSchema = practiceCardSchema.extend({
  /** How to use the tool, in order; each step one or two sentences. */
  steps: z.array(sentence(10, 300)).min(2).max(6),
});

export type PracticeCard = z.infer<typeof practiceCardSchema>;
export type ToolCard = z.infer<typeof toolCardSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
