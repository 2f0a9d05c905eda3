// The practice card of this tool, shown on its page (/practice/self-compassion/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About five minutes, once a setback has passed.',
  steps: [
    'Write line one: what your inner critic said about the setback, word for word. You may skip this line.',
    'Write line two: what you would say to a good friend who had the same setback and said line one about themselves.',
    'Read the two lines side by side and notice which one makes it easier to try again.',
    'Save the pair. Line one stays private in this browser unless you choose to include it in a hand-in.',
  ],
  whyTry:
    'After something goes wrong, the harshest voice often has the last word. Writing what you would tell a friend gives you a second reading of the same event, usually a kinder one and often a more accurate one.',
  whyItWorks:
    'Self-compassion, as Kristin Neff describes it, means meeting your own failure with the kindness, sense of shared human experience and balanced attention you would give a friend. Seen that way, a failure is something to work on rather than a verdict on you, which may make it easier to try again.',
  evidence: {
    directTest:
      'In four short experiments, people prompted to take a self-compassionate view of a weakness, a wrong they had done or a failed test were more motivated to improve than people prompted to boost their self-esteem, given a pleasant distraction or given no prompt; for example, they more often saw the weakness as one they could change. The prompts were brief, the studies were small, and belief in a task was not measured.',
    cite: 'Breines & Chen, 2012',
    doi: '10.1177/0146167212445599',
  },
  whoFor: {
    suits: 'Anyone who is hard on themselves after a mistake, a bad result or a rejection.',
    care: 'Writing down the critic’s words can stir up painful feelings, so skip line one whenever it does more harm than good. After a loss or a very painful event, be gentle with the timing, and talk to someone you trust.',
    lowMood: true,
  },
};

export default card;
