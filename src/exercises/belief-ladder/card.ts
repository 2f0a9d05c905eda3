// The practice card of this tool, shown on its page (/practice/belief-ladder/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About fifteen minutes for the ladder, then a little practice on one task during the week.',
  steps: [
    'Choose one area where you feel less sure; if you have an efficacy grid, its lowest area is offered.',
    'List four to six tasks in that area, from the easiest to the hardest.',
    'Rate each task from 0 to 100 for how sure you are that you could do it now.',
    'Read where your ratings fall the most, then pick one task to practise this week and size it with the goal sizer if it helps.',
  ],
  whyTry:
    'A low number for a whole area of life says that something is hard, not what to do about it. A ladder of tasks turns that number into a set of steps and shows which step to try next.',
  whyItWorks:
    'Belief is best judged task by task, from easy to hard, by asking how sure you are now. The task just below the biggest fall is one you are still fairly sure of that sits at the edge of your belief, so succeeding at it is the kind of evidence that can move the next rating.',
  evidence: {
    restsOn:
      'the way Bandura measured belief one task at a time: in his study of 33 adults afraid of snakes, how sure people were of each step in a graded series of tasks predicted well which steps they then managed. A ladder you write and rate for yourself has not been tested, either as a measure or as a practice.',
    cite: 'Bandura, Adams & Beyer, 1977',
    doi: '10.1037/0022-3514.35.3.125',
  },
  whoFor: {
    suits: 'Anyone with an area of life that feels hard and no clear idea of where to start in it.',
    care: 'Ratings rise and fall with mood, so rate on an ordinary day where you can, and treat a low number as a place to start, not as a verdict on you.',
    lowMood: false,
  },
};

export default card;
