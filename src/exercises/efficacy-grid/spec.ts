// What this exercise saves, under efficacy-lab:data:efficacy-grid: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { efficacyGridShape } from './data';

export default exerciseSpec('efficacy-grid', efficacyGridShape);
