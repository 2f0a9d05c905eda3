// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { isRecord } from '../../lib/storage/shape';
import {
  MAX_RATING,
  MAX_STATEMENT,
  MAX_STATEMENTS,
  MIN_RATING,
  GROUP_KIND_LABELS,
  isRatingMode,
  type GroupKind,
  type StatementRating,
} from './data';

// Only the pages that read saved checks as text, or hand-ins, need these: kept out of the worksheet's script.
/** Ratings as one line of text: "finish a project on time 70 · help a member who falls behind 40". */
export const ratingsText = (value: unknown): string =>
  (value as StatementRating[]).map((r) => `${r.statement} ${r.rating}/${MAX_RATING}`).join(' · ');

/** Whether a value read from a hand-in is a list of ratings this worksheet could have saved. */
export function isStatementRatings(value: unknown): value is StatementRating[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_STATEMENTS &&
    value.every(
      (r) =>
        isRecord(r) &&
        typeof r['statement'] === 'string' &&
        r['statement'].trim() !== '' &&
        r['statement'].length <= MAX_STATEMENT &&
        Number.isInteger(r['rating']) &&
        (r['rating'] as number) >= MIN_RATING &&
        (r['rating'] as number) <= MAX_RATING,
    )
  );
}

/** Who gave the ratings, in words. */
const modeText = (value: string): string => (value === 'agreed' ? 'The group together: one agreed rating' : 'One person’s own ratings');

/** The kind of group in words ("A team"); an unknown value reads as it is. */
const kindText = (value: string): string => GROUP_KIND_LABELS[value as GroupKind] ?? String(value);

export default defineExercise({
  title: 'We can',
  summary:
    'Choose a group you belong to, rate how sure you are that it can do five to eight things together, and recall the last time it got something done.',
  lesson: 'collective-efficacy',
  heading: 'We can',
  intro:
    'Choose a group you belong to: a class, a team, a family or another group. For five to eight things a group like yours might do together, rate from 0 to 100 how sure you are that your group can do it. Then write one line about the last time you got something done together. Everything you write stays in this browser.',
  noun: ['check', 'checks'],
  spec,
  fields: [
    { key: 'groupKind', label: 'Kind of group', codeText: kindText },
    { key: 'groupName', label: 'Group' },
    { key: 'ratings', label: 'How sure, per statement', format: ratingsText, handInValue: isStatementRatings },
    { key: 'lastTime', label: 'The last time we got something done together' },
    // Travels as it is, so the class picture can set a group's agreed ratings beside the private ones.
    { key: 'mode', label: 'Rated by', codeText: modeText, handInValue: isRatingMode },
  ],
});
