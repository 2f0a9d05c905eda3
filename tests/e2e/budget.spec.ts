import { gzipSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

// Byte budgets, measured on what the browser actually downloads (deterministic, unlike timings).
// "KB" is 1,024 bytes; sizes are gzip level 9 of each script as served.
const KB = 1024;
const LESSON_JS_BUDGET = 3 * KB; // a lesson page without exercises
const EXERCISE_JS_BUDGET = 15 * KB; // any page with an exercise, once loaded and hydrated
// Code that loads on an action (the rewriter's rules on the first keystroke, the saved-entries list
// once something is saved, storage notices only when saving fails) is reported, and capped loosely
// so it cannot grow unnoticed.
const EXERCISE_IN_USE_CAP = 20 * KB;
// The framework runtime: Preact (alone or inside our shared exercise chunk) and Astro's island code.
const FRAMEWORK_CHUNK = /\/(preact[^/]*|signals[^/]*|client[^/]*|hooks[^/]*|exercise-runtime[^/]*)\.js$/;

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

// One visit per lesson and practice page: without exercises, no framework and at most 3 KB; with
// them, every exercise scrolled into view and hydrated, at most 15 KB.
const budgetedPages = sitemapPaths().filter((p) => p.startsWith('/practice/') || p.startsWith('/lessons/'));

for (const path of budgetedPages) {
  test(`${path}: within its JavaScript budget (3 KB and no framework without exercises, 15 KB with them)`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Worksheets a lesson shows on request load their code when opened: counted in the next test.
    const islands = page.locator('[data-island]:not([data-on-request] [data-island])');
    if ((await islands.count()) === 0) {
      const loaded = await scripts();
      expect(loaded.filter((s) => FRAMEWORK_CHUNK.test(s.url)).map((s) => s.url)).toEqual([]);
      test.info().annotations.push({ type: 'js-gzip-bytes', description: String(total(loaded)) });
      if (path.startsWith('/lessons/')) expect(total(loaded), listing(loaded)).toBeLessThanOrEqual(LESSON_JS_BUDGET);
      return;
    }
    for (const island of await islands.all()) {
      await island.scrollIntoViewIfNeeded();
      await expect(island).toHaveAttribute('data-hydrated', '');
    }
    await page.waitForLoadState('networkidle');
    const loaded = await scripts();
    test.info().annotations.push({ type: 'js-gzip-bytes', description: String(total(loaded)) });
    expect(total(loaded), listing(loaded)).toBeLessThanOrEqual(EXERCISE_JS_BUDGET);
  });
}

test('/practice/cant-rewriter/: in use (rules, saved list and storage notices loaded), under the cap', async ({ page }) => {
  await page.addInitScript(() => {
    // A full quota for saved work, so the storage notice's code loads too.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('efficacy-lab:data:')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const scripts = recordScripts(page);
  await page.goto('/practice/cant-rewriter/');
  await expect(page.locator('[data-island][data-hydrated]')).toBeAttached();
  const initial = total(await scripts());
  await page.getByLabel('Your thought').fill("I can't drive");
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await page.getByLabel('Your thought').fill("I'm bad at maths");
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await expect(page.locator('[data-storage-problem]')).toBeVisible();
  await expect(page.locator('#cant-rewriter-entries .entry')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  const inUse = await scripts();
  test.info().annotations.push({ type: 'js-gzip-bytes-initial', description: String(initial) });
  test.info().annotations.push({ type: 'js-gzip-bytes-in-use', description: String(total(inUse)) });
  expect(total(inUse), listing(inUse)).toBeLessThanOrEqual(EXERCISE_IN_USE_CAP);
});

// A lesson with a second tool in its text (shown on request): with every worksheet open and
// hydrated, the page stays under the in-use cap.
const pagesWithToolsOnRequest = ['/lessons/building-efficacy/', '/lessons/four-sources/', '/lessons/esteem-vs-efficacy/'];
test('lessons with a tool on request: within 15 KB until it is opened, under the cap once open', async ({ browser }) => {
  for (const path of pagesWithToolsOnRequest) {
    const context = await browser.newContext(); // nothing cached from the page before
    const page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const onRequest = page.locator('[data-on-request]');
    await expect(onRequest, `${path} has a tool on request`).not.toHaveCount(0);
    for (const box of await onRequest.all()) {
      await box.getByRole('link', { name: 'Open the worksheet here' }).click();
      await expect(box.locator('[data-island][data-hydrated]')).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    const loaded = await scripts();
    test.info().annotations.push({ type: `js-gzip-bytes-open ${path}`, description: String(total(loaded)) });
    expect(total(loaded), `${path}\n${listing(loaded)}`).toBeLessThanOrEqual(EXERCISE_IN_USE_CAP);
    await context.close();
  }
});

// No page transfers more than 100 KB on first load, fonts and images aside: the HTML, stylesheet
// and every script, once its exercises have hydrated. Counted as gzip level 9 of each response, as a
// compressing host serves them. (The offline cache the service worker fills after load is not part
// of the page's load; tests/e2e/site.spec.ts covers it.)
const TRANSFER_BUDGET = 100 * KB;

test('every page transfers at most 100 KB on first load, fonts and images excluded', async ({ browser }) => {
  test.slow();
  const report: string[] = [];
  for (const path of [...sitemapPaths(), '/404.html']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'font' || type === 'image' || response.status() === 304) return;
      bodies.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    });
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    report.push(`${path}: ${bytes} B`);
    expect(bytes, `${path} transfers ${bytes} B`).toBeLessThanOrEqual(TRANSFER_BUDGET);
    await context.close();
  }
  test.info().annotations.push({ type: 'transfer-gzip-bytes', description: report.join('; ') });
});
