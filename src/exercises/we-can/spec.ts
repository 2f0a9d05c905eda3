// What this exercise saves, under efficacy-lab:data:we-can: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { weCanShape } from './data';

export default exerciseSpec('we-can', weCanShape);
