// The practice card of this tool, shown on its page (/practice/cant-rewriter/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About five minutes for each thought.',
  steps: [
    'Write down the thought that stopped you, exactly as it came, such as “I can’t do presentations”.',
    'Read the rewrite the tool suggests, which turns the verdict into something you do not know how to do yet, and change its words until they fit.',
    'Narrow it to the one skill you doubt you can carry out, and write a first step small enough to do today.',
    'Save it, and come back to it once you have taken the step.',
  ],
  whyTry:
    'An “I can’t” sounds like a fact about you and leaves you nothing to work on. Rewritten as a skill you have not learned yet, it becomes a task, and a task can be practised.',
  whyItWorks:
    'The course treats belief as tied to tasks: a doubt about your whole self has no next step, while a doubt about one skill points to the practice that could change it. A first step you are likely to finish gives you a chance of a small success, which Bandura counted as the strongest source of belief.',
  evidence: {
    restsOn:
      'Bandura’s account of self-efficacy as a belief about specific tasks that grows with successful attempts. Whether rewriting a thought in this way changes belief has not been studied.',
    cite: 'Bandura, 1977',
    doi: '10.1037/0033-295X.84.2.191',
  },
  whoFor: {
    suits: 'Anyone who hears “I can’t”, “I’m bad at this” or “I’ll never manage it” before a task they want to do.',
    care: 'It is meant for doubts about tasks. If the thought is about not coping with life itself, or it comes back on most days whatever you do, a worksheet is not the right help: talk to someone.',
    lowMood: true,
  },
};

export default card;
