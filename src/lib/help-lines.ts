// The crisis lines and emergency numbers on /help/, read from content/help-lines.yaml at build. Each
// row carries the official page it was checked against and the day it was checked, so a number
// cannot be added without a source, and a stale one can be found by date (docs/care.md says how to
// re-check). The page fails to build when the file breaks this schema or a country loses its
// emergency number or crisis line; tests/unit/help-lines.test.ts checks the same.
import { z } from 'astro/zod';
import { smartQuotes } from './typography';

/** The countries the page always covers; every other country is sent to an international directory. */
export const HELP_COUNTRIES = ['United States', 'Canada', 'United Kingdom', 'Ireland', 'Australia', 'New Zealand'] as const;
export type HelpCountry = (typeof HELP_COUNTRIES)[number];

/** What a line is for, in the order the page lists them within a country. */
export const HELP_KINDS = ['emergency', 'crisis', 'young people', 'domestic abuse'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

const https = z.url({ protocol: /^https$/ });

export const helpLineSchema = z
  .object({
    /** Unique, stable: the page's anchors and the tests use it. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    country: z.enum(HELP_COUNTRIES),
    /** The line's name as a person would look it up (shown with the site's curly quotes). */
    name: z.string().min(2).max(80).transform(smartQuotes),
    kind: z.enum(HELP_KINDS),
    /** The number as the country writes it ("116 123", "1-800-799-7233"): digits, spaces and hyphens only. */
    phone: z
      .string()
      .regex(/^\d[\d -]*\d$/)
      .optional(),
    /** The text option in plain words ("Text START to 88788"), when the line has one. */
    text: z
      .string()
      .regex(/^Text \S/)
      .max(60)
      .optional(),
    /** When it answers, in plain words. */
    hours: z.string().min(3).max(40),
    /** The line's own website (emergency numbers have none). */
    website: https.optional(),
    /** The official page the row was checked against. */
    source: https,
    /** Whose page that is: the line's own site, the organisation that runs it, or a government's. */
    sourceKind: z.enum(['own site', 'operator', 'government']),
    /** What the source page shows, in our words: enough to re-check the row against it. */
    confirmed: z.string().min(20).max(400),
    /** The day it was checked, as YYYY-MM-DD. */
    checked: z.iso.date(),
  })
  .refine((line) => line.phone !== undefined || line.text !== undefined, {
    message: 'give a phone number or a text option',
    path: ['phone'],
  })
  .refine((line) => line.kind !== 'emergency' || (line.phone !== undefined && line.text === undefined), {
    message: 'an emergency number is a phone number only',
    path: ['kind'],
  });

export type HelpLine = z.infer<typeof helpLineSchema>;

export const helpLinesSchema = z
  .array(helpLineSchema)
  .min(1)
  .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, { message: 'every id once' });

/** What the page needs and the file lacks: each country must have an emergency number and a crisis line. */
export function coverageProblems(lines: readonly HelpLine[]): string[] {
  const problems: string[] = [];
  for (const country of HELP_COUNTRIES) {
    for (const kind of ['emergency', 'crisis'] as const) {
      if (!lines.some((l) => l.country === country && l.kind === kind)) problems.push(`${country} has no ${kind} line`);
    }
  }
  return problems;
}

/** Reads and checks the file's text; throws with every problem, so the build stops on a bad row. */
export function parseHelpLines(data: unknown): HelpLine[] {
  const lines = helpLinesSchema.parse(data);
  const problems = coverageProblems(lines);
  if (problems.length > 0) throw new Error(`content/help-lines.yaml: ${problems.join('; ')}`);
  return lines;
}

/** A tel: address for a number as written: its digits, dialled as in the country (no country code, so 000 and 116 123 work). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, '')}`;
}

/** A number as shown: its spaces and hyphens made non-breaking, so it never wraps across two lines. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** The lines of one country, emergency first, then crisis, young people and domestic abuse, as the file lists them within a kind. */
export function linesOf(lines: readonly HelpLine[], country: HelpCountry, kinds: readonly HelpKind[] = HELP_KINDS): HelpLine[] {
  return kinds.flatMap((kind) => lines.filter((l) => l.country === country && l.kind === kind));
}

/** A website as short text for the page and for paper: its host without "www.". */
export function siteLabel(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}
