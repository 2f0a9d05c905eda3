// The sources sorter's scenarios (two for each of Bandura's four sources), the order the sources
// start in, and why the lesson (content/four-sources.mdx) orders them as it does: mastery first,
// vicarious experience second, and the last two in either order, as Bandura left them. Imported only by
// the island's .astro file, which renders with it and passes it as the island's props: no client code
// imports this file.
import { EFFICACY_SOURCE_IDS, EFFICACY_SOURCE_TIES } from '../../lib/efficacy-sources';
import { SORTER_TEXT, type SorterData } from '../sorter/rules';
import { SOURCE_CATEGORIES } from './data';

export const sourcesSorterData: SorterData = {
  title: 'Sort the scenarios',
  hint: 'For each scenario, choose the source of belief it mostly draws on. After each choice you will see how the lesson reads it, and why.',
  categories: SOURCE_CATEGORIES,
  items: [
    {
      id: 'tyre',
      text: 'Last month you mended a flat bike tyre on your own. The first try failed, the second worked. Today’s puncture does not worry you much.',
      answer: 'mastery',
      why: 'The evidence is your own attempt: you did it, hit a snag and got past it. A success that took some effort is the strongest kind of evidence the lesson describes.',
    },
    {
      id: 'neighbour',
      text: 'Your neighbour always said she was “not a runner”. This spring she finished her first 5 km, and now you wonder whether you could too.',
      answer: 'vicarious',
      why: 'You did not run; you saw someone with your own doubts do it. Because she is like you in the way that matters, her finish says something about what you might manage.',
    },
    {
      id: 'instructor',
      text: 'On the morning of your driving test, your instructor says: “You’re ready. You’ll be fine.”',
      answer: 'persuasion',
      why: 'Someone is telling you that you can. Kind words like these can get you to the starting line, but on their own they rest on no experience of yours, so they count for less than doing or watching.',
    },
    {
      id: 'heart',
      text: 'Just before you ask your manager for a day off, your heart pounds, and you take it as a sign that you will make a mess of it.',
      answer: 'physiological',
      why: 'The evidence here is your body. The lesson’s point is that the same pounding heart could be read as your body getting ready: the meaning you give it, not the signal, is what lowers your belief.',
    },
    {
      id: 'talks',
      text: 'This term you have given three short talks in class, each a little longer than the one before, and each went fine.',
      answer: 'mastery',
      why: 'A run of small successes that you earned yourself, with the difficulty raised a step at a time. This is how the lesson suggests letting your own record build up.',
    },
    {
      id: 'classmate',
      text: 'A classmate who is just as shy as you gives her presentation with shaking hands, stumbles once, and gets to the end.',
      answer: 'vicarious',
      why: 'You are watching someone like you struggle and keep going. The lesson calls this a coping model: seeing the difficulty survived teaches more than watching a flawless performer.',
    },
    {
      id: 'clever',
      text: 'Before your exam, your dad tells you that you have always been clever and will surely pass.',
      answer: 'persuasion',
      why: 'This is encouragement, warmly meant. Praise this general rests on nothing you have done, so it can give way at the first hard question. It helps most when it points to something you have actually done.',
    },
    {
      id: 'calm',
      text: 'You slept well and feel calm and steady this morning, and the homework you were dreading suddenly seems doable.',
      answer: 'physiological',
      why: 'Your mood and energy are the evidence here. Feeling calm can lift your belief for a while, but it depends on how you feel and how you read it, not on anything you have done yet.',
    },
  ],
  order: {
    title: 'Put the sources in order of strength',
    hint: 'Use the Move up and Move down buttons to put the strongest source first. Then check the order to see the lesson’s ranking. Bandura ranked only the first two, so the last two may go either way round.',
    start: ['persuasion', 'physiological', 'mastery', 'vicarious'],
    expected: [...EFFICACY_SOURCE_IDS],
    ties: EFFICACY_SOURCE_TIES,
    why: {
      mastery:
        'First, because it rests on your own record. You did the task yourself, so the evidence is about you, and a success that cost some effort is hard to argue with.',
      vicarious:
        'Second. Seeing someone like you succeed suggests that you might too, but it was their attempt, not yours, so it is less dependable than your own record.',
      persuasion:
        'Third or fourth, in either order with body signals. Being told you can rests on nothing you have experienced, so it gives way more easily than your own record. Its best use is to get you to try. Bandura did not rank it above or below the fourth source.',
      physiological:
        'Third or fourth, in either order with persuasion. A racing heart or a low mood tells you little until you read it: the same signals can mean fear or readiness. Bandura put both of these last two below doing and watching, but fixed no order between them.',
    },
    note: 'Only the first two places are Bandura’s ranking; the last two are a tie, so either order matches the lesson. Even the ranking is a general pattern, not a rule for every person: in daily life the sources come mixed together, and one trusted voice can matter a great deal to someone.',
  },
  text: SORTER_TEXT,
  prompt: 'Which source could you use more on purpose this week?',
};
