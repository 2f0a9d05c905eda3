// `npm test`: every check, in two tracks that run side by side, then the browser tests.
//
//   track 1: astro check → build → HTML validation → tests on the built files (tests/dist)
//   track 2: lint (ESLint, Prettier) → originality of the lesson text → unit tests
//   then:    end-to-end tests (they need the build, and use both cores themselves)
//
// Each check is single-threaded for most of its run (astro check, ESLint), so two side by side use the
// machine's two cores where one after the other left one idle (docs/testing.md has the figures).
// `astro check` comes before the build on the same track because both write .astro/; nothing on track 2
// writes there. Each step's output is printed whole when it ends, so two steps never interleave; a
// failed step stops its track and the browser tests, and the run fails after the other track ends.
import { spawn } from 'node:child_process';

const tracks = [
  ['check', 'build', 'test:html', 'test:dist'],
  ['lint', 'test:content', 'test:unit'],
];
const last = ['test:e2e'];

const times = [];

/**
 * Runs `npm run <script>`; resolves to whether it passed. Alone, its output streams as it comes;
 * beside another step, it is held and printed whole at the end.
 */
function run(script, alone) {
  const started = performance.now();
  if (alone) process.stdout.write(`\n── npm run ${script}\n`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', alone ? 'inherit' : 'pipe', alone ? 'inherit' : 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      times.push({ script, seconds, ok: code === 0 });
      if (!alone) process.stdout.write(`\n── npm run ${script} (${seconds.toFixed(1)} s)\n${Buffer.concat(output)}`);
      if (code !== 0) process.stdout.write(`── npm run ${script} FAILED (exit ${code})\n`);
      resolve(code === 0);
    });
  });
}

async function runTrack(scripts, alone = false) {
  for (const script of scripts) if (!(await run(script, alone))) return false;
  return true;
}

const started = performance.now();
const passed = (await Promise.all(tracks.map(runTrack))).every(Boolean) && (await runTrack(last, true));
const total = (performance.now() - started) / 1000;

console.log('\n── Steps');
for (const { script, seconds, ok } of times) console.log(`${script.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : '  FAILED'}`);
console.log(`${'all'.padEnd(14)} ${total.toFixed(1).padStart(6)} s`);
process.exit(passed ? 0 : 1);
