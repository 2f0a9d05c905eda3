import { winLedgerSpec } from '../lib/exercises/win-ledger';
import { createExerciseStore } from './exercise-store';

export const winLedger = createExerciseStore(winLedgerSpec);
