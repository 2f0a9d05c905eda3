// The areas `npm run test:mutation` mutates, each with the unit tests that guard it. One Stryker run
// per area: a mutant in a module-level constant (a word list, a limit) reloads every test of its run,
// so each run holds only its own area's tests (docs/testing.md, "Mutation testing").
export const AREAS = {
  storage: {
    mutate: ['src/lib/storage/**/*.ts', 'src/lib/merge/**/*.ts'],
    tests: ['tests/unit/storage/**/*.test.ts', 'tests/unit/merge/**/*.test.ts'],
  },
  transfer: {
    mutate: ['src/lib/transfer/**/*.ts'],
    tests: ['tests/unit/transfer/**/*.test.ts'],
  },
  rewriter: {
    mutate: ['src/exercises/cant-rewriter/rules.ts'],
    tests: ['tests/unit/cant-rewriter*.test.ts'],
  },
};

/** The area named by MUTATION_AREA (set by scripts/mutation.mjs); all of them when unset. */
export function currentArea() {
  const name = process.env.MUTATION_AREA;
  if (!name) {
    return { name: 'all', mutate: Object.values(AREAS).flatMap((a) => a.mutate), tests: Object.values(AREAS).flatMap((a) => a.tests) };
  }
  const area = AREAS[name];
  if (!area) throw new Error(`MUTATION_AREA=${name}: not one of ${Object.keys(AREAS).join(', ')}`);
  return { name, ...area };
}
