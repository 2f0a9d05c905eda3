// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { isRecord } from '../../lib/storage/shape';
import { MAX_RATING, MIN_RATING, type DomainRating } from './data';

// Only the pages that read saved rounds as text, or hand-ins, need these: kept out of the worksheet's script.
/** Ratings as one line of text: "Work 7 · Money 3". */
export const ratingsText = (value: unknown): string => (value as DomainRating[]).map((r) => `${r.domain} ${r.rating}`).join(' · ');

/** Whether a value read from a hand-in is a list of ratings this grid could have saved. */
export function isRatings(value: unknown): value is DomainRating[] {
  return (
    Array.isArray(value) &&
    value.length <= 12 &&
    value.every(
      (r) =>
        isRecord(r) &&
        typeof r['domain'] === 'string' &&
        r['domain'].length <= 60 &&
        Number.isInteger(r['rating']) &&
        (r['rating'] as number) >= MIN_RATING &&
        (r['rating'] as number) <= MAX_RATING,
    )
  );
}

export default defineExercise({
  title: 'The efficacy grid',
  summary:
    'Rate how sure you are in four to six areas of your life, see the strong and weak ones, and pick one low area for a small success this week.',
  lesson: 'collective-efficacy',
  heading: 'Your efficacy grid',
  intro:
    'List four to six areas of your life and rate how sure you are, today, that you can handle what each one asks of you. The grid shows your strong and weak areas at a glance. Then pick one low area and name one small success to aim for there this week. Each round you save is kept, so you can see how things change.',
  noun: ['round', 'rounds'],
  spec,
  fields: [
    { key: 'ratings', label: 'Ratings', format: ratingsText, handInValue: isRatings },
    { key: 'focus', label: 'Area worked on' },
    { key: 'success', label: 'Small success to aim for' },
  ],
});
