// What this exercise saves, under efficacy-lab:data:win-ledger: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { winLedgerShape } from './data';

export default exerciseSpec('win-ledger', winLedgerShape);
