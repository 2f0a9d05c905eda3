import { describe, expect, it } from 'vitest';
import { draftWithSharedAreas } from '../../src/exercises/shared-areas';
import { isSharedRow, type EfficacyGridDraft } from '../../src/exercises/efficacy-grid/data';

const blank: EfficacyGridDraft = { domains: [0, 1, 2, 3].map(() => ({ name: '', rating: null })), focus: '', success: '' };

describe('the class’s shared areas are the teacher’s (issue 24)', () => {
  it('a grid started from the assignment knows which areas are the class’s', () => {
    const started = draftWithSharedAreas(blank, ['Maths', 'Reading'])!;
    expect(started.shared).toEqual(['Maths', 'Reading']);
    expect(isSharedRow(started, 'Maths')).toBe(true);
    expect(isSharedRow(started, ' reading ')).toBe(true);
    expect(isSharedRow(started, 'Football')).toBe(false);
    expect(isSharedRow(started, '')).toBe(false);
  });
  it('a draft that already starts with the areas learns they are shared (an older draft), once', () => {
    const older = { ...blank, domains: [{ name: 'maths', rating: 4 }, ...blank.domains.slice(1)] };
    const marked = draftWithSharedAreas(older, ['Maths'])!;
    expect(marked).toEqual({ ...older, shared: ['Maths'] });
    expect(draftWithSharedAreas(marked, ['Maths'])).toBeUndefined();
    // Another assignment's areas replace the list.
    expect(draftWithSharedAreas(marked, ['Maths', 'Homework'])!.shared).toEqual(['Maths', 'Homework']);
  });
  it('a grid of one’s own, or a damaged list read from storage, has no shared rows', () => {
    expect(isSharedRow(blank, 'Maths')).toBe(false);
    expect(isSharedRow({ ...blank, shared: 'Maths' as unknown as string[] }, 'Maths')).toBe(false);
    expect(isSharedRow({ ...blank, shared: [3 as unknown as string] }, '3')).toBe(false);
  });
});
