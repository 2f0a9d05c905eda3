// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { isRatings, ratingsText } from './data';

export default defineExercise({
  title: 'The efficacy grid',
  summary: 'Rate how sure you are in four to six areas of your life, see the strong and weak ones, and pick one low area for a small success this week.',
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
