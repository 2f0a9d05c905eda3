// The shape checks saved data passes (src/lib/storage/shape.ts), at their limits: a check that lets
// one value too many through lets damaged data in; one that refuses a value at its limit makes a
// person's saved work unreadable.
import { describe, expect, it } from 'vitest';
import { bool, int, isIsoStamp, isRecord, list, nullable, str } from '../../../src/lib/storage/shape';

describe('shape checks', () => {
  it('isRecord: a plain object, not an array or null', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('text')).toBe(false);
  });

  it('str: text up to its length, nothing else', () => {
    expect(str(3)('abc')).toBe(true);
    expect(str(3)('abcd')).toBe(false);
    expect(str(3)(['a'])).toBe(false);
    expect(str(3)(123)).toBe(false);
    expect(str()('x'.repeat(10_000))).toBe(true);
    expect(str()('x'.repeat(10_001))).toBe(false);
  });

  it('int: whole numbers within both limits', () => {
    const score = int(0, 10);
    expect([0, 5, 10].map(score)).toEqual([true, true, true]);
    expect([-1, 11, 2.5, '5', NaN].map(score)).toEqual([false, false, false, false, false]);
  });

  it('bool, nullable and list', () => {
    expect([true, false, 'true', 0].map(bool)).toEqual([true, true, false, false]);
    const maybeText = nullable(str(2));
    expect([null, 'ab', 'abc', undefined].map(maybeText)).toEqual([true, true, false, false]);
    const two = list(bool, 2);
    expect([[], [true, false], [true, false, true], [1], 'ab'].map(two)).toEqual([true, true, false, false, false]);
  });

  it('isIsoStamp: only text is a stamp, even text inside a list', () => {
    expect(isIsoStamp('2026-03-01T10:00:00Z')).toBe(true);
    expect(isIsoStamp(['2026-03-01T10:00:00Z'])).toBe(false);
  });
});
