// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';

export default defineExercise({
  title: 'Belief ladder',
  summary: 'A worksheet still being written: say in one or two sentences what it helps a person do.',
  lesson: 'measuring-belief',
  heading: 'Belief ladder',
  intro: 'Say what to do, in a sentence or two. Everything you write stays in this browser.',
  noun: ['note', 'notes'],
  spec,
  fields: [{ key: 'note', label: 'Note' }],
});
