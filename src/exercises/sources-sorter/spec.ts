// What this exercise saves, under efficacy-lab:data:sources-sorter: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { sourcesSorterShape } from './data';

export default exerciseSpec('sources-sorter', sourcesSorterShape);
