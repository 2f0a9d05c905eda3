import { describe, expect, it } from 'vitest';
import {
  domainHistories,
  draftFromRound,
  emptyGridDraft,
  focusCandidates,
  roundFromDraft,
  strengthOf,
  type EfficacyGridDraft,
  type EfficacyGridEntry,
} from '../../src/exercises/efficacy-grid/data';
import efficacyGridExercise from '../../src/exercises/efficacy-grid/exercise';
import { validateGrid } from '../../src/exercises/efficacy-grid/validation';
import { canSavePair } from '../../src/exercises/self-compassion/data';
import selfCompassionExercise from '../../src/exercises/self-compassion/exercise';
import { canSaveRewrite, EMPTY_CANT_DRAFT } from '../../src/exercises/cant-rewriter/data';
import cantRewriterExercise from '../../src/exercises/cant-rewriter/exercise';

const efficacyGridSpec = efficacyGridExercise.spec;
const selfCompassionSpec = selfCompassionExercise.spec;
const cantRewriterSpec = cantRewriterExercise.spec;

const filled: EfficacyGridDraft = {
  domains: [
    { name: 'Work', rating: 7 },
    { name: ' Money ', rating: 3 },
    { name: 'Friends', rating: 8 },
    { name: 'Cooking', rating: 3 },
  ],
  focus: 'money',
  success: ' pay one bill on time ',
};

describe('validateGrid', () => {
  it('accepts a complete round (names matched without regard to case or spaces)', () => {
    expect(validateGrid(filled)).toEqual({});
  });

  it('names each problem by the field to fix', () => {
    expect(validateGrid(emptyGridDraft())).toEqual({
      domains: 'List at least 4 areas (you have 0).',
      focus: 'Choose one area to work on this week.',
      success: 'Write one small success to aim for.',
    });
    const broken: EfficacyGridDraft = {
      domains: [
        { name: 'Work', rating: null },
        { name: 'work', rating: 5 },
        { name: '', rating: 4 },
        { name: 'Money', rating: 2 },
      ],
      focus: 'Health',
      success: 'x',
    };
    expect(validateGrid(broken)).toEqual({
      domains: 'List at least 4 areas (you have 3).',
      'rating-0': 'Rate “Work” from 1 to 10.',
      'domain-1': '“work” is listed twice.',
      'domain-2': 'Name area 3, or remove it.',
      focus: 'Choose one area to work on this week.',
    });
  });
});

describe('grid helpers', () => {
  it("offers rated areas lowest first as the week's focus", () => {
    expect(focusCandidates(filled).map((c) => c.domain)).toEqual(['Money', 'Cooking', 'Work', 'Friends']);
  });

  it('turns a draft into a round: trimmed, in the listed order, focus spelled as listed', () => {
    expect(roundFromDraft(filled)).toEqual({
      ratings: [
        { domain: 'Work', rating: 7 },
        { domain: 'Money', rating: 3 },
        { domain: 'Friends', rating: 8 },
        { domain: 'Cooking', rating: 3 },
      ],
      focus: 'Money',
      success: 'pay one bill on time',
    });
  });

  it('starts a new round from the last one', () => {
    expect(draftFromRound(roundFromDraft(filled)).domains[1]).toEqual({ name: 'Money', rating: 3 });
    expect(draftFromRound(undefined)).toEqual(emptyGridDraft());
  });

  it('says low, middling or strong in words', () => {
    expect([1, 4, 5, 7, 8, 10].map(strengthOf)).toEqual(['low', 'low', 'middle', 'middle', 'strong', 'strong']);
  });

  it('follows each area across rounds, oldest first, with the latest change', () => {
    const round = (createdAt: string, ratings: [string, number][]): EfficacyGridEntry => ({
      id: createdAt,
      createdAt,
      updatedAt: createdAt,
      ratings: ratings.map(([domain, rating]) => ({ domain, rating })),
      focus: ratings[0]![0],
      success: 's',
    });
    const histories = domainHistories([
      round('2026-03-08', [
        ['money', 5],
        ['Work', 7],
      ]),
      round('2026-03-01', [
        ['Money', 3],
        ['Work', 7],
        ['Sleep', 4],
      ]),
    ]);
    expect(histories).toEqual([
      {
        domain: 'money',
        points: [
          { date: '2026-03-01', rating: 3 },
          { date: '2026-03-08', rating: 5 },
        ],
        change: 2,
      },
      {
        domain: 'Work',
        points: [
          { date: '2026-03-01', rating: 7 },
          { date: '2026-03-08', rating: 7 },
        ],
        change: 0,
      },
      { domain: 'Sleep', points: [{ date: '2026-03-01', rating: 4 }], change: undefined },
    ]);
  });
});

describe('saved-data shapes', () => {
  it.each([
    ['efficacy grid', efficacyGridSpec],
    ['self-compassion', selfCompassionSpec],
    ['"I can\'t" rewriter', cantRewriterSpec],
  ])('%s: the blank state is valid; junk is not', (_name, spec) => {
    expect(spec.isValid(spec.blank())).toBe(true);
    for (const junk of [null, [], {}, { entries: [] }, { entries: [{ id: 1 }], draft: spec.blank().draft }, 'text']) {
      expect(spec.isValid(junk)).toBe(false);
    }
  });

  it('a grid rating outside 1-10 is not valid saved data', () => {
    const state = efficacyGridSpec.blank();
    state.entries.push({ id: 'a', createdAt: 'c', updatedAt: 'u', ratings: [{ domain: 'Work', rating: 11 }], focus: 'Work', success: 's' });
    expect(efficacyGridSpec.isValid(state)).toBe(false);
  });

  it('a pair needs line two (line one can be skipped), a rewrite needs only its thought (saving never waits for the rules)', () => {
    expect(canSavePair({ criticism: 'x', friend: ' ' })).toBe(false);
    expect(canSavePair({ criticism: 'x', friend: 'y' })).toBe(true);
    expect(canSavePair({ criticism: ' ', friend: 'y' })).toBe(true);
    expect(canSaveRewrite({ ...EMPTY_CANT_DRAFT, thought: ' ', rewrite: 'I don’t yet know how to swim.' })).toBe(false);
    expect(canSaveRewrite({ ...EMPTY_CANT_DRAFT, thought: 'I can’t', rewrite: '' })).toBe(true);
    expect(canSaveRewrite({ ...EMPTY_CANT_DRAFT, thought: 'I can’t swim', rewrite: 'I don’t yet know how to swim.' })).toBe(true);
  });
});
