// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';

export default defineExercise({
  title: 'The “I can’t” rewriter',
  summary: 'Turn a thought that stops you into a task you can learn, then narrow it to one skill and a first small step.',
  lesson: 'esteem-vs-efficacy',
  heading: 'Rewrite an “I can’t”',
  intro:
    'Write down a thought that stops you. The rewriter turns it into something you can learn (“I don’t yet know how to…”). Then narrow it to one skill and a first small step. Everything stays in this browser.',
  noun: ['rewrite', 'rewrites'],
  spec,
  fields: [
    { key: 'thought', label: 'Thought' },
    { key: 'rewrite', label: 'Rewrite' },
    { key: 'skill', label: 'One skill' },
    { key: 'step', label: 'First step' },
  ],
});
