import { mountIsland } from '../shared/mount';
import SelfCompassion from './SelfCompassion';

mountIsland('self-compassion', SelfCompassion);
