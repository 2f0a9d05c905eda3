// What stops a "We can" entry being saved. Kept apart from ./data.ts so the page loads it only when
// someone first presses Save (see WeCanErrors.lazy.tsx).
import { MAX_RATING, MAX_STATEMENTS, MIN_RATING, MIN_STATEMENTS, sameStatement, type WeCanDraft } from './data';

/** The fields a problem can point at. */
export type WeCanField = 'groupKind' | 'groupName' | 'statements' | `statement-${number}` | `rating-${number}` | 'lastTime';

/** Problems that stop an entry being saved, keyed by the field to fix, each a sentence saying how. */
export function validateWeCan(draft: WeCanDraft): Partial<Record<WeCanField, string>> {
  const errors: Partial<Record<WeCanField, string>> = {};
  if (draft.groupKind === '') errors.groupKind = 'Choose the kind of group you are rating.';
  else if (draft.groupKind === 'other' && draft.groupName.trim() === '') errors.groupName = 'Name the group in a few words.';
  const written = draft.statements.filter((s) => s.text.trim() !== '');
  if (written.length < MIN_STATEMENTS) {
    errors.statements = `Write or pick at least ${MIN_STATEMENTS} statements (you have ${written.length}).`;
  } else if (written.length > MAX_STATEMENTS) {
    errors.statements = `Keep to ${MAX_STATEMENTS} statements at most (you have ${written.length}).`;
  }
  draft.statements.forEach((s, i) => {
    const words = s.text.trim();
    if (words === '') {
      if (s.rating !== null) errors[`statement-${i}`] = `Write statement ${i + 1}, or remove it.`;
      return;
    }
    if (draft.statements.slice(0, i).some((other) => sameStatement(other.text, words))) {
      errors[`statement-${i}`] = `Statement ${i + 1} is listed twice.`;
    }
    if (s.rating === null) errors[`rating-${i}`] = `Rate statement ${i + 1} from ${MIN_RATING} to ${MAX_RATING}.`;
  });
  if (draft.lastTime.trim() === '') {
    errors.lastTime = 'Write one line about the last time your group got something done together.';
  }
  return errors;
}
