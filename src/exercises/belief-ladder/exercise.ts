// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { isRungs, rungsText } from './data';

export default defineExercise({
  title: 'The belief ladder',
  summary:
    'Choose one area, list four to six tasks in it from easiest to hardest, rate how sure you are of each from 0 to 100, see where your belief drops, and pick the task to practise this week.',
  lesson: 'measuring-belief',
  heading: 'Your belief ladder',
  intro:
    'Choose one area where you feel less sure, such as the lowest area on your efficacy grid. List four to six tasks in it, from the easiest to the hardest, and rate each from 0 to 100: how sure are you that you can do it now? The chart shows where your belief drops. Then pick the task to practise this week. Each ladder you save is kept, so you can rate it again later and compare.',
  noun: ['ladder', 'ladders'],
  spec,
  fields: [
    { key: 'area', label: 'Area' },
    { key: 'rungs', label: 'Tasks, easiest first, with how sure (0–100)', format: rungsText, handInValue: isRungs },
    { key: 'practise', label: 'Task to practise this week' },
  ],
});
