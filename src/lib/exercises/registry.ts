// The exercises that exist as islands, with what their own pages and the lesson panels say about them.
import type { ExerciseId } from '../exercise-ids';

export interface ExerciseInfo {
  id: ExerciseId;
  /** The page title at /practice/<id>/. */
  title: string;
  /** One or two sentences for the page and for lists of exercises. */
  summary: string;
  /** The lesson that teaches it (slug). */
  lesson: string;
  /** The exercise's own heading, above the worksheet. */
  heading: string;
  /** What to do, shown above the worksheet. */
  intro: string;
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    id: 'cant-rewriter',
    title: 'The “I can’t” rewriter',
    summary: 'Turn a thought that stops you into a task you can learn, then narrow it to one skill and a first small step.',
    lesson: 'esteem-vs-efficacy',
    heading: 'Rewrite an “I can’t”',
    intro:
      'Write down a thought that stops you. The rewriter turns it into something you can learn (“I don’t yet know how to…”). Then narrow it to one skill and a first small step. Everything stays in this browser.',
  },
  {
    id: 'self-compassion',
    title: 'Two-line self-compassion',
    summary: 'After a setback, write what your inner critic said, then what you would say to a good friend in the same spot.',
    lesson: 'self-esteem-movement',
    heading: 'Two lines after a setback',
    intro:
      'When something goes wrong, write down what your inner critic said, word for word. Then write what you would say to a good friend who had the same setback. Line one is private: it stays in this browser and is left out of anything you hand in, unless you choose to include it.',
  },
  {
    id: 'efficacy-grid',
    title: 'The efficacy grid',
    summary: 'Rate how sure you are in four to six areas of your life, see the strong and weak ones, and pick one low area for a small success this week.',
    lesson: 'collective-efficacy',
    heading: 'Your efficacy grid',
    intro:
      'List four to six areas of your life and rate how sure you are, today, that you can handle what each one asks of you. The grid shows your strong and weak areas at a glance. Then pick one low area and name one small success to aim for there this week. Each round you save is kept, so you can see how things change.',
  },
];

export function exerciseInfo(id: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.id === id);
}
