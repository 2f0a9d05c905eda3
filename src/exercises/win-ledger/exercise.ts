// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { winLedgerFields } from './data';

export default defineExercise({
  title: 'The win ledger',
  summary: 'Bank each small win in a line, with its area and how hard it was, and watch the evidence add up week by week.',
  lesson: 'the-evidence',
  heading: 'Bank a win',
  intro:
    'Write down each thing you did that you were not sure you could, however small, with the area of life it belongs to and how hard it was. The ledger counts your wins per week and per area, and keeps a run going even if you miss a day. It counts only what went right.',
  noun: ['win', 'wins'],
  spec,
  fields: winLedgerFields,
});
