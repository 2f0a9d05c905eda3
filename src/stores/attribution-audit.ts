import { attributionAuditSpec } from '../lib/exercises/attribution-audit';
import { createExerciseStore } from './exercise-store';

export const attributionAudit = createExerciseStore(attributionAuditSpec);
