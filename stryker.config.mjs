// Mutation testing (issue 21, item 6): `npm run test:mutation`. Stryker changes the code below one
// small edit at a time (a `<` made `<=`, a condition made `true`, a string emptied) and runs the unit
// tests that cover it; a test must fail for each change. How to run it, the scores and the changes no
// test can notice: docs/testing.md, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Only the tests that guard these folders (a mutant run must not run the whole suite).
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: ['src/lib/storage/**/*.ts', 'src/lib/merge/**/*.ts', 'src/lib/transfer/**/*.ts', 'src/exercises/cant-rewriter/rules.ts'],
  ignorePatterns: ['dist', '.astro', 'playwright-report', 'test-results', 'coverage', 'reports'],
  // Two cores shared with other work; each runner is a Vitest process.
  concurrency: 2,
  // Results of the last run, reused for code and tests that did not change. Not committed: the file
  // copies every mutated source and test file (megabytes that churn on every edit and conflict between
  // branches), and a score in the docs must come from a full run (`npm run test:mutation -- --force`).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Issue 21 asks for at least 85% over these folders; below that the run fails.
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
};
