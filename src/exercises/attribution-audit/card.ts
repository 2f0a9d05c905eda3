// The practice card of this tool, shown on its page (/practice/attribution-audit/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About five minutes after a success or a setback.',
  steps: [
    'Think of something that just went well or badly, and write how you explain it.',
    'Mark whether the cause was in your control, whether it will stay the same, and whether it was effort, method, fixed ability or circumstances.',
    'If your explanation blames a fixed ability, read the other way of seeing it that the audit suggests, and keep the one that is true.',
  ],
  whyTry:
    'How you explain a result shapes what you try next. Seeing the explanation written down lets you check it, rather than let it decide for you.',
  whyItWorks:
    'After a setback, an explanation in terms of effort or method points to something you can change, while one in terms of fixed talent sounds permanent. After a success, credit that is true, your ability included, can add to belief when it is tied to real progress.',
  evidence: {
    restsOn:
      'studies of feedback with children: among children learning subtraction, hearing their progress credited to their ability raised belief and skill the most, and credit for effort also helped compared with no comment. Those studies used a trainer’s feedback, not a person auditing their own explanations.',
    cite: 'Schunk, 1983',
    doi: '10.1037/0022-0663.75.6.848',
  },
  whoFor: {
    suits: 'Anyone who tends to explain setbacks as proof they lack talent, or to wave away their successes as luck.',
    care: 'Some setbacks really are outside your control, and the audit should not make you blame yourself for them. Looking closely at failures can be heavy when you already feel low.',
    lowMood: true,
  },
};

export default card;
