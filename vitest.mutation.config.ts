/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The unit tests that guard the code under mutation testing (stryker.config.json): saving
// (src/lib/storage, src/lib/merge), moving data (src/lib/transfer) and the "I can't" rewriter's rules.
// Stryker runs these, not the whole unit suite, so that each mutant costs seconds; the main
// vitest.config.ts still runs them with everything else in `npm test`.
export default getViteConfig({
  test: {
    include: [
      'tests/unit/storage/**/*.test.ts',
      'tests/unit/merge/**/*.test.ts',
      'tests/unit/transfer/**/*.test.ts',
      'tests/unit/cant-rewriter*.test.ts',
    ],
    environment: 'node',
  },
});
