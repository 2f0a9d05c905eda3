// What this exercise saves, under efficacy-lab:data:esteem-or-efficacy: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { esteemOrEfficacyShape } from './data';

export default exerciseSpec('esteem-or-efficacy', esteemOrEfficacyShape);
