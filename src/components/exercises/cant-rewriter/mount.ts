import { mountIsland } from '../shared/mount';
import CantRewriter from './CantRewriter';

mountIsland('cant-rewriter', CantRewriter);
