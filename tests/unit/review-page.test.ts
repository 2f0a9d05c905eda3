import { describe, expect, test } from 'vitest';
import {
  handInsOnPage,
  MAX_PASTED_LINKS,
  notOpenedLine,
  numberInOrder,
  problemsHeading,
  withNew,
  type KeptHandIn,
} from '../../src/lib/review-page';
import { handInIdentity } from '../../src/lib/class-view';
import type { HandIn } from '../../src/lib/transfer/hand-in';

const handIn = (student: string, handedInAt = '2026-11-27T10:00:00.000Z'): HandIn => ({
  v: 1,
  assignment: { practices: ['self-talk'], week: '2026-11-23', className: '9B' },
  student,
  handedInAt,
  entries: [],
  reflections: [{ practice: 'self-talk', text: `${student} wrote this.` }],
});

describe('the hand-ins on the review page', () => {
  test('kept ones first, in the order they were kept, then those opened this visit, each once', () => {
    const ana = handIn('Ana');
    const ben = handIn('Ben');
    const cy = handIn('Cy');
    const kept: KeptHandIn[] = [
      // The store lists the newest first.
      { id: 'k2', createdAt: '2026-11-28T09:00:00.000Z', handIn: ben, chosenAt: '2026-11-28T10:00:00.000Z' },
      { id: 'k1', createdAt: '2026-11-28T08:00:00.000Z', handIn: ana },
    ];
    const onPage = handInsOnPage(kept, [ana, cy], new Map([[handInIdentity(cy), '2026-11-29T10:00:00.000Z']]));
    expect(onPage.map((o) => [o.handIn.student, o.keptId, o.chosenAt])).toEqual([
      ['Ana', 'k1', undefined],
      ['Ben', 'k2', '2026-11-28T10:00:00.000Z'],
      ['Cy', undefined, '2026-11-29T10:00:00.000Z'],
    ]);
    expect(onPage[0]).not.toHaveProperty('chosenAt');
  });
  test('hand-ins kept at the same moment come in the order they were handed in', () => {
    const early = handIn('Ana', '2026-11-25T10:00:00.000Z');
    const late = handIn('Ana', '2026-11-26T10:00:00.000Z');
    const at = '2026-11-28T08:00:00.000Z';
    const onPage = handInsOnPage(
      [
        { id: 'b', createdAt: at, handIn: late },
        { id: 'a', createdAt: at, handIn: early },
      ],
      [],
      new Map(),
    );
    expect(onPage.map((o) => o.keptId)).toEqual(['a', 'b']);
  });
  test('hand-ins opened again do not join twice', () => {
    const ana = handIn('Ana');
    const ben = handIn('Ben');
    expect(withNew([ana], [ana, ben, ben]).map((h) => h.student)).toEqual(['Ana', 'Ben']);
  });
});

describe('numbering students', () => {
  test('each name gets the next number the first time it is seen', () => {
    const numbers = numberInOrder(['ben', 'ana', 'ben', 'cy']);
    expect([...numbers]).toEqual([
      ['ben', 1],
      ['ana', 2],
      ['cy', 3],
    ]);
  });
});

describe('what could not be opened', () => {
  test('names how many hand-ins failed, and the links left in the box apart', () => {
    expect(problemsHeading(['Link 1: damaged'])).toBe('One hand-in could not be opened:');
    expect(problemsHeading(['Link 1: damaged', 'Link 2: damaged', notOpenedLine(3)])).toBe('2 hand-ins could not be opened:');
    expect(problemsHeading([notOpenedLine(1)])).toBe('Not everything was opened:');
  });
  test('says how many links are left and how many open at once', () => {
    expect(notOpenedLine(1)).toBe(
      `Not opened: 1 more link. The page opens ${MAX_PASTED_LINKS} links at a time; it is left in the box above: choose “Open the links” again.`,
    );
    expect(notOpenedLine(5)).toContain('5 more links');
    expect(notOpenedLine(5)).toContain('they are left');
  });
});
