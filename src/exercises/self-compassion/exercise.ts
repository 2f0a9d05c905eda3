// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';

export default defineExercise({
  title: 'Two-line self-compassion',
  summary: 'After a setback, write what your inner critic said, then what you would say to a good friend in the same spot.',
  lesson: 'self-esteem-movement',
  heading: 'Two lines after a setback',
  intro:
    'When something goes wrong, write down what your inner critic said, word for word, or skip that line. Then write what you would say to a good friend who had the same setback. Line one is private: it stays in this browser and is left out of anything you hand in, unless you choose to include it.',
  noun: ['pair', 'pairs'],
  spec,
  fields: [
    { key: 'criticism', label: 'Inner critic (line one)', private: { optIn: 'shareCriticism' } },
    { key: 'friend', label: 'To a friend (line two)' },
  ],
});
