// The practice card of this tool, shown on its page (/practice/efficacy-grid/): time, steps, why try it, why it
// works, evidence and who it is for. The schema, with what each field means, is src/lib/practice-card.ts;
// src/data/tool-cards.ts collects every tool's card and checks it when the site is built.
import type { ToolCard } from '../../lib/practice-card';

const card: ToolCard = {
  time: 'About ten minutes, then a few minutes each week to rate again.',
  steps: [
    'List four to six areas of your life, such as work or study, health, money, friends and family.',
    'Rate each from 1 to 10 for how sure you are, today, that you can handle what it asks of you.',
    'Look at the chart for strong and weak areas, without judging yourself for either.',
    'Pick one low area and name one small success to aim for there this week, then save the round and rate again next week.',
  ],
  whyTry:
    'A map of your areas stops one weak area from turning into a judgement on your whole self, and it shows where a small effort could count most.',
  whyItWorks:
    'Belief differs from one area of life to another, so rating areas one by one tells you more than a single score for confidence. A planned success in a low area is a mastery experience, aimed where it can do the most good.',
  evidence: {
    restsOn:
      'the finding that belief is specific to tasks and areas, and on Bandura’s advice to measure it area by area. The grid itself has not been tested as a measure, and its 1 to 10 ratings are rough: watch the direction over weeks more than any one number.',
    cite: 'Bandura, 1997',
  },
  whoFor: {
    suits: 'Anyone who wants a quick overview of where they feel sure and unsure, and a place to start.',
    care: 'If every area comes out low for weeks on end, that is worth talking over with someone rather than working through alone.',
    lowMood: false,
  },
};

export default card;
