import { mountIsland } from '../shared/mount';
import GoalSizer from './GoalSizer';

mountIsland('goal-sizer', GoalSizer);
