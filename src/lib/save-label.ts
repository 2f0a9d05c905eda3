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

/** What a worksheet says beside its button when an entry was refused at the limit (the notice above says why). */
export const NOT_SAVED = 'Not saved: see the notice above.';

/**
 * The words beside a worksheet's save button, kept true by the same state as the indicator: once
 * storage fails, "Saved" becomes what is so (in the list on this page, not in the browser).
 */
export const savedWords = (words: string, status: SaveStatus): string =>
  words && words !== NOT_SAVED && status.state === 'unsaved'
    ? 'In your list below, but not saved in this browser: see the notice above.'
    : words;
