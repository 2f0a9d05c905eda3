import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';

// The byte budgets are checked on the built files (tests/dist/budget.test.ts), which is quick and
// covers every page. This one visit keeps that model honest: what a browser really downloads on the
// heaviest worksheet page, once hydrated, must match what the files say, and stay within the worksheet
// budget: 24 KB less the 1.5 KB of headroom every page keeps.
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const PAGE = '/practice/efficacy-grid/';

test(`${PAGE}: the browser downloads what dist/ says, within 24 KB less headroom once hydrated`, async ({ page }) => {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.set(
        new URL(response.url()).pathname,
        response.body().then((body) => gzipSync(body, { level: 9 }).length),
      );
    }
  });
  await page.goto(PAGE);
  await expect(page.locator('[data-island="efficacy-grid"] astro-island:not([ssr])')).toBeAttached();
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const downloaded = (await Promise.all(scripts.values())).reduce((a, b) => a + b, 0);
  const total = downloaded + inline.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 9 }).length, 0);
  const expected = pageWeight(DIST, 'practice/efficacy-grid/index.html').hydrated;
  expect(total, [...scripts.keys()].join('\n')).toBe(expected);
  expect(total).toBeLessThanOrEqual(24 * 1024 - 1536);
});
