// The practice card of this tool, shown on its page (/practice/win-ledger/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'Two or three minutes an evening.',
  steps: [
    'Each evening, write one thing you did that day that you were not sure you could do, however small.',
    'Add the area of life it belongs to and how hard it felt.',
    'Look at the weekly count now and then, and read the list back on a day when your belief runs low.',
  ],
  whyTry:
    'Small wins are easy to miss on the day. A written record gives you evidence you can read on a low day, instead of a feeling you have to summon.',
  whyItWorks:
    'Your own successes are the strongest source of belief in a task in Bandura’s account. Writing them down keeps them in view, which matters most on low days, when the usual fading of bad memories’ sting is weaker.',
  evidence: {
    restsOn:
      'Bandura’s account of mastery experience and on research into how the feelings attached to memories fade. Keeping a list of wins has not itself been tested as a way to raise belief.',
    cite: 'Bandura, 1977',
    doi: '10.1037/0033-295X.84.2.191',
  },
  whoFor: {
    suits: 'Anyone building a new skill slowly, or anyone who tends to forget what went well.',
    care: 'Some days there will be nothing you want to write, and that is fine: the ledger keeps your run going. If most days have felt like that for a while, it is worth talking to someone.',
    lowMood: true,
  },
};

export default card;
