/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { currentArea } from './scripts/mutation-areas.mjs';

// The unit tests that guard the code under mutation testing (stryker.config.mjs): only those of the
// area being mutated, so that each mutant costs seconds. The main vitest.config.ts still runs them
// with everything else in `npm test`.
export default getViteConfig({
  test: {
    include: currentArea().tests,
    environment: 'node',
  },
});
