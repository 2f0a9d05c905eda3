// The practice card of this tool, shown on its page (/practice/goal-sizer/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About five minutes to size a goal, then the week to do it.',
  steps: [
    'Name one narrow area and a goal for the next seven days.',
    'Rate from 1 to 10 how sure you are that you will do it.',
    'If the rating is under 7, make the goal smaller and rate it again; every version is kept.',
    'Do the goal you rated 7 or more, and note how it went.',
  ],
  whyTry:
    'Goals that are too big are easy to put off, and a missed goal can leave you surer of failure than before. Shrinking a goal until you are fairly sure of it gives you one you will actually start.',
  whyItWorks:
    'Near, specific goals give you frequent chances to succeed and to see progress, and each success is evidence for the next step. The line at 7 out of 10 is only a convenient rule: the aim is a goal you are fairly sure of that still asks some effort.',
  evidence: {
    restsOn:
      'a study of near goals: 40 children who were weak at arithmetic and set themselves small goals for each session made faster progress, became surer of their skill and grew more interested than children with one distant goal or none. It was a small study of children, and the 7 out of 10 line has not been tested.',
    cite: 'Bandura & Schunk, 1981',
    doi: '10.1037/0022-3514.41.3.586',
  },
  whoFor: {
    suits: 'Anyone who sets goals and then does not start them, or who wants to build belief in one narrow skill.',
    care: 'Shrinking is for goals you choose. It is not a way to push yourself through something you have been told to stop, such as training on an injury.',
    lowMood: false,
  },
};

export default card;
