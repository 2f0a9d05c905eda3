// What this exercise saves, under efficacy-lab:data:self-compassion: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { selfCompassionShape } from './data';

export default exerciseSpec('self-compassion', selfCompassionShape);
