// The practice card of every tool, shown on its own page (/practice/<id>/): time, steps, why try it,
// why it works, evidence, and who it is for (src/lib/practice-card.ts has the schema and what each
// field means). Each card is checked against the schema when the site is built, so a missing or
// malformed part fails the build; a tool without a card fails it too (cardOf below).
// The evidence is about the practice itself: "restsOn" when no study has tested it directly.
import { toolCardSchema, type ToolCard } from '../lib/practice-card';
import { EXERCISE_IDS, type ExerciseId } from '../lib/exercise-ids';

const BANDURA_1977 = { cite: 'Bandura, 1977', doi: '10.1037/0033-295X.84.2.191' } as const;

const cards: Partial<Record<ExerciseId, ToolCard>> = {
  'cant-rewriter': {
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
      ...BANDURA_1977,
    },
    whoFor: {
      suits: 'Anyone who hears “I can’t”, “I’m bad at this” or “I’ll never manage it” before a task they want to do.',
      care: 'It is meant for doubts about tasks. If the thought is about not coping with life itself, or it comes back on most days whatever you do, a worksheet is not the right help: talk to someone.',
      lowMood: true,
    },
  },
  'self-compassion': {
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
  },
  'efficacy-grid': {
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
  },
  'goal-sizer': {
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
  },
  'win-ledger': {
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
      ...BANDURA_1977,
    },
    whoFor: {
      suits: 'Anyone building a new skill slowly, or anyone who tends to forget what went well.',
      care: 'Some days there will be nothing you want to write, and that is fine: the ledger keeps your run going. If most days have felt like that for a while, it is worth talking to someone.',
      lowMood: true,
    },
  },
  'sources-sorter': {
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
      ...BANDURA_1977,
    },
    whoFor: {
      suits: 'Learners, teachers and anyone who wants to use the four sources on purpose.',
      care: 'It is a learning exercise with no score. If an example brings back a hard memory, skip it.',
      lowMood: false,
    },
  },
  'esteem-or-efficacy': {
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
      ...BANDURA_1977,
    },
    whoFor: {
      suits: 'Anyone new to the course, and teachers introducing the two ideas.',
      care: 'Some thoughts in it are harsh things people say to themselves. If one sounds like your own voice on most days, it is worth talking to someone.',
      lowMood: false,
    },
  },
  'attribution-audit': {
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
  },
};

/** A tool's card, checked against the schema; a tool without one fails the build with the fix. */
export function cardOf(id: ExerciseId): ToolCard {
  const card = cards[id];
  if (!card) throw new Error(`The tool "${id}" has no practice card: add one in src/data/tool-cards.ts.`);
  const checked = toolCardSchema.safeParse(card);
  if (!checked.success) throw new Error(`The practice card of "${id}" (src/data/tool-cards.ts): ${checked.error.message}`);
  return checked.data;
}

/** Every tool's card, for tests and for the build to fail early. */
export const TOOL_CARDS: Readonly<Record<string, ToolCard>> = Object.fromEntries(EXERCISE_IDS.map((id) => [id, cardOf(id)]));
