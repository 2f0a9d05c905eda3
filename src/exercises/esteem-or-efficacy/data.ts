// "Esteem or efficacy?": statements and questions sorted as an esteem question (about your worth as
// a whole person) or an efficacy question (about whether you can do one particular task). The
// statements are in esteem-or-efficacy-data.ts (server only: the island gets them as props).
import type { FieldDescriptor } from '../../lib/exercises/fields';
import { formatAnswers, sorterShape, type SortCategory } from '../sorter/rules';

export const ESTEEM_CATEGORIES: SortCategory[] = [
  { id: 'esteem', label: 'An esteem question' },
  { id: 'efficacy', label: 'An efficacy question' },
];

export const esteemOrEfficacyShape = sorterShape(['esteem', 'efficacy']);

export const esteemOrEfficacyFields: FieldDescriptor[] = [
  { key: 'answers', label: 'Sorted', format: /* @__PURE__ */ formatAnswers(ESTEEM_CATEGORIES) },
  { key: 'reflection', label: 'Reflection' },
];
