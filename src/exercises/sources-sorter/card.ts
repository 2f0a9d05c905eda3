// The practice card of this tool, shown on its page (/practice/sources-sorter/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About ten minutes.',
  steps: [
    'Read each everyday moment and choose which of the four sources of belief it is.',
    'Read the explanation after each answer, whichever source you chose.',
    'Put the four sources in order of strength; the last two may go in either order.',
  ],
  whyTry:
    'Knowing where belief comes from helps you choose how to build it: by doing, by watching someone like you, by words that point to real progress, or by how you read your nerves.',
  whyItWorks:
    'Sorting examples makes you apply the distinctions yourself, so you notice which source is at work in your own week. The explanations show the lesson’s reasoning, including where Bandura left the order open.',
  evidence: {
    restsOn:
      'Bandura’s account of the four sources and his partial order of their strength. Whether sorting examples changes how people build their own belief has not been tested.',
    cite: 'Bandura, 1977',
    doi: '10.1037/0033-295X.84.2.191',
  },
  whoFor: {
    suits: 'Learners, teachers and anyone who wants to use the four sources on purpose.',
    care: 'It is a learning exercise with no score. If an example brings back a hard memory, skip it.',
    lowMood: false,
  },
};

export default card;
