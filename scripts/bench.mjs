// npm run bench: measures the built site. Not a test: it prints numbers for people to read.
//
// 1. Pages: builds the site, serves it, and for every page in the sitemap prints JavaScript bytes
//    (raw and gzipped), total bytes transferred on first load (raw and gzipped, fonts and images
//    included), and Lighthouse's four category scores (mobile defaults: emulated phone, simulated
//    slow 4G and CPU) run in the system's Chromium.
// 2. Build scale: copies the project to a temporary folder, adds 100, 500 and 1,000 synthetic
//    lessons, builds each (the full `npm run build`: Astro, search index, service worker) and
//    prints build seconds and pages per second.
//
// 3. Saving (scripts/bench-saving.mjs): keystroke cost in the rewriter with 0, 1,000 and 5,000 saved
//    rewrites, and the workbook's time to list 1,000 and 5,000.
//
// 4. The "We can" class picture (scripts/bench-we-can.mjs): from "Open the links" with 40 hand-ins to
//    the picture drawn, also with the CPU slowed 4×.
// 5. A class (scripts/bench-class.mjs, issue 24): opening a .zip of 40 hand-ins on the review page and
//    drawing the class view, median and with the CPU slowed 4×.
//
// Options: --pages-only, --scale-only, --saving-only, --we-can-only, --class-only, --sizes=100,500 (scale sizes), --only=/,/lessons/x/
// (pages), --root=<dir> (serve and measure a site built in another folder: the browser benches only), --port=<n>
// (where the built site is served; 4338 by default),
// --docs (write the tables into docs/performance.md between the bench markers).
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, ensureChromium } from './browser.mjs';
import { benchSaving } from './bench-saving.mjs';
import { benchWeCan } from './bench-we-can.mjs';
import { benchClass } from './bench-class.mjs';

const ROOT = join(import.meta.dirname, '..');
const args = new Map(process.argv.slice(2).map((a) => [a.replace(/=.*/, ''), a.includes('=') ? a.slice(a.indexOf('=') + 1) : 'true']));
const PORT = Number(args.get('--port') ?? 4338);
const BASE = `http://127.0.0.1:${PORT}`;
const chromePath = ensureChromium({ log: () => {} });

const run = (cmd, cmdArgs, cwd) => execFileSync(cmd, cmdArgs, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Serves dist/ with `astro preview`; returns a function that stops it. */
async function serve(dir) {
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 150 && !exited; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return () => process.kill(-server.pid);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!exited) process.kill(-server.pid);
  // Astro runs one preview server per project: a running `npm start` or test run blocks this one.
  throw new Error(
    `The preview server did not start. Stop any other preview of this project (npx astro preview stop) and try again.\n${stderr}`,
  );
}

function sitemapPages(dist) {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Bytes a page loads on a first visit, with every island scrolled into view and hydrated. */
async function pageBytes(browser, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    sizes.push(
      response.body().then(
        (body) => ({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => ({ type, raw: 0, gzip: 0 }),
      ),
    );
  });
  await page.goto(`${BASE}${path}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (list, key) => list.reduce((total, s) => total + s[key], 0);
  const js = all.filter((s) => s.type === 'script');
  return { jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'), totalRaw: sum(all, 'raw'), totalGzip: sum(all, 'gzip') };
}

async function lighthouseScores(path) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs()] });
  try {
    const result = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    chrome.kill();
  }
}

async function benchPages() {
  console.error('Building the site…');
  run('npm', ['run', 'build'], ROOT);
  const stop = await serve(ROOT);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs() });
  const only = args.get('--only')?.split(',');
  const pages = only ?? [...sitemapPages(join(ROOT, 'dist')), '/404.html'];
  const rows = [];
  try {
    for (const path of pages) {
      console.error(`Measuring ${path}…`);
      const bytes = await pageBytes(browser, path);
      const scores = await lighthouseScores(path);
      rows.push({ path, ...bytes, ...scores });
    }
  } finally {
    await browser.close();
    stop();
  }
  const lines = [
    '| Page | JS raw (KB) | JS gzip (KB) | Transfer raw (KB) | Transfer gzip (KB) | Performance | Accessibility | Best practices | SEO |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${kb(r.jsRaw)} | ${kb(r.jsGzip)} | ${kb(r.totalRaw)} | ${kb(r.totalGzip)} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`,
    ),
  ];
  return lines.join('\n');
}

/** A lesson that passes the schema, made from a real one with a new title, order and practice id. */
function syntheticLesson(template, n) {
  return template
    .replace(/^title: .*$/m, `title: Synthetic lesson ${n}`)
    .replace(/^order: .*$/m, `order: ${1000 + n}`)
    .replace(/^( {2}id: ).*$/m, `$1synthetic-practice-${n}`);
}

async function benchScale() {
  const sizes = (args.get('--sizes') ?? '100,500,1000').split(',').map(Number);
  const template = readFileSync(join(ROOT, 'content', 'open-questions.mdx'), 'utf8');
  const rows = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'efficacy-lab-scale-'));
    try {
      for (const entry of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public', 'scripts']) {
        cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      for (let n = 1; n <= size; n++) writeFileSync(join(dir, 'content', `synthetic-${n}.mdx`), syntheticLesson(template, n));
      console.error(`Building with ${size} extra lessons…`);
      const started = process.hrtime.bigint();
      run('npm', ['run', 'build'], dir);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const pages = sitemapPages(join(dir, 'dist')).length + 1; // the sitemap leaves out 404.html
      rows.push({ lessons: size, pages, seconds, perSecond: pages / seconds });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const lines = [
    `| Extra lessons | Pages built | Build (s) | Pages per second |`,
    '| ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.lessons} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(1)} |`),
  ];
  return lines.join('\n');
}

const when = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} CPU cores, Node ${process.version}, ${execFileSync(chromePath, ['--version']).toString().trim()}`;
const sections = [];
const only = ['--pages-only', '--scale-only', '--saving-only', '--we-can-only', '--class-only'].find((flag) => args.has(flag));
if (!only || only === '--pages-only') sections.push(`Pages (measured ${when}; ${machine}):\n\n${await benchPages()}`);
if (!only || only === '--scale-only')
  sections.push(`Build scale (full \`npm run build\`, measured ${when}; ${machine}):\n\n${await benchScale()}`);
const inBrowser = [
  ['--saving-only', 'Saving as data grows', benchSaving],
  ['--we-can-only', 'The “We can” class picture', benchWeCan],
  ['--class-only', 'A class’s hand-ins: a .zip of 40', benchClass],
].filter(([flag]) => !only || only === flag);
if (inBrowser.length > 0) {
  const root = args.get('--root') ?? ROOT;
  if (root === ROOT) {
    console.error('Building the site…');
    run('npm', ['run', 'build'], ROOT);
  }
  const stop = await serve(root);
  try {
    for (const [, title, bench] of inBrowser) {
      const tables = await bench(BASE, { executablePath: chromePath, args: chromiumArgs() });
      sections.push(`${title} (measured ${when}; ${machine}):\n\n${tables}`);
    }
  } finally {
    stop();
  }
}
const output = sections.join('\n\n');
console.log(output);

if (args.has('--docs')) {
  const readmePath = join(ROOT, 'docs', 'performance.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start) || !readme.includes(end)) throw new Error('docs/performance.md has no bench markers');
  writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${output}\n${readme.slice(readme.indexOf(end))}`);
  console.error('docs/performance.md updated.');
}
