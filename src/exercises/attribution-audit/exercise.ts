// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';
import { attributionAuditFields } from './data';

export default defineExercise({
  title: 'The attribution audit',
  summary:
    'After a success or a setback, write how you explain it, mark what kind of cause it is, and get a reframe when the explanation blames fixed ability.',
  lesson: 'building-efficacy',
  heading: 'Audit an explanation',
  intro:
    'Think of something that just went well or badly. Write how you explain it, then mark whether the cause was in your control, whether it will stay the same, and whether it was about effort, strategy, fixed ability or circumstances. If the explanation blames a fixed ability, the audit suggests another way to read it.',
  noun: ['audit', 'audits'],
  spec,
  fields: attributionAuditFields,
});
