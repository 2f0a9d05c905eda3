import { describe, expect, it } from 'vitest';
import { keepEarlyTyping } from '../../src/lib/early-typing';

describe('words typed before a worksheet hydrated', () => {
  it('go into a field the saved draft left blank', () => {
    expect(keepEarlyTyping('', 'Speaking in class', false)).toBe('Speaking in class');
    expect(keepEarlyTyping('  ', 'Speaking in class', false)).toBe('Speaking in class');
  });

  it('are kept after saved words in the same field, on a line of their own in a text area', () => {
    expect(keepEarlyTyping('Money', 'Speaking in class', false)).toBe('Money Speaking in class');
    expect(keepEarlyTyping('I can’t draw', 'I am bad at maths', true)).toBe('I can’t draw\nI am bad at maths');
  });

  it('change nothing when the field already holds them, or when only spaces were typed', () => {
    expect(keepEarlyTyping('Speaking in class', 'Speaking in class', false)).toBeUndefined();
    expect(keepEarlyTyping('Money', '   ', false)).toBeUndefined();
  });
});
