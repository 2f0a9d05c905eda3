// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { goalSizerFields } from './data';

export default defineExercise({
  title: 'The goal sizer',
  summary: 'Name a small area and a goal for this week, rate how sure you are, and shrink the goal until you are sure enough to start.',
  lesson: 'building-efficacy',
  heading: 'Size a goal you will start',
  intro:
    'Pick one narrow area and write a goal for the next seven days. Rate how sure you are that you will do it. Under 7 out of 10, make it smaller and rate it again: every version is kept, so you can see the goal shrink to one you will actually start.',
  noun: ['goal', 'goals'],
  spec,
  fields: goalSizerFields,
});
