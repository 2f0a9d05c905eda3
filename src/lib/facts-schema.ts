// The table of checked facts: every research figure a lesson states (a correlation, a percentage, a
// count of studies or people) is listed in content/facts.yaml with the claim it supports and the
// published work it comes from. A unit test (tests/unit/content-rules.test.ts) finds the figures in
// each lesson's text and fails when one is missing from the table, or when the table's work is not
// among that lesson's references, so a figure cannot drift from what the work reports.
import { z } from 'astro/zod';

export const factSchema = z
  .object({
    /** The figure exactly as the lessons write it: ".38", "89%", "21,616 people", "96 studies". */
    figure: z.string().min(1).max(40),
    /** What the figure says, in our words: the claim a lesson may make with it, and no stronger. */
    claim: z.string().min(20).max(400),
    /** The work that reports it: its DOI, without the resolver prefix; must be a reference of the lesson. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/)
      .optional(),
    /** For a work without a DOI (a book), the url it has in the lesson's references. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** How it was checked: where the figure was confirmed (the abstract, a page, the source article). */
    checked: z.string().min(5).max(200),
  })
  .refine((fact) => fact.doi !== undefined || fact.url !== undefined, { message: 'give the doi (or url) of the work', path: ['doi'] });

/**
 * A figure, quotation or claim taken out of the course (or reworded) because it could not be checked
 * against the published work, or the work says something else. Kept in the table so the reason stays
 * with the content, and so the words cannot creep back: the unit test fails if a file named in `from`
 * still contains them.
 */
export const withdrawnSchema = z.object({
  /** The words exactly as they stood, without quotation marks: a figure, a quotation or a claim. */
  withdrawn: z.string().min(2).max(300),
  /** The files they stood in, from the project root: "content/the-evidence.mdx". */
  from: z.array(z.string().regex(/^(?:content|src)\/[\w./-]+$/)).min(1),
  /** Why they went: what the published work says instead, or why it could not be checked. */
  reason: z.string().min(20).max(400),
  /** What was searched: where the words were looked for and not found (or found to differ). */
  checked: z.string().min(5).max(200),
  /** The DOI of the work the words were attributed to, when there is one. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .optional(),
});

export const factsSchema = z.array(z.union([factSchema, withdrawnSchema])).min(1);

export type Fact = z.infer<typeof factSchema>;
export type Withdrawn = z.infer<typeof withdrawnSchema>;

/** The checked figures in the table, without the withdrawn entries. */
export const checkedFacts = (entries: readonly (Fact | Withdrawn)[]): Fact[] => entries.filter((e): e is Fact => 'figure' in e);
/** The withdrawn entries in the table. */
export const withdrawnEntries = (entries: readonly (Fact | Withdrawn)[]): Withdrawn[] =>
  entries.filter((e): e is Withdrawn => 'withdrawn' in e);

/**
 * The research figures in a piece of lesson text. Counted as figures: correlations and other
 * decimals written without a leading zero (".38"), percentages ("89%"), numbers with a thousands
 * separator ("21,616"), and counts of studies, people, groups and the like ("114 studies"). Years,
 * step numbers and everyday amounts ("1 to 10", "5 km") are not figures.
 */
export function findFigures(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /(?<![\w.,])\.\d{2,3}\b/g,
    /\b\d+(?:\.\d+)?%/g,
    /\b\d{1,3}(?:,\d{3})+(?:\s+(?:people|groups|participants|students|children|adults))?\b/g,
    /(?<![\d,.])\b\d+\s+(?:studies|people|groups|participants|adults|children|students|correlations|effect sizes)\b/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[0].replace(/\s+/g, ' '));
  // "21,616 people" also matches the bare "21,616": keep only the longest form of each number.
  return [...found].filter((f) => ![...found].some((g) => g !== f && g.startsWith(f) && /\s/.test(g.slice(f.length, f.length + 1))));
}
