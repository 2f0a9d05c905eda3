// Two-line self-compassion: what the inner critic said after a setback, and what you would say to a
// good friend in the same spot. The first line is private: it stays out of anything handed in unless
// the person ticks it in for that entry.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { bool, obj } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export interface SelfCompassionFields {
  /** Line one: the automatic self-criticism, word for word. Private. */
  criticism: string;
  /** Line two: what you would say to a good friend. */
  friend: string;
  /** Whether line one may be included when this entry is handed in. */
  shareCriticism: boolean;
}
export type SelfCompassionEntry = EntryMeta & SelfCompassionFields;
export interface SelfCompassionDraft {
  criticism: string;
  friend: string;
}
export type SelfCompassionState = SavedState<SelfCompassionEntry, SelfCompassionDraft>;

const isState = savedStateCheck<SelfCompassionFields, SelfCompassionDraft>(
  { criticism: text(), friend: text(), shareCriticism: bool },
  obj<SelfCompassionDraft>({ criticism: text(), friend: text() }),
);

export const EMPTY_SELF_COMPASSION_DRAFT: SelfCompassionDraft = { criticism: '', friend: '' };

export const selfCompassionShape: DataShape<SelfCompassionState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(EMPTY_SELF_COMPASSION_DRAFT),
};

/**
 * Line two is needed for a pair; line one can be skipped (a harsh voice some people should not write
 * down word for word, the worksheet says). Whitespace alone does not count.
 */
export function canSavePair(draft: SelfCompassionDraft): boolean {
  return draft.friend.trim().length > 0;
}
