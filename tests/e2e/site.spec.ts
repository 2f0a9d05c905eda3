import { test, expect } from '@playwright/test';
import { watchErrors } from './helpers';

// The site as a whole: search, theme before first paint, offline, print, robots and manifest. (The
// CSP, metadata and same-origin checks run on every page in pages.spec.ts.)

test.describe('search', () => {
  test('finds a lesson by a word from its body, and loads no search code until opened', async ({ page }) => {
    const errors = watchErrors(page);
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) loaded.push(new URL(request.url()).pathname);
    });
    await page.goto('/lessons/four-sources/');
    await page.waitForLoadState('networkidle');
    expect(
      loaded.filter((s) => /search|pagefind/.test(s)),
      'search code on first load',
    ).toEqual([]);

    // The keyboard shortcut opens search with the box focused.
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    const box = page.getByRole('searchbox', { name: 'Search the lessons, glossary and practices' });
    await expect(box).toBeFocused();
    await page.keyboard.type('questionnaire');
    const result = page.getByRole('link', { name: 'Self-esteem vs self-efficacy' });
    await expect(result).toBeVisible();
    await expect(page.locator('main').getByRole('status')).toContainText('for “questionnaire”');
    await expect(page.locator('.search__excerpt mark').first()).toHaveText(/questionnaire/i);
    expect(loaded.some((s) => s.startsWith('/pagefind/'))).toBe(true);

    // Enter goes to the first result, and following it opens the lesson.
    await page.keyboard.press('Enter');
    await expect(result).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lessons\/esteem-vs-efficacy\/$/);
    expect(errors).toEqual([]);
  });

  test('the search page takes ?q= and shows results as text, never as markup', async ({ page }) => {
    const errors = watchErrors(page);
    page.on('dialog', () => {
      throw new Error('a dialog fired');
    });
    await page.goto('/search/?q=vicarious');
    await expect(page.locator('main .search__result').first()).toBeVisible();
    await expect(page.locator('main').getByRole('status')).toContainText('for “vicarious”');
    await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.locator('main').getByRole('status')).toContainText('for “<img src=x onerror=alert(1)>”');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('the theme is set before the first paint and survives a reload', async ({ page }) => {
  await page.goto('/lessons/four-sources/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Reload with every script file held back: only the inline head script can set the theme, so if
  // the page is dark now, it was dark from the first paint.
  await page.route('**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');
  await page.unroute('**/*.js');

  // And the light choice the same way.
  await page.reload();
  await page.getByLabel('Theme').selectOption('light');
  await page.route('**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a lesson and an exercise load and save with the network cut', async ({ page, context }) => {
    test.slow();
    await page.goto('/');
    // Wait until the worker has cached this version and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.goto('/lessons/four-sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four sources of self-efficacy');

    await page.goto('/practice/self-compassion/');
    await expect(page.locator('[data-island="self-compassion"] astro-island:not([ssr])')).toBeAttached();
    await page.getByLabel(/Line one/).fill('I always mess this up.');
    await page.getByLabel(/Line two/).fill('One bad morning is not always.');
    await page.getByRole('button', { name: 'Save this pair' }).click();
    await page.reload();
    await expect(page.locator('#self-compassion-entries .entry')).toHaveCount(1);
    await expect(page.locator('#self-compassion-entries')).toContainText('One bad morning is not always.');

    // An assignment link works offline too: the cached page answers whatever the query.
    await page.goto('/assignment/?p=smallest-step&w=2026-11-23');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Issue 11: an unknown address offline shows the site's 404 page, not the browser's error page.
    await page.goto('/no-such-page/');
    await expect(page.locator('h1')).toHaveText('Page not found');
    await context.setOffline(false);
  });
});

test('printing hides navigation and buttons and keeps the lesson and worksheet', async ({ page }) => {
  for (const path of ['/lessons/four-sources/', '/practice/efficacy-grid/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toBeHidden();
    await expect(page.getByLabel('Theme')).toBeHidden();
    await expect(page.locator('main button:visible')).toHaveCount(0);
    await expect(page.locator('[data-exercise]').first()).toBeVisible();
    // Issue 14: no link to open a worksheet on paper, and a reference's address printed once.
    await expect(page.getByRole('button', { name: 'Open the worksheet here' })).toBeHidden();
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('.references a')].map((a) => getComputedStyle(a, '::after').content),
    );
    expect(after.filter((content) => content !== 'none')).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('robots.txt, the manifest and the sitemap are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Efficacy Lab', start_url: '/', display: 'standalone' });
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
  expect((await request.get('/sw.js')).ok()).toBe(true);
});
