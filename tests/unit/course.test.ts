import { describe, expect, it } from 'vitest';
import { neighbours, sortCourse } from '../../src/lib/course';

const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('sortCourse', () => {
  it('puts lessons in order', () => {
    expect(sortCourse([lesson('c', 3), lesson('a', 1), lesson('b', 2)]).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails, naming both lessons, when two share a place', () => {
    expect(() => sortCourse([lesson('four-sources', 2), lesson('the-evidence', 2)])).toThrow(
      /"four-sources" and "the-evidence" both have order 2/,
    );
  });
});

describe('neighbours', () => {
  const course = sortCourse([lesson('a', 1), lesson('b', 2), lesson('c', 3)]);
  it('gives the previous and next lesson', () => {
    expect(neighbours(course, 'b')).toEqual({ previous: course[0], next: course[2] });
  });
  it('has no previous for the first lesson and no next for the last', () => {
    expect(neighbours(course, 'a').previous).toBeUndefined();
    expect(neighbours(course, 'c').next).toBeUndefined();
  });
  it('has neither for an unknown id', () => {
    expect(neighbours(course, 'zzz')).toEqual({ previous: undefined, next: undefined });
  });
});
