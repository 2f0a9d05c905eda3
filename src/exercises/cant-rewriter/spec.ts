// What this exercise saves, under efficacy-lab:data:cant-rewriter: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { cantRewriterShape } from './data';

export default exerciseSpec('cant-rewriter', cantRewriterShape);
