// What this exercise saves, under efficacy-lab:data:attribution-audit: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { attributionAuditShape } from './data';

export default exerciseSpec('attribution-audit', attributionAuditShape);
