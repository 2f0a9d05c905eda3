import { groupLinksSpec } from '../lib/group-links-data';
import { createExerciseStore } from './exercise-store';

/** The "We can" link an organiser is making on /together/, as typed (src/lib/group-links-data.ts). */
export const groupLinks = createExerciseStore(groupLinksSpec);
