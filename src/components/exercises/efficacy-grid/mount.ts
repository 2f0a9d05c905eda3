import { mountIsland } from '../shared/mount';
import EfficacyGrid from './EfficacyGrid';

mountIsland('efficacy-grid', EfficacyGrid);
