import { describe, expect, it } from 'vitest';
import type { DomainRating } from '../../src/exercises/efficacy-grid/data';
import { areaKey, changeLabel, compareRounds, comparisonSummary, type ComparisonRow } from '../../src/exercises/efficacy-grid/compare';

const ratings = (...pairs: [string, number][]): DomainRating[] => pairs.map(([domain, rating]) => ({ domain, rating }));

describe('compareRounds (then and now)', () => {
  it('matches areas by name, ignoring case and extra spaces, with the latest spelling', () => {
    const rows = compareRounds(ratings(['work or study', 5], ['  Money ', 3]), ratings(['Work  or   Study', 7], ['money', 3]));
    expect(rows).toEqual([
      { domain: 'Work  or   Study', then: 5, now: 7, change: 2, kind: 'up' },
      { domain: 'money', then: 3, now: 3, change: 0, kind: 'same' },
    ]);
    expect(areaKey('  Work \t or  study ')).toBe('work or study');
  });

  it('marks areas new in the latest round and areas not rated now', () => {
    const rows = compareRounds(ratings(['Work', 7], ['Sleep', 4]), ratings(['Work', 6], ['Cooking', 5]));
    expect(rows).toEqual([
      { domain: 'Work', then: 7, now: 6, change: -1, kind: 'down' },
      { domain: 'Cooking', now: 5, change: undefined, kind: 'new' },
      { domain: 'Sleep', then: 4, change: undefined, kind: 'dropped' },
    ]);
  });

  it("lists rows in the latest round's order, then the dropped areas in the earlier round's order", () => {
    const rows = compareRounds(ratings(['A', 1], ['Gone one', 2], ['B', 3], ['Gone two', 4]), ratings(['B', 5], ['New', 6], ['a', 1]));
    expect(rows.map((r) => [r.domain, r.kind])).toEqual([
      ['B', 'up'],
      ['New', 'new'],
      ['a', 'same'],
      ['Gone one', 'dropped'],
      ['Gone two', 'dropped'],
    ]);
  });

  it('does not repeat an area listed twice in one round (the first counts)', () => {
    const rows = compareRounds(ratings(['Work', 2], ['work', 9]), ratings(['Work', 4], [' WORK', 1]));
    expect(rows).toEqual([{ domain: 'Work', then: 2, now: 4, change: 2, kind: 'up' }]);
  });

  it('says each change in text, with a true minus sign', () => {
    const rows = compareRounds(ratings(['A', 3], ['B', 5], ['C', 4], ['D', 2]), ratings(['A', 5], ['B', 4], ['C', 4], ['E', 8]));
    expect(rows.map(changeLabel)).toEqual(['+2', '−1', 'same', 'new area', 'not rated now']);
  });
});

describe('comparisonSummary', () => {
  const row = (kind: ComparisonRow['kind']): ComparisonRow => ({ domain: kind, change: undefined, kind });

  it('counts ups first, then the same, then downs, in one plain sentence', () => {
    expect(comparisonSummary([row('down'), row('up'), row('same'), row('up')])).toBe('Up in 2 areas, the same in 1, down in 1.');
  });

  it('names the unit once, on the first count, in the singular for one', () => {
    expect(comparisonSummary([row('up')])).toBe('Up in 1 area.');
    expect(comparisonSummary([row('same'), row('same'), row('same')])).toBe('The same in 3 areas.');
    expect(comparisonSummary([row('down'), row('down')])).toBe('Down in 2 areas.');
    expect(comparisonSummary([row('same'), row('down'), row('down')])).toBe('The same in 1 area, down in 2.');
  });

  it('mentions new areas and areas not rated now', () => {
    expect(comparisonSummary([row('up'), row('new'), row('dropped'), row('dropped')])).toBe(
      'Up in 1 area, 1 new area, 2 areas not rated now.',
    );
    expect(comparisonSummary([row('new'), row('new')])).toBe('2 new areas.');
    expect(comparisonSummary([])).toBe('There is nothing to compare yet.');
  });

  it('never uses blaming words', () => {
    const text = comparisonSummary([row('down'), row('down'), row('down'), row('dropped')]);
    expect(text).not.toMatch(/worse|fail|bad|only|should|unfortunately/i);
  });
});
