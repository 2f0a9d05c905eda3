// The practice card of this tool, shown on its page (/practice/esteem-or-efficacy/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About five minutes.',
  steps: [
    'Read each thought people have about themselves.',
    'Decide whether it asks about your worth as a person or about whether you can do a particular task.',
    'Read the reason given after each answer, whichever you chose.',
  ],
  whyTry:
    'Telling a question about your worth from a question about a task shows you what you can work on: a task can be practised, a verdict on yourself cannot.',
  whyItWorks:
    'Self-esteem and self-efficacy answer different questions, and only the second points to something you can practise. Sorting everyday thoughts trains you to hear the difference in your own head.',
  evidence: {
    restsOn:
      'the distinction between self-esteem and self-efficacy in Bandura’s work, which holds best for beliefs about specific tasks. Sorting thoughts in this way has not been tested as a way to change belief.',
    cite: 'Bandura, 1977',
    doi: '10.1037/0033-295X.84.2.191',
  },
  whoFor: {
    suits: 'Anyone new to the course, and teachers introducing the two ideas.',
    care: 'Some thoughts in it are harsh things people say to themselves. If one sounds like your own voice on most days, it is worth talking to someone.',
    lowMood: false,
  },
};

export default card;
