// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { esteemOrEfficacyFields } from './data';

export default defineExercise({
  title: 'Esteem or efficacy?',
  summary:
    'Sort everyday thoughts into questions about your worth and questions about whether you can do a task, with the reason after each.',
  lesson: 'esteem-vs-efficacy',
  heading: 'Esteem or efficacy?',
  intro:
    'Each line below is something people ask themselves. Decide whether it is an esteem question (about your worth as a person) or an efficacy question (about whether you can do a particular task). The reason appears after each answer.',
  noun: ['round', 'rounds'],
  spec,
  fields: esteemOrEfficacyFields,
});
