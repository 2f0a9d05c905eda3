// The statements and questions of "Esteem or efficacy?", each with the lesson's reading
// (content/esteem-vs-efficacy.mdx) and why. Imported only by the island's .astro file, which renders
// with it and passes it as the island's props: no client code imports this file.
import { ESTEEM_CATEGORIES } from './data';
import { SORTER_TEXT, type SorterData } from '../sorter/rules';

export const esteemOrEfficacyData: SorterData = {
  title: 'Sort the questions',
  hint: 'An esteem question is about your worth as a whole person (“Am I a worthwhile person?”). An efficacy question is about whether you can do one particular task (“Can I give this presentation?”). Choose one for each; the reason follows every answer.',
  categories: ESTEEM_CATEGORIES,
  items: [
    {
      id: 'landlord',
      text: '“Can I write a clear email to my landlord about the broken heating?”',
      answer: 'efficacy',
      why: 'It names one task, a single email, and you could find out by writing a first draft.',
    },
    {
      id: 'glad',
      text: '“Am I the kind of person others are glad to have around?”',
      answer: 'esteem',
      why: 'It asks about you as a whole, not about anything you could go and do. No single attempt could settle it.',
    },
    {
      id: 'fractions',
      text: '“I can’t do fractions.”',
      answer: 'efficacy',
      why: 'It sounds like a verdict, but it is about one skill you have not learned yet. A fractions problem just within your reach is a way to test it.',
    },
    {
      id: 'stupid',
      text: '“I’m stupid.”',
      answer: 'esteem',
      why: 'This is a judgement on your whole self, with no task in it, so there is nothing to practise. The lesson suggests asking which particular thing you doubt you can do right now.',
    },
    {
      id: 'run',
      text: '“Could I run five kilometres by the end of the spring?”',
      answer: 'efficacy',
      why: 'A specific performance with a date attached. A first short run would start to give you real evidence.',
    },
    {
      id: 'deserve',
      text: '“Do I deserve good things to happen to me?”',
      answer: 'esteem',
      why: 'It is about your worth, not your ability. Doing any one task would not answer it.',
    },
    {
      id: 'question',
      text: '“Will I manage to ask a question in tomorrow’s lecture?”',
      answer: 'efficacy',
      why: 'One action, at one time and place. You could make it smaller still, for example by writing the question down first.',
    },
    {
      id: 'friends',
      text: '“Am I as good a person as my friends are?”',
      answer: 'esteem',
      why: 'Weighing your worth against other people’s is how self-esteem tends to move, as the lesson notes. It is about who you are, not about a task.',
    },
  ],
  text: SORTER_TEXT,
  prompt: 'Which of your own doubts is really an efficacy question you could answer by trying?',
};
