// `npm run test:mutation [-- <area> …] [-- --force]`: Stryker once per area of
// scripts/mutation-areas.mjs (all of them when none is named), then the mutation score per folder
// and over all of them from the areas' JSON reports in reports/mutation/. Fails below 85% overall
// (issue 21). Other arguments (--force: ignore the last run's results; --concurrency 1) go to Stryker.
// Not part of `npm test`: it takes tens of minutes (docs/testing.md, "Mutation testing").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { AREAS } from './mutation-areas.mjs';

const MINIMUM = 85;
const args = process.argv.slice(2);
const named = args.filter((a) => a in AREAS);
const passOn = args.filter((a) => !(a in AREAS));

for (const name of named.length ? named : Object.keys(AREAS)) {
  const started = performance.now();
  console.log(`\n── mutation testing: ${name}`);
  const run = spawnSync('npx', ['stryker', 'run', ...passOn], { stdio: 'inherit', env: { ...process.env, MUTATION_AREA: name } });
  console.log(`── ${name}: ${((performance.now() - started) / 60000).toFixed(1)} min`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Per folder, from every area's last report: killed and timed out count as detected; survivors and
// mutants no test reaches count against; compile errors and ignored mutants do not count.
const folders = new Map();
for (const name of Object.keys(AREAS)) {
  const file = `reports/mutation/${name}.json`;
  if (!existsSync(file)) continue;
  for (const [path, result] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)) {
    const folder = path.split('/').slice(0, -1).join('/');
    const tally = folders.get(folder) ?? { detected: 0, undetected: 0 };
    for (const { status } of result.mutants) {
      if (status === 'Killed' || status === 'Timeout') tally.detected += 1;
      else if (status === 'Survived' || status === 'NoCoverage') tally.undetected += 1;
    }
    folders.set(folder, tally);
  }
}
const score = ({ detected, undetected }) => (100 * detected) / (detected + undetected || 1);
const total = { detected: 0, undetected: 0 };
console.log('\nMutation score per folder (last run of each area):');
for (const [folder, tally] of [...folders].sort()) {
  total.detected += tally.detected;
  total.undetected += tally.undetected;
  console.log(`  ${folder.padEnd(30)} ${score(tally).toFixed(1).padStart(5)}%  (${tally.detected} detected, ${tally.undetected} not)`);
}
console.log(`  ${'all'.padEnd(30)} ${score(total).toFixed(1).padStart(5)}%  (minimum ${MINIMUM}%)`);
if (score(total) < MINIMUM) process.exit(1);
