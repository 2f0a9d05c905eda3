import { describe, expect, it } from 'vitest';
import {
  CONFIDENT_ENOUGH,
  EMPTY_GOAL_DRAFT,
  MAX_VERSIONS,
  entryFields,
  goalProblems,
  rateVersion,
  sizingStep,
  type GoalSizerDraft,
} from '../../src/exercises/goal-sizer/data';
import goalSizerExercise from '../../src/exercises/goal-sizer/exercise';
import { shrinkSuggestions } from '../../src/exercises/goal-sizer/shrink';

const goalSizerSpec = goalSizerExercise.spec;

const at = '2026-11-25T10:00:00.000Z';
const draft = (over: Partial<GoalSizerDraft> = {}): GoalSizerDraft => ({ ...EMPTY_GOAL_DRAFT, ...over });

describe('goalProblems', () => {
  it('asks for the area, the goal and a rating', () => {
    expect(Object.keys(goalProblems(draft()))).toEqual(['microDomain', 'goal', 'confidence']);
  });
  it('accepts a complete version', () => {
    expect(goalProblems(draft({ microDomain: 'running', goal: 'Run 5 km on Saturday', confidence: 4 }))).toEqual({});
  });
  it('refuses a version identical to an earlier one, whatever the case and spaces', () => {
    const d = draft({
      microDomain: 'running',
      versions: [{ goal: 'Run 5 km', confidence: 4, ratedAt: at }],
      goal: '  run 5 KM ',
      confidence: 5,
    });
    expect(goalProblems(d).goal).toMatch(/same as an earlier version/);
  });
});

describe('sizing a goal', () => {
  it('starts at the first version, asks to shrink under 7, and is ready at 7 or more', () => {
    expect(sizingStep([]).kind).toBe('first');
    let d = rateVersion(draft({ microDomain: 'running', goal: 'Run 10 km every day', confidence: 3 }), at);
    expect(d.versions).toHaveLength(1);
    expect(d.goal).toBe('Run 10 km every day'); // the next version starts from these words
    expect(d.confidence).toBeNull();
    expect(sizingStep(d.versions).kind).toBe('shrink');

    d = rateVersion({ ...d, goal: 'Run 2 km on Saturday', confidence: CONFIDENT_ENOUGH }, at);
    expect(sizingStep(d.versions)).toEqual({ kind: 'ready', last: { goal: 'Run 2 km on Saturday', confidence: 7, ratedAt: at } });
    expect(entryFields(d)).toEqual({ microDomain: 'running', versions: d.versions });
  });

  it('does not rate an incomplete version', () => {
    const d = draft({ microDomain: 'running', goal: '', confidence: 5 });
    expect(rateVersion(d, at)).toBe(d);
  });

  it('suggests rethinking after the most versions without a goal the person is sure of', () => {
    const versions = Array.from({ length: MAX_VERSIONS }, (_, i) => ({ goal: `goal ${i}`, confidence: 2, ratedAt: at }));
    expect(sizingStep(versions).kind).toBe('rethink');
  });

  it('saves nothing before a version is rated', () => {
    expect(entryFields(draft({ microDomain: 'running', goal: 'Run', confidence: 8 }))).toBeNull();
  });
});

describe('shrinkSuggestions', () => {
  it('halves a number, drops "every day", makes vague aims concrete and keeps one of several steps', () => {
    const s = shrinkSuggestions('Get better at running: run 10 km every day and then stretch');
    expect(s).toContain('Cut the amount: 5 km instead of 10.');
    expect(s).toContain('Do it on one or two days this week, not every day.');
    expect(s.some((x) => x.startsWith('Name one action'))).toBe(true);
    expect(s.some((x) => x.startsWith('Keep only the first step'))).toBe(true);
  });
  it('always offers at least the easier-start prompt', () => {
    expect(shrinkSuggestions('Write the report')).toEqual([expect.stringMatching(/^Make the start easier/)]);
  });
  it('does not suggest halving a single unit', () => {
    expect(shrinkSuggestions('Read 1 page').some((x) => x.startsWith('Cut the amount'))).toBe(false);
    expect(shrinkSuggestions('Read 3 pages')[0]).toBe('Cut the amount: 1 page instead of 3.');
  });
});

describe('saved data', () => {
  it('accepts a blank state and refuses a rating out of range', () => {
    expect(goalSizerSpec.isValid(goalSizerSpec.blank())).toBe(true);
    const bad = goalSizerSpec.blank();
    bad.draft.value.confidence = 11;
    expect(goalSizerSpec.isValid(bad)).toBe(false);
  });
});
