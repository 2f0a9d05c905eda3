// What this exercise saves, under efficacy-lab:data:belief-ladder: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { beliefLadderShape } from './data';

export default exerciseSpec('belief-ladder', beliefLadderShape);
