// What stops a grid round being saved. Kept apart from efficacy-grid.ts so the page loads it only
// when someone first presses Save (see GridErrors.lazy.tsx).
import { MAX_RATING, MIN_DOMAINS, MIN_RATING, focusCandidates, type EfficacyGridDraft } from './data';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export type GridField = 'domains' | `domain-${number}` | `rating-${number}` | 'focus' | 'success';

/** Problems that stop a round being saved, keyed by the field to fix, each a sentence saying how. */
export function validateGrid(draft: EfficacyGridDraft): Partial<Record<GridField, string>> {
  const errors: Partial<Record<GridField, string>> = {};
  const named = draft.domains.filter((d) => d.name.trim() !== '');
  // (At most MAX_DOMAINS rows and MAX_DOMAIN_NAME characters are enforced by the form itself.)
  if (named.length < MIN_DOMAINS) errors.domains = `List at least ${MIN_DOMAINS} areas (you have ${named.length}).`;
  draft.domains.forEach((d, i) => {
    const name = d.name.trim();
    if (name === '') {
      if (d.rating !== null) errors[`domain-${i}`] = `Name area ${i + 1}, or remove it.`;
      return;
    }
    if (draft.domains.slice(0, i).some((other) => sameName(other.name, name))) {
      errors[`domain-${i}`] = `“${name}” is listed twice.`;
    }
    if (d.rating === null) errors[`rating-${i}`] = `Rate “${name}” from ${MIN_RATING} to ${MAX_RATING}.`;
  });
  const candidates = focusCandidates(draft);
  if (!candidates.some((c) => sameName(c.domain, draft.focus))) errors.focus = 'Choose one area to work on this week.';
  if (draft.success.trim() === '') errors.success = 'Write one small success to aim for.';
  return errors;
}
