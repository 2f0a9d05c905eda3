// The content rule, as a test step: no run of 9+ words may repeat a source article. The checker and
// the sources live beside the project (../shared) on our machines; where they are absent (a clone
// elsewhere) the step says so and passes, since there is nothing to compare against.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const tool = resolve(process.env.ORIGINALITY_TOOL ?? '../shared/tools/originality.mjs');
if (!existsSync(tool)) {
  console.log(`Originality check skipped: ${tool} is not on this machine.`);
  process.exit(0);
}
const result = spawnSync(process.execPath, [tool, '.'], { stdio: 'inherit' });
if (result.status === 0) console.log('Originality check: no passage repeats a source.');
process.exit(result.status ?? 1);
