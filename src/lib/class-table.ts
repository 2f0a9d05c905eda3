// The class view's table (issue 24): one row per student, one column per shared area, sorted by name
// or by an area. Pure: the review page keeps the sort and draws the rows.

/** What the table is sorted by: the students' names, or the area at this column index. */
export type SortColumn = 'name' | number;
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  column: SortColumn;
  direction: SortDirection;
}

export const BY_NAME: Sort = { column: 'name', direction: 'ascending' };

export interface StudentRow {
  /** The name as shown (tidied, or "Student 3" with names hidden). */
  name: string;
  /** One rating per shared area, in the areas' order; undefined: not rated. */
  ratings: readonly (number | undefined)[];
  /** Where the student is in the class's hand-ins. */
  index: number;
}

/** "Student 2" before "Student 10", "ana" beside "Ana". */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The rows in the order asked for. By an area: lowest or highest first, students who did not rate it
 * always last, ties by name; by name: A to Z or Z to A. Never changes `rows`.
 */
export function sortRows<T extends StudentRow>(rows: readonly T[], sort: Sort): T[] {
  const names = (a: T, b: T) => byName.compare(a.name, b.name) || a.index - b.index;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const column = sort.column;
  if (column === 'name') return [...rows].sort((a, b) => sign * names(a, b));
  return [...rows].sort((a, b) => {
    const [x, y] = [a.ratings[column], b.ratings[column]];
    if (x === undefined || y === undefined) return x === y ? names(a, b) : x === undefined ? 1 : -1;
    return sign * (x - y) || names(a, b);
  });
}

/** A header's button pressed: the same column turns around; another starts ascending. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
