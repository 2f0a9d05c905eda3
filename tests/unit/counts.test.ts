import { describe, expect, it } from 'vitest';
import { countOf, countsByExercise, exportedSummary, formatStored, formatQuota } from '../../src/lib/counts';

describe('countOf', () => {
  it('uses the singular only for one', () => {
    expect(countOf(1, ['round', 'rounds'])).toBe('1 round');
    expect(countOf(0, ['round', 'rounds'])).toBe('0 rounds');
    expect(countOf(12, ['entry', 'entries'])).toBe('12 entries');
  });
});

describe('countsByExercise', () => {
  // Reported: the delete confirmation said "1 round, 1 round" (two exercises both count rounds).
  it('names the exercise each count belongs to and leaves out the empty ones', () => {
    const list = countsByExercise([
      { title: 'Efficacy grid', noun: ['round', 'rounds'], count: 1 },
      { title: 'Sources sorter', noun: ['round', 'rounds'], count: 1 },
      { title: 'Win ledger', noun: ['win', 'wins'], count: 0 },
    ]);
    expect(list).toEqual(['1 round (Efficacy grid)', '1 round (Sources sorter)']);
    expect(list.join(', ')).not.toMatch(/1 round, 1 round/);
  });
});

describe('exportedSummary', () => {
  // Reported: "Exported 8 items" when there were 12 entries (it counted storage keys).
  it('counts entries and the worksheets they come from', () => {
    expect(exportedSummary([5, 4, 3, 0])).toBe('Exported 12 entries from 3 worksheets');
    expect(exportedSummary([1])).toBe('Exported 1 entry from 1 worksheet');
    expect(exportedSummary([])).toBe('Exported your settings (no entries yet)');
  });
});

describe('formatQuota', () => {
  // Reported: "about 10240 MB".
  it('shows gigabytes from 1,024 MB up, megabytes below', () => {
    expect(formatQuota(10240 * 1024 * 1024)).toBe('about 10 GB');
    expect(formatQuota(1536 * 1024 * 1024)).toBe('about 1.5 GB');
    expect(formatQuota(300 * 1024 * 1024)).toBe('about 300 MB');
    expect(formatQuota(undefined)).toBe('');
  });
  it('says stored sizes in KB, with a decimal only when small', () => {
    expect(formatStored(512)).toBe('0.5 KB');
    expect(formatStored(20 * 1024)).toBe('20 KB');
    expect(formatStored(undefined)).toBe('unknown');
  });
});
