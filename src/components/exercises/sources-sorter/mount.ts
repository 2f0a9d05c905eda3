import { mountOnRequest } from '../shared/on-request';

// A lesson may show this exercise on request: its code then loads when opened (shared/on-request.ts).
mountOnRequest('sources-sorter', () => import('./SourcesSorter'));
