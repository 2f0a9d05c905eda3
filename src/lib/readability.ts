// Flesch-Kincaid grade of a lesson's prose, so "plain language a 15-year-old can follow" is checked,
// not hoped for. Counting syllables is done by the `syllable` package, the formula by `flesch-kincaid`.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { readableText } from './reading-time.ts';

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** U.S. school grade; 10 means a 15- to 16-year-old reader. */
  grade: number;
}

/**
 * Sentences end with . ! ? or at the end of a block: a paragraph (hard-wrapped lines are joined),
 * a heading, a list item or a table row each count as their own sentence.
 */
export function splitSentences(text: string): string[] {
  const blocks = text
    .replace(/\n(?![ \t]*(?:\n|[-*+] |\d+\. |#|\|))/g, ' ') // join wrapped lines
    .split(/\n+/);
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?]["”’)]*)\s+/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function readability(mdx: string): Readability {
  const sentences = splitSentences(readableText(mdx));
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []) {
      words += 1;
      // Numbers and abbreviations are read as words; count them as short ones.
      syllables += /^\p{L}+$/u.test(word) ? Math.max(1, syllable(word)) : 1;
    }
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { words, sentences: sentences.length, syllables, grade: Math.round(grade * 10) / 10 };
}
