import { mountIsland } from '../shared/mount';
import WinLedger from './WinLedger';

mountIsland('win-ledger', WinLedger);
