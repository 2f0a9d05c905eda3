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
  {
    id: 'goal-sizer',
    title: 'The goal sizer',
    summary: 'Name a small area and a goal for this week, rate how sure you are, and shrink the goal until you are sure enough to start.',
    lesson: 'building-efficacy',
    heading: 'Size a goal you will start',
    intro:
      'Pick one narrow area and write a goal for the next seven days. Rate how sure you are that you will do it. Under 7 out of 10, make it smaller and rate it again: every version is kept, so you can see the goal shrink to one you will actually start.',
  },
  {
    id: 'win-ledger',
    title: 'The win ledger',
    summary: 'Bank each small win in a line, with its area and how hard it was, and watch the evidence add up week by week.',
    lesson: 'the-evidence',
    heading: 'Bank a win',
    intro:
      'Write down each thing you did that you were not sure you could, however small, with the area of life it belongs to and how hard it was. The ledger counts your wins per week and per area, and keeps a run going even if you miss a day. It counts only what went right.',
  },
  {
    id: 'sources-sorter',
    title: 'Sort the four sources',
    summary: 'Sort everyday moments into the four sources of self-efficacy, then put the sources in order of strength (the last two in either order), with an explanation after each answer.',
    lesson: 'four-sources',
    heading: 'Which source is it?',
    intro:
      'Read each everyday moment and choose which of the four sources of belief it is. After each answer you will see how the lesson reads it, and why. Then put the four sources in order of strength. There is no score: the explanations are the point.',
  },
  {
    id: 'esteem-or-efficacy',
    title: 'Esteem or efficacy?',
    summary: 'Sort everyday thoughts into questions about your worth and questions about whether you can do a task, with the reason after each.',
    lesson: 'esteem-vs-efficacy',
    heading: 'Esteem or efficacy?',
    intro:
      'Each line below is something people ask themselves. Decide whether it is an esteem question (about your worth as a person) or an efficacy question (about whether you can do a particular task). The reason appears after each answer.',
  },
  {
    id: 'attribution-audit',
    title: 'The attribution audit',
    summary: 'After a success or a setback, write how you explain it, mark what kind of cause it is, and get a reframe when the explanation blames fixed ability.',
    lesson: 'building-efficacy',
    heading: 'Audit an explanation',
    intro:
      'Think of something that just went well or badly. Write how you explain it, then mark whether the cause was in your control, whether it will stay the same, and whether it was about effort, strategy, fixed ability or circumstances. If the explanation blames a fixed ability, the audit suggests another way to read it.',
  },
];

export function exerciseInfo(id: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.id === id);
}
