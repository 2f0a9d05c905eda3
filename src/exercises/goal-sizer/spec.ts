// What this exercise saves, under efficacy-lab:data:goal-sizer: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { goalSizerShape } from './data';

export default exerciseSpec('goal-sizer', goalSizerShape);
