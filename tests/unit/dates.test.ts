import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatMoment, shortDay, weekLabel } from '../../src/lib/dates';
import { fieldText } from '../../src/lib/exercises/fields';

// Issue 14: one date style on the whole site, in the reader's own locale.
const inLocale = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat(locale, options).format(date);

describe('the one date formatter', () => {
  const day = new Date(2026, 10, 30, 21, 43);
  it('writes the locale’s medium date, with the time for a moment', () => {
    const reader = new Intl.DateTimeFormat().resolvedOptions().locale;
    expect(formatDate(day)).toBe(inLocale(reader, { dateStyle: 'medium' }, day));
    expect(formatMoment(day.toISOString())).toBe(inLocale(reader, { dateStyle: 'medium', timeStyle: 'short' }, day));
    expect(inLocale('en-GB', { dateStyle: 'medium' }, day)).toBe('30 Nov 2026');
  });
  it('uses it for weeks, days and short days, and leaves text that is not a date as it is', () => {
    expect(weekLabel('2026-11-30')).toBe(`Week of ${formatDate(new Date(2026, 10, 30))}`);
    expect(formatDay('2026-11-27')).toBe(formatDate(new Date(2026, 10, 27)));
    expect(shortDay('2026-11-27')).not.toMatch(/2026/);
    expect(shortDay('nope')).toBe('nope');
  });
  it('writes a short day as the day and the abbreviated month, with no weekday or year (M9)', () => {
    const reader = new Intl.DateTimeFormat().resolvedOptions().locale;
    const friday = new Date(2026, 10, 27);
    const short = shortDay('2026-11-27');
    expect(short).toBe(inLocale(reader, { day: 'numeric', month: 'short' }, friday));
    // The parts a longer style would add, each absent.
    expect(short).not.toContain(inLocale(reader, { month: 'long' }, friday));
    expect(short).not.toContain(inLocale(reader, { weekday: 'short' }, friday));
    expect(short).toMatch(/\b27\b/);
    expect(inLocale('en-GB', { day: 'numeric', month: 'short' }, friday)).toBe('27 Nov');
    expect(formatDay('someday')).toBe('someday');
    expect(formatMoment('not a date')).toBe('not a date');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });
  it('shows a saved day (YYYY-MM-DD) in that style in the workbook and the review', () => {
    expect(fieldText('2026-11-27', { key: 'day', label: 'Day', date: true })).toBe(formatDay('2026-11-27'));
    expect(fieldText('2026-11-27', { key: 'note', label: 'Note' })).toBe('2026-11-27');
  });
});
