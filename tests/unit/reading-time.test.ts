import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts prose words, including contractions as one word', () => {
    expect(countWords("I can't do this yet, but I'm learning.")).toBe(8);
  });

  it('ignores frontmatter, imports, tags, link targets and code', () => {
    const mdx = [
      '---',
      'title: Not counted at all here',
      '---',
      "import Thing from '../thing.astro';",
      '## A heading',
      '<RoleNotes>',
      '<ForRole role="self">Two words</ForRole>',
      '</RoleNotes>',
      'See [the paper](https://doi.org/10.1037/0033-295X.84.2.191).',
      '```js',
      'const notCounted = true;',
      '```',
    ].join('\n');
    expect(readableText(mdx)).not.toContain('doi.org');
    expect(countWords(mdx)).toBe(2 + 2 + 3); // "A heading", "Two words", "See the paper"
  });

  it("counts a misconception's claim, which readers read", () => {
    expect(countWords('<Misconception claim="Praise builds belief.">It does not.</Misconception>')).toBe(6);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at the reading rate, never below one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 5))).toBe(5);
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 5.6)))).toBe(6);
    // To the nearest minute, not up or down (M10): 5.4 minutes of words is 5, 5.5 is 6.
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 5.4)))).toBe(5);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 5 + WORDS_PER_MINUTE / 2))).toBe(6);
    expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(1);
  });
});
