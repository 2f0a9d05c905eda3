import { mountIsland } from '../shared/mount';
import EsteemOrEfficacy from './EsteemOrEfficacy';

mountIsland('esteem-or-efficacy', EsteemOrEfficacy);
