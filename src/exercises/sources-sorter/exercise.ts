// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { sourcesSorterFields } from './data';

export default defineExercise({
  title: 'Sort the four sources',
  summary:
    'Sort everyday moments into the four sources of self-efficacy, then put the sources in order of strength (the last two in either order), with an explanation after each answer.',
  lesson: 'four-sources',
  heading: 'Which source is it?',
  intro:
    'Read each everyday moment and choose which of the four sources of belief it is. After each answer you will see how the lesson reads it, and why. Then put the four sources in order of strength. There is no score: the explanations are the point.',
  noun: ['round', 'rounds'],
  spec,
  fields: sourcesSorterFields,
});
