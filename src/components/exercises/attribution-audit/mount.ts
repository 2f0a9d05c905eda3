import { mountIsland } from '../shared/mount';
import AttributionAudit from './AttributionAudit';

mountIsland('attribution-audit', AttributionAudit);
