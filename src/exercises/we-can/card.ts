// The practice card of this tool, shown on its page (/practice/we-can/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About ten minutes, on your own or with the group.',
  steps: [
    'Choose a group you belong to, such as a class, a team or a family, and give it a name.',
    'Write or pick five to eight things a group like yours might do together.',
    'Rate each from 0 to 100 for how sure you are that your group can do it.',
    'Write one line about the last time the group got something done together, then look at the thing you are least sure of.',
  ],
  whyTry:
    'Groups rarely say out loud what they believe they can manage together. Rating it thing by thing shows where you feel the group is strong and where a first joint success would count most.',
  whyItWorks:
    'A group’s belief in what it can do together is specific to its tasks, as a person’s belief is. Recalling a recent joint success brings back the strongest source of that belief, experience of succeeding, for the group as a whole.',
  evidence: {
    restsOn:
      'studies of groups: across 96 studies, a group’s belief in what it could do together went with better group performance (a correlation of .35 on average), more strongly when members depended on one another. These are associations, and a rating by one member is only one view of the group; the worksheet itself has not been tested as a practice.',
    cite: 'Stajkovic, Lee & Nyberg, 2009',
    doi: '10.1037/a0015659',
  },
  whoFor: {
    suits: 'Members of a class, team, family or club, and teachers or leaders who want to talk with a group about what it can do together.',
    care: 'Choose a group in which you feel safe. Ratings shared with a group can feel exposing, so in a class or team each person should be free to keep their own ratings to themselves.',
    lowMood: false,
  },
};

export default card;
