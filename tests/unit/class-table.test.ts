import { describe, expect, it } from 'vitest';
import { BY_NAME, nextSort, sortRows, type StudentRow } from '../../src/lib/class-table';

const rows: StudentRow[] = [
  { name: 'Student 10', ratings: [3, undefined], index: 0 },
  { name: 'ana', ratings: [7, 2], index: 1 },
  { name: 'Student 2', ratings: [undefined, 9], index: 2 },
  { name: 'Ben', ratings: [3, 5], index: 3 },
];
const names = (sorted: StudentRow[]) => sorted.map((r) => r.name);

describe('sorting the class view', () => {
  it('by name, numbers in order and any case', () => {
    expect(names(sortRows(rows, BY_NAME))).toEqual(['ana', 'Ben', 'Student 2', 'Student 10']);
    expect(names(sortRows(rows, { column: 'name', direction: 'descending' }))).toEqual(['Student 10', 'Student 2', 'Ben', 'ana']);
  });
  it('by an area: lowest first or highest first, ties by name, unrated always last', () => {
    expect(names(sortRows(rows, { column: 0, direction: 'ascending' }))).toEqual(['Ben', 'Student 10', 'ana', 'Student 2']);
    expect(names(sortRows(rows, { column: 0, direction: 'descending' }))).toEqual(['ana', 'Ben', 'Student 10', 'Student 2']);
    expect(names(sortRows(rows, { column: 1, direction: 'ascending' }))).toEqual(['ana', 'Ben', 'Student 2', 'Student 10']);
    expect(names(sortRows(rows, { column: 1, direction: 'descending' }))).toEqual(['Student 2', 'Ben', 'ana', 'Student 10']);
  });
  it('leaves the rows it was given alone', () => {
    const before = names(rows);
    sortRows(rows, { column: 0, direction: 'descending' });
    expect(names(rows)).toEqual(before);
  });
  it('turns a column around on a second press, and starts another ascending', () => {
    expect(nextSort(BY_NAME, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 1, direction: 'descending' }, 1)).toEqual({ column: 1, direction: 'ascending' });
    expect(nextSort({ column: 1, direction: 'descending' }, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
