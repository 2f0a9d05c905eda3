// The words of the save indicator at the top of every worksheet, from the same state as the list of
// saved entries below it, so the two never contradict each other.
import type { SaveStatus } from './storage/guarded-storage';

/**
 * Symbol and words for the indicator. While the list is empty, what was written can only be the
 * draft, and the indicator says so ("Draft saved", not "Saved" beside "Nothing saved yet").
 */
export function saveLabel(state: SaveStatus['state'], listEmpty: boolean): [string, string] {
  return state === 'unsaved'
    ? ['!', 'Not saved']
    : state === 'pending'
      ? ['…', 'Saving']
      : state === 'saved'
        ? ['✓', listEmpty ? 'Draft saved' : 'Saved']
        : ['', 'Saves in this browser'];
}
