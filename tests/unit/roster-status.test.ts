import { describe, expect, it } from 'vitest';
import { didAssigned, practiceStatuses, statusText } from '../../src/lib/roster-status';
import type { HandIn } from '../../src/lib/transfer/hand-in';

// The week of Monday 23 November 2026, in this machine's time (as the page reads it).
const day = (d: number, h = 10) => new Date(2026, 10, d, h).toISOString();
const SHEETS: Record<string, string[]> = {
  'efficacy-grid': ['efficacy-grid'],
  'catch-one-cant': ['cant-rewriter', 'sources-sorter'],
  'keep-one-skill': [],
};
const PRACTICES = ['efficacy-grid', 'catch-one-cant', 'keep-one-skill'];

function handIn(more: Partial<HandIn>): HandIn {
  return {
    v: 1,
    assignment: { practices: PRACTICES, week: '2026-11-23', className: '9B' },
    student: 'Ana',
    handedInAt: day(27),
    entries: [],
    reflections: [],
    ...more,
  };
}
const statuses = (h: HandIn) => practiceStatuses(h, PRACTICES, (p) => SHEETS[p] ?? []);
const words = (h: HandIn) => statuses(h).map(statusText);

describe('what the roster says was done', () => {
  it('done, reflection only, nothing; a practice without a worksheet is done by its reflection', () => {
    const h = handIn({
      entries: [{ exercise: 'efficacy-grid', createdAt: day(24), fields: {} }],
      reflections: [
        { practice: 'catch-one-cant', text: 'It helped.' },
        { practice: 'keep-one-skill', text: 'Cooking.' },
      ],
    });
    expect(words(h)).toEqual(['Done', 'Reflection only', 'Done']);
    expect(didAssigned(statuses(h))).toBe(false);
    expect(words(handIn({ reflections: [{ practice: 'keep-one-skill', text: '   ' }] }))).toEqual(['Nothing', 'Nothing', 'Nothing']);
  });
  it('any of a practice’s worksheets counts for it', () => {
    const h = handIn({
      entries: [
        { exercise: 'sources-sorter', createdAt: day(25), fields: {} },
        { exercise: 'efficacy-grid', createdAt: day(24), fields: {} },
      ],
      reflections: [{ practice: 'keep-one-skill', text: 'Cooking.' }],
    });
    expect(words(h)).toEqual(['Done', 'Done', 'Done']);
    expect(didAssigned(statuses(h))).toBe(true);
  });
  it('parts kept private: counted, and said beside what was shared', () => {
    const h = handIn({
      withheld: ['efficacy-grid', 'catch-one-cant', 'keep-one-skill'],
      entries: [{ exercise: 'efficacy-grid', createdAt: day(24), fields: {} }],
      reflections: [{ practice: 'keep-one-skill', text: 'Cooking.' }],
    });
    expect(words(h)).toEqual(['Done; parts kept private', 'Kept private', 'Done; parts kept private']);
    expect(didAssigned(statuses(h))).toBe(true);
  });
  it('early: work saved before the Monday; late: handed in or saved after the Sunday; a few hours either side are not', () => {
    const early = handIn({ entries: [{ exercise: 'efficacy-grid', createdAt: day(20), fields: {} }] });
    expect(words(early)[0]).toBe('Done, early');
    const late = handIn({
      handedInAt: day(2 + 30, 9),
      entries: [{ exercise: 'efficacy-grid', createdAt: day(24), fields: {} }],
      reflections: [{ practice: 'catch-one-cant', text: 'x' }],
    });
    expect(words(late)).toEqual(['Done, late', 'Reflection only, late', 'Nothing']);
    const both = handIn({ handedInAt: day(2 + 30), entries: [{ exercise: 'efficacy-grid', createdAt: day(19), fields: {} }] });
    expect(words(both)[0]).toBe('Done, early, late');
    // Sunday night before and the Monday morning after: within a student's different time zone.
    const edges = handIn({ handedInAt: day(30, 8), entries: [{ exercise: 'efficacy-grid', createdAt: day(22, 20), fields: {} }] });
    expect(words(edges)[0]).toBe('Done');
  });
});
