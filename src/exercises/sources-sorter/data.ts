// The sources sorter's saved data: everyday scenarios sorted into Bandura's four sources of
// self-efficacy, then the four sources put in order of strength (the last two may be either way
// round: Bandura fixed no order between them). The scenarios themselves are in
// sources-sorter-data.ts (server only: the island gets them as props).
// The /* @__PURE__ */ marks let the client bundle drop what only the workbook and the data use.
import { EFFICACY_SOURCE_IDS, EFFICACY_SOURCE_LABELS, EFFICACY_SOURCE_TIES } from '../../lib/efficacy-sources';
import type { FieldDescriptor } from '../../lib/exercises/fields';
import { formatAnswers, formatOrder, sorterShape, type SortCategory } from '../sorter/rules';

/** The four sources, in Bandura's order (the last two tied), as the sorter's categories. */
export const SOURCE_CATEGORIES: SortCategory[] = /* @__PURE__ */ EFFICACY_SOURCE_IDS.map((id) => ({
  id,
  label: EFFICACY_SOURCE_LABELS[id],
}));

export const sourcesSorterShape = sorterShape(EFFICACY_SOURCE_IDS);

export const sourcesSorterFields: FieldDescriptor[] = [
  { key: 'answers', label: 'Sorted', format: /* @__PURE__ */ formatAnswers(SOURCE_CATEGORIES) },
  {
    key: 'order',
    label: 'Order of strength',
    format: /* @__PURE__ */ formatOrder(SOURCE_CATEGORIES, EFFICACY_SOURCE_IDS, EFFICACY_SOURCE_TIES),
  },
  { key: 'reflection', label: 'Reflection' },
];
