// The goal sizer: name a micro-domain and a proximal goal (this week, small, concrete), rate how sure
// you are 1-10; under 7, shrink the goal and rate again. Every version is kept, so the person sees the
// goal get small enough to start. The threshold follows the lessons: a goal you are fairly sure of
// is one you start, and starting is what builds the belief.
import type { DataSpec } from '../storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../storage/entries';
import { int, list, nullable, obj, str } from '../storage/shape';
import { savedStateCheck, text } from './saved-state-schema';

export const MIN_CONFIDENCE = 1;
export const MAX_CONFIDENCE = 10;
/** At or above this, the goal is small enough to start; below it, the tool asks to shrink it. */
export const CONFIDENT_ENOUGH = 7;
/** More shrinking than this suggests a different goal, not a smaller one. */
export const MAX_VERSIONS = 12;
export const MAX_GOAL = 280;
export const MAX_MICRO_DOMAIN = 80;

export interface GoalVersion {
  goal: string;
  /** How sure the person was of this version, 1-10. */
  confidence: number;
  /** When this version was rated (ISO 8601). */
  ratedAt: string;
}

export interface GoalSizerFields {
  /** The narrow area of life, e.g. "speaking up in team meetings". */
  microDomain: string;
  /** Every version in the order written; the last one is the goal the person settled on. */
  versions: GoalVersion[];
}
export type GoalSizerEntry = EntryMeta & GoalSizerFields;

export interface GoalSizerDraft {
  microDomain: string;
  /** Versions already rated in this sizing. */
  versions: GoalVersion[];
  /** The version being written now. */
  goal: string;
  confidence: number | null;
}
export type GoalSizerState = SavedState<GoalSizerEntry, GoalSizerDraft>;

const version = obj<GoalVersion>({ goal: str(MAX_GOAL), confidence: int(MIN_CONFIDENCE, MAX_CONFIDENCE), ratedAt: str(40) });

const isState = savedStateCheck<GoalSizerFields, GoalSizerDraft>(
  { microDomain: text(), versions: list(version, MAX_VERSIONS) },
  obj<GoalSizerDraft>({
    microDomain: text(),
    versions: list(version, MAX_VERSIONS),
    goal: text(),
    confidence: nullable(int(MIN_CONFIDENCE, MAX_CONFIDENCE)),
  }),
);

export const EMPTY_GOAL_DRAFT: GoalSizerDraft = { microDomain: '', versions: [], goal: '', confidence: null };

export const goalSizerSpec: DataSpec<GoalSizerState> = {
  exercise: 'goal-sizer',
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(EMPTY_GOAL_DRAFT),
};

export type GoalField = 'microDomain' | 'goal' | 'confidence';

/** What is missing or too long before the current version can be rated; empty when it can. */
export function goalProblems(draft: GoalSizerDraft): Partial<Record<GoalField, string>> {
  const problems: Partial<Record<GoalField, string>> = {};
  const domain = draft.microDomain.trim();
  const goal = draft.goal.trim();
  if (domain === '') problems.microDomain = 'Name the small area this goal is in.';
  else if (domain.length > MAX_MICRO_DOMAIN) problems.microDomain = `Keep the area to ${MAX_MICRO_DOMAIN} characters or fewer.`;
  if (goal === '') problems.goal = 'Write the goal for this week.';
  else if (goal.length > MAX_GOAL) problems.goal = `Keep the goal to ${MAX_GOAL} characters or fewer.`;
  else if (draft.versions.some((v) => v.goal.trim().toLowerCase() === goal.toLowerCase())) {
    problems.goal = 'This is the same as an earlier version. Change something to make it smaller.';
  }
  if (draft.confidence === null) problems.confidence = 'Choose how sure you are, from 1 to 10.';
  return problems;
}

export type SizingStep =
  /** Nothing rated yet. */
  | { kind: 'first' }
  /** The last version was rated below the threshold: shrink it. */
  | { kind: 'shrink'; last: GoalVersion }
  /** The last version is small enough: save it, or shrink further if the person wants. */
  | { kind: 'ready'; last: GoalVersion }
  /** The limit of versions is reached without a goal the person is sure of. */
  | { kind: 'rethink'; last: GoalVersion };

/** Where the person is in sizing a goal, from the versions rated so far. */
export function sizingStep(versions: readonly GoalVersion[]): SizingStep {
  const last = versions.at(-1);
  if (!last) return { kind: 'first' };
  if (last.confidence >= CONFIDENT_ENOUGH) return { kind: 'ready', last };
  if (versions.length >= MAX_VERSIONS) return { kind: 'rethink', last };
  return { kind: 'shrink', last };
}

/** Adds the version being written to the draft's history and clears the fields for the next one. */
export function rateVersion(draft: GoalSizerDraft, ratedAt: string): GoalSizerDraft {
  if (Object.keys(goalProblems(draft)).length > 0 || draft.confidence === null) return draft;
  const next: GoalVersion = { goal: draft.goal.trim(), confidence: draft.confidence, ratedAt };
  const versions = [...draft.versions, next].slice(-MAX_VERSIONS);
  // The next version starts from this one's words: shrinking is easier as an edit than a blank.
  return { ...draft, versions, goal: next.goal, confidence: null };
}

/** The saved entry for a finished sizing: the area and every version, the last one being the goal. */
export function entryFields(draft: GoalSizerDraft): GoalSizerFields | null {
  if (draft.versions.length === 0 || draft.microDomain.trim() === '') return null;
  return { microDomain: draft.microDomain.trim(), versions: draft.versions };
}

const DURATION = /\b(\d+)\s*(hours?|hrs?|minutes?|mins?|km|miles?|pages?|times?)\b/i;
const EVERY_DAY = /\b(every ?day|daily|each day|every (morning|evening|night))\b/i;
const VAGUE = /\b(get better|improve|be more|be less|get good|master|learn|get fit|sort out|fix)\b/i;
const SEVERAL = /\b(and|then|also)\b/i;

/**
 * Concrete ways to make this goal smaller, picked from what it says: halve a number, do it once
 * rather than daily, turn a vague aim into one action, keep one of several steps. Always ends with
 * the general "make it easier to start" prompt, so there is at least one.
 */
export function shrinkSuggestions(goal: string): string[] {
  const suggestions: string[] = [];
  const amount = DURATION.exec(goal);
  // Halving 1 changes nothing, so a single unit gets no amount suggestion.
  if (amount && Number(amount[1]) >= 2) {
    const half = Math.floor(Number(amount[1]) / 2);
    const unit = half === 1 ? amount[2]!.replace(/s$/i, '') : amount[2];
    suggestions.push(`Cut the amount: ${half} ${unit} instead of ${amount[1]}.`);
  }
  if (EVERY_DAY.test(goal)) suggestions.push('Do it on one or two days this week, not every day.');
  if (VAGUE.test(goal)) suggestions.push('Name one action you could see yourself doing, instead of a general aim.');
  if (SEVERAL.test(goal)) suggestions.push('Keep only the first step; the rest can be next week’s goal.');
  suggestions.push('Make the start easier: the smallest first move, such as opening the file or putting on your shoes.');
  return suggestions;
}
