// What the "I can't" rewriter saves: the thought, its rewrite as the person edited it, the one skill
// it narrows to, and a first small step.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { bool, obj } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

/** The follow-up every rewrite leads to: from a broad task to one skill. Our own wording. */
export const NARROWING_QUESTION = 'Which one skill in this would I need to practise first?';

export interface CantRewriterFields {
  /** The thought as the person wrote it. */
  thought: string;
  /** The task statement ("I don't yet know how to ..."), as edited. */
  rewrite: string;
  /** The one specific thing they are unsure they can do right now. */
  skill: string;
  /** A first small step towards it. */
  step: string;
}
export type CantRewriterEntry = EntryMeta & CantRewriterFields;
export interface CantRewriterDraft extends CantRewriterFields {
  /** True once the person edited the suggested rewrite, so new suggestions stop replacing it. */
  rewriteEdited: boolean;
}
export type CantRewriterState = SavedState<CantRewriterEntry, CantRewriterDraft>;

const fields = { thought: text(), rewrite: text(), skill: text(), step: text() };
const isState = savedStateCheck<CantRewriterFields, CantRewriterDraft>(fields, obj<CantRewriterDraft>({ ...fields, rewriteEdited: bool }));

export const EMPTY_CANT_DRAFT: CantRewriterDraft = { thought: '', rewrite: '', skill: '', step: '', rewriteEdited: false };

export const cantRewriterShape: DataShape<CantRewriterState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(EMPTY_CANT_DRAFT),
};

/**
 * Saving needs the thought only. The rewrite is saved as it stands in its field: the suggestion once
 * the rules have filled it in, the person's own words if they wrote it, or nothing if the rules never
 * loaded (offline, blocked, slow) or the thought names no task yet. Nothing is computed at save time,
 * so a saved entry holds only words the person saw before pressing Save; an empty rewrite can be
 * added later by editing the entry.
 */
export function canSaveRewrite(draft: CantRewriterDraft): boolean {
  return draft.thought.trim().length > 0;
}
