// The stamps that decide which edit is newer (src/lib/storage/clock.ts). The clock is one per tab
// (module state), so these tests run in order, each at a later wall time than the one before.
import { describe, expect, it } from 'vitest';
import { futureLimit, isoOf, nextStamp, observe, observeStamps } from '../../../src/lib/storage/clock';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('the clock', () => {
  it('stamps an edit with the wall time, and a second edit in the same millisecond one millisecond later', () => {
    const wall = at('2030-01-01T00:00:00.000Z');
    expect(nextStamp(wall)).toBe(isoOf(wall));
    expect(nextStamp(wall)).toBe(isoOf(wall + 1));
    expect(nextStamp(wall + 50)).toBe(isoOf(wall + 50));
  });

  it('follows a stamp read from saved data, up to and including the future limit', () => {
    const wall = at('2031-01-01T00:00:00.000Z');
    const limit = futureLimit(wall);
    expect(limit).toBe(isoOf(wall + DAY));
    observe(limit, limit);
    expect(nextStamp(wall)).toBe(isoOf(wall + DAY + 1));
  });

  it('does not follow a stamp past the limit, nor go back to an older one', () => {
    const wall = at('2032-01-01T00:00:00.000Z');
    nextStamp(wall);
    observe(isoOf(wall + DAY + 1), futureLimit(wall));
    expect(nextStamp(wall)).toBe(isoOf(wall + 1));
    observe(isoOf(wall - 5000), futureLimit(wall));
    expect(nextStamp(wall - 10_000)).toBe(isoOf(wall + 2));
  });

  it('observeStamps: follows every stamp up to the limit and says whether one is past it', () => {
    const wall = at('2033-01-01T00:00:00.000Z');
    const limit = futureLimit(wall);
    const state = (stamps: string[], draft = '') => ({
      entries: stamps.map((updatedAt, i) => ({ id: String(i), createdAt: updatedAt, updatedAt })),
      draft: { value: {}, updatedAt: draft },
    });
    expect(observeStamps(state([isoOf(wall), limit]), wall)).toBe(false);
    expect(nextStamp(wall)).toBe(isoOf(wall + DAY + 1));
    expect(observeStamps(state([isoOf(wall)], isoOf(wall + 2 * DAY)), wall)).toBe(true);
    expect(observeStamps(state([isoOf(wall + 3 * DAY)]), wall)).toBe(true);
    expect(nextStamp(wall)).toBe(isoOf(wall + DAY + 2));
  });

  it('never writes a stamp outside years 0001 to 9999', () => {
    expect(isoOf(Date.UTC(10000, 0, 1))).toBe('9999-12-31T23:59:59.999Z');
    expect(isoOf(-1e15)).toBe('0001-01-01T00:00:00.000Z');
    expect(isoOf(NaN)).toBe('1970-01-01T00:00:00.000Z');
  });
});
