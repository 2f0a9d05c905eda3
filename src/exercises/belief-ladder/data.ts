// The belief ladder: one area of life, four to six tasks in it from easiest to hardest, each rated
// 0-100 ("how sure am I that I can do this now?"), and the one task to practise this week. The
// lesson measuring-belief explains why: a task-specific scale shows where belief drops, which a
// broad 1-10 area rating cannot. What one saved ladder holds, its draft, how saved data is checked,
// and how the draft changes (moves, removals) are here; where belief drops is in ./ladder.ts.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { int, list, nullable, obj, str, type Check } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export const MIN_RUNGS = 4;
export const MAX_RUNGS = 6;
export const MIN_SURE = 0;
export const MAX_SURE = 100;
export const MAX_AREA = 60;
export const MAX_TASK = 120;
/** Saved data with more rungs than this is not ours (the form never makes more than MAX_RUNGS). */
const RUNG_LIMIT = 12;

/** One task on a saved ladder and how sure the person was, 0-100, that they could do it then. */
export interface Rung {
  task: string;
  rating: number;
}

export interface BeliefLadderFields {
  /** The area of life the ladder is in ("Money"). */
  area: string;
  /** The tasks, easiest first, each with its rating. */
  rungs: Rung[];
  /** The task chosen to practise this week (one of the rungs' tasks). */
  practise: string;
}
export type BeliefLadderEntry = EntryMeta & BeliefLadderFields;

export interface DraftRung {
  task: string;
  /** The rating as typed: a whole number 0-100 once checked, or whatever was typed so far. */
  rating: string;
}
export interface BeliefLadderDraft {
  area: string;
  rungs: DraftRung[];
  /** The index of the rung chosen to practise; it follows the rung when rungs move or go. */
  practise: number | null;
}
export type BeliefLadderState = SavedState<BeliefLadderEntry, BeliefLadderDraft>;

const rung = obj<Rung>({ task: str(MAX_TASK), rating: int(MIN_SURE, MAX_SURE) });
const isState = savedStateCheck<BeliefLadderFields, BeliefLadderDraft>(
  { area: str(200), rungs: list(rung, RUNG_LIMIT), practise: str(MAX_TASK) },
  obj<BeliefLadderDraft>({
    area: str(200),
    rungs: list(obj<DraftRung>({ task: text(), rating: str(20) }), RUNG_LIMIT),
    practise: nullable(int(0, RUNG_LIMIT - 1)),
  }),
);

export function emptyLadderDraft(): BeliefLadderDraft {
  return { area: '', rungs: Array.from({ length: MIN_RUNGS }, () => ({ task: '', rating: '' })), practise: null };
}

export const beliefLadderShape: DataShape<BeliefLadderState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(emptyLadderDraft()),
};

/**
 * A typed rating as a number: a whole number from 0 to 100 ("70", " 70 ", "70%"); null when nothing
 * is typed; NaN when what is typed is not such a number.
 */
export function parseRating(typed: string): number | null {
  const t = typed.trim().replace(/\s*%$/, '');
  if (t === '') return null;
  if (!/^\d{1,3}$/.test(t)) return Number.NaN;
  const n = Number(t);
  return n <= MAX_SURE ? n : Number.NaN;
}

/** The draft's rungs as the chart and the choices read them: named with a valid rating, else undefined. */
export function ratedRungs(draft: BeliefLadderDraft): (Rung | undefined)[] {
  return draft.rungs.map((r) => {
    const rating = parseRating(r.rating);
    return r.task.trim() !== '' && rating !== null && !Number.isNaN(rating) ? { task: r.task.trim(), rating } : undefined;
  });
}

/** Moves rung `index` one place up (-1, easier) or down (+1, harder); the chosen rung stays chosen. */
export function moveRung(draft: BeliefLadderDraft, index: number, by: -1 | 1): BeliefLadderDraft {
  const to = index + by;
  if (index < 0 || to < 0 || to >= draft.rungs.length) return draft;
  const rungs = [...draft.rungs];
  [rungs[index], rungs[to]] = [rungs[to]!, rungs[index]!];
  const practise = draft.practise === index ? to : draft.practise === to ? index : draft.practise;
  return { ...draft, rungs, practise };
}

/** Removes rung `index`; the choice goes with it, or follows its rung to the new place. */
export function removeRung(draft: BeliefLadderDraft, index: number): BeliefLadderDraft {
  if (index < 0 || index >= draft.rungs.length) return draft;
  const { practise } = draft;
  return {
    ...draft,
    rungs: draft.rungs.filter((_, i) => i !== index),
    practise: practise === null || practise === index ? null : practise > index ? practise - 1 : practise,
  };
}

/** The entry for a valid draft: names trimmed, empty rows dropped, the chosen rung by its words. */
export function ladderFromDraft(draft: BeliefLadderDraft): BeliefLadderFields {
  const rungs = ratedRungs(draft).filter((r): r is Rung => r !== undefined);
  const chosen = draft.practise === null ? '' : (draft.rungs[draft.practise]?.task.trim() ?? '');
  return { area: draft.area.trim(), rungs, practise: chosen };
}

/** A new ladder starts from a saved one: the same area and tasks, the last ratings to change. */
export function draftFromLadder(ladder: BeliefLadderFields | undefined): BeliefLadderDraft {
  if (!ladder) return emptyLadderDraft();
  return { area: ladder.area, rungs: ladder.rungs.map((r) => ({ task: r.task, rating: String(r.rating) })), practise: null };
}

/** A saved ladder's rungs as one line: "Pay a bill online (90) → Ask for a pay rise (30)". */
export const rungsText = (value: unknown): string => (value as Rung[]).map((r) => `${r.task} (${r.rating})`).join(' → ');

/** Whether a value read from a hand-in is a list of rungs this ladder could have saved. */
export const isRungs: Check<Rung[]> = list(rung, RUNG_LIMIT);
