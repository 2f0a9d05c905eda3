import { describe, expect, it } from 'vitest';
import { barPercent, countScale, ladderStep, LADDER_STEPS } from '../../src/lib/chart';

describe('barPercent', () => {
  it('scales a value to its share of the scale', () => {
    expect(barPercent(3, 10)).toBe(30);
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(1, 3)).toBe(33.3);
  });
  it('clamps values outside the scale and never divides by zero', () => {
    expect(barPercent(-2, 10)).toBe(0);
    expect(barPercent(12, 10)).toBe(100);
    expect(barPercent(0, 0)).toBe(0);
  });
});

describe('countScale', () => {
  it('is the largest count, at least 1 (weeks without wins still draw)', () => {
    expect(countScale([0, 0, 0])).toBe(1);
    expect(countScale([2, 5, 1])).toBe(5);
    expect(countScale([])).toBe(1);
  });
});

describe('ladderStep', () => {
  it('narrows with each version, then stays at the last step', () => {
    expect(ladderStep(0)).toBe(0);
    expect(ladderStep(2)).toBe(2);
    expect(ladderStep(11)).toBe(LADDER_STEPS - 1);
  });
});
