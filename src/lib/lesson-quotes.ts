// Quotations in lessons. A lesson quotes with <Quote by="Who" source="Title, year">“…”</Quote>; the
// content rule says each quotation is short (at most QUOTE_WORD_LIMIT words) and names, in `source`,
// a work that is in the lesson's references: its title (or the part before a colon) and its year.
// Pure functions, so the unit tests and any script can apply the rule.
import type { Reference } from './lesson-schema';
import { countWords } from './reading-time';

/** The longest quotation a lesson may carry, in words. */
export const QUOTE_WORD_LIMIT = 40;

export interface LessonQuote {
  /** Who said or wrote it (the `by` attribute). */
  by: string;
  /** The work it is attributed to (the `source` attribute), or undefined if there is none. */
  source: string | undefined;
  /** The quoted words, without the surrounding markup. */
  text: string;
}

/** Every <Quote> in a lesson body, in order. */
export function findQuotes(body: string): LessonQuote[] {
  return [...body.matchAll(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g)].map((m) => {
    const attrs = m[1]!;
    const by = attrs.match(/\bby="([^"]*)"/)?.[1] ?? '';
    const source = attrs.match(/\bsource="([^"]*)"/)?.[1];
    return { by, source, text: m[2]!.trim() };
  });
}

const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The reference a quotation's `source` names (title, or its part before a colon, and the year), if any. */
export function quotedWork(source: string | undefined, references: readonly Reference[]): Reference | undefined {
  if (!source) return undefined;
  const named = plain(source);
  return references.find((ref) => {
    const title = plain(ref.title);
    const short = plain(ref.title.split(':')[0]!);
    // The part before a colon counts only when it is a title on its own (three words or more).
    return (named.includes(title) || (short.split(' ').length >= 3 && named.includes(short))) && source.includes(String(ref.year));
  });
}

/** What is wrong with one quotation under the content rule; empty when nothing is. */
export function quoteProblems(quote: LessonQuote, references: readonly Reference[]): string[] {
  const problems: string[] = [];
  const words = countWords(quote.text);
  if (words > QUOTE_WORD_LIMIT) problems.push(`is ${words} words long (at most ${QUOTE_WORD_LIMIT})`);
  if (!/^[“"]/.test(quote.text)) problems.push('is not inside quotation marks');
  if (!quotedWork(quote.source, references)) problems.push(`names no work in the lesson's references (source="${quote.source ?? ''}")`);
  return problems;
}
