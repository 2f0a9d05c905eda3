import { mountIsland } from '../shared/mount';
import SourcesSorter from './SourcesSorter';

mountIsland('sources-sorter', SourcesSorter);
