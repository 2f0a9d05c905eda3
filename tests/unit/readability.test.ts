import { describe, expect, it } from 'vitest';
import { readability, splitSentences } from '../../src/lib/readability';

describe('splitSentences', () => {
  it('splits on terminal punctuation and on line breaks', () => {
    expect(splitSentences('One here. Two “here.” Three?\n## A heading\n- a list item')).toEqual([
      'One here.',
      'Two “here.”',
      'Three?',
      '## A heading',
      '- a list item',
    ]);
  });
});

describe('readability', () => {
  it('rates short plain sentences as easy', () => {
    expect(readability('The cat sat on the mat. The dog ran to the park.').grade).toBeLessThan(3);
  });
  it('rates long sentences of long words as hard', () => {
    const hard =
      'Contemporary psychological investigations systematically demonstrate considerable heterogeneity regarding motivational determinants of organizational performance.';
    expect(readability(hard).grade).toBeGreaterThan(16);
  });
  it('is zero for empty text', () => {
    expect(readability('').grade).toBe(0);
  });
});
