import { describe, expect, it } from 'vitest';
import { describeResults, excerptParts } from '../../src/lib/search-results';

describe('excerptParts', () => {
  it('splits highlights from plain text', () => {
    expect(excerptParts('believing you can run a <mark>marathon</mark> does not')).toEqual([
      { text: 'believing you can run a ', marked: false },
      { text: 'marathon', marked: true },
      { text: ' does not', marked: false },
    ]);
  });

  it('decodes escaped text and keeps any other tag as text', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp; <b>bold</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> & <b>bold</b>', marked: false },
    ]);
  });

  it('handles an excerpt that is all highlight, or empty', () => {
    expect(excerptParts('<mark>efficacy</mark>')).toEqual([{ text: 'efficacy', marked: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('describeResults', () => {
  it('says when nothing was found, and suggests what to try', () => {
    expect(describeResults('xyz', 0, 0)).toBe('No results for “xyz”. Try a shorter or different word.');
  });
  it('counts one and many, and says when only some are shown', () => {
    expect(describeResults('grid', 1, 1)).toBe('1 result for “grid”.');
    expect(describeResults('efficacy', 14, 10)).toBe('14 results for “efficacy”, the first 10 shown.');
  });
});
