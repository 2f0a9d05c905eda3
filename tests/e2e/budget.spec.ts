import { gzipSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { LESSON_PATHS } from './helpers';

// Byte budgets, measured on what the browser actually downloads (deterministic, unlike timings).
// "KB" is 1,024 bytes; sizes are gzip level 9 of each script as served.
const KB = 1024;
const LESSON_JS_BUDGET = 3 * KB; // a lesson page without exercises
// The framework runtime: Preact and Astro's island code.
const FRAMEWORK_CHUNK = /\/(preact[^/]*|signals[^/]*|client[^/]*|hooks[^/]*)\.js$/;

interface Script {
  url: string;
  gzip: number;
}

/** Records every script the page downloads from now on, and the page's inline scripts. */
function recordScripts(page: Page) {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
      }),
    );
  });
  return async (): Promise<Script[]> => {
    await Promise.all(pending);
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    return [
      ...[...scripts].map(([url, gzip]) => ({ url, gzip })),
      ...inline.map((text, i) => ({ url: `inline #${i + 1}`, gzip: gzipSync(Buffer.from(text), { level: 9 }).length })),
    ];
  };
}

const total = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);
const listing = (scripts: Script[]) => scripts.map((s) => `${s.url}: ${s.gzip} B`).join('\n');

for (const path of LESSON_PATHS()) {
  test(`${path}: without exercises, no framework runtime and at most 3 KB of gzipped JavaScript`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    test.skip((await page.locator('[data-exercise]').count()) > 0, 'this lesson has an exercise');
    const loaded = await scripts();
    expect(loaded.filter((s) => FRAMEWORK_CHUNK.test(s.url)).map((s) => s.url)).toEqual([]);
    test.info().annotations.push({ type: 'js-gzip-bytes', description: String(total(loaded)) });
    expect(total(loaded), listing(loaded)).toBeLessThanOrEqual(LESSON_JS_BUDGET);
  });
}
