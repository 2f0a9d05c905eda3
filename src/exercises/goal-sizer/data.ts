// The goal sizer: name a micro-domain and a proximal goal (this week, small, concrete), rate how sure
// you are 1-10; under 7, shrink the goal and rate again. Every version is kept, so the person sees the
// goal get small enough to start. The threshold follows the lessons: a goal you are fairly sure of
// is one you start, and starting is what builds the belief.
import type { DataShape } from '../../lib/storage/envelope';
import type { FieldDescriptor } from '../../lib/exercises/fields';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { int, isIsoStamp, list, nullable, obj, str } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';
import { isoOf } from '../../lib/storage/clock';

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

// ratedAt is a real ISO date, like createdAt and updatedAt: anything else is not our data (kept aside).
const version = obj<GoalVersion>({ goal: str(MAX_GOAL), confidence: int(MIN_CONFIDENCE, MAX_CONFIDENCE), ratedAt: isIsoStamp });

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

export const goalSizerShape: DataShape<GoalSizerState> = {
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
  // Held within years 0001–9999 (a clock in year 10000 writes "+010000-…", which no reader accepts).
  const next: GoalVersion = { goal: draft.goal.trim(), confidence: draft.confidence, ratedAt: isoOf(Date.parse(ratedAt)) };
  const versions = [...draft.versions, next].slice(-MAX_VERSIONS);
  // The next version starts from this one's words: shrinking is easier as an edit than a blank.
  return { ...draft, versions, goal: next.goal, confidence: null };
}

/** The saved entry for a finished sizing: the area and every version, the last one being the goal. */
export function entryFields(draft: GoalSizerDraft): GoalSizerFields | null {
  if (draft.versions.length === 0 || draft.microDomain.trim() === '') return null;
  return { microDomain: draft.microDomain.trim(), versions: draft.versions };
}

/** One version as it reads in the workbook and in a hand-in: "Walk 10 minutes (8/10)". */
export const versionText = (v: GoalVersion): string => `${v.goal} (${v.confidence}/10)`;

/** The saved goal's fields for the workbook and hand-ins; the versions read oldest to newest. */
export const goalSizerFields: FieldDescriptor[] = [
  { key: 'microDomain', label: 'Area' },
  { key: 'versions', label: 'Versions, the last is the goal', format: (v) => (v as GoalVersion[]).map(versionText).join(' → ') },
];
