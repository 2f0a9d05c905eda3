import { mountOnRequest } from '../shared/on-request';

// Shown on request in a lesson (Exercise.astro's onRequest): the code loads when the reader opens it.
mountOnRequest('esteem-or-efficacy', () => import('./EsteemOrEfficacy'));
