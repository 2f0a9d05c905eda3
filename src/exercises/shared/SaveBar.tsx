// The row under a worksheet's form: its save button, any other buttons, and the words that say what
// the last save did, in a polite live region (the words change without moving focus, and a screen
// reader hears them). Each worksheet keeps its own words and sends focus where its next step is.
import type { ComponentChildren } from 'preact';
import type { SaveStatus } from '../../lib/storage/guarded-storage';

/**
 * What a worksheet sets as the last save's words when the entry was refused at the limit; the bar
 * then says "Not saved" (the notice above says why) for as long as the refusal stands.
 */
export const NOT_SAVED = null;

/** What the last save said: '' for nothing (yet, or since the person typed), NOT_SAVED for a refusal. */
export type Said = string | typeof NOT_SAVED;

export interface SaveBarProps {
  /** The submit button's words ("Save this audit"); none when the form above has its own (the sorters). */
  save?: string;
  said: Said;
  status: SaveStatus;
  /** The words are about something other than a save (the sorters' "cleared"): shown as they are. */
  plain?: boolean;
  /** An id for the words, which then take focus (tabindex -1), for a worksheet that sends focus there after a save. */
  id?: string;
  /** Buttons beside the save button ("Start this goal over"). */
  children?: ComponentChildren;
}

/**
 * The words beside the save button are kept true by the same state as the indicator: once storage
 * fails, "Saved" becomes what is so (in the list on this page, not in the browser), in the colour of
 * a problem; once a refusal at the limit is over (an entry deleted), or the list is empty again (the
 * entry was deleted since), its words go.
 */
export function SaveBar({ save, said, status, plain, id, children }: SaveBarProps) {
  return (
    <div class="exercise__actions">
      {save && <button type="submit">{save}</button>}
      {children}
      <span class="exercise__saved" id={id} tabIndex={id ? -1 : undefined} role="status" aria-live="polite">
        {said === NOT_SAVED ? (
          status.atLimit === 'refused' && <span class="exercise__not-saved">Not saved: see the notice above.</span>
        ) : plain || !said ? (
          said
        ) : status.listEmpty ? (
          ''
        ) : status.state === 'unsaved' ? (
          <span class="exercise__not-saved">In your list below, but not saved in this browser: see the notice above.</span>
        ) : (
          said
        )}
      </span>
    </div>
  );
}
