import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, watchErrors } from './helpers';

// Every page the sitemap lists (plus the 404 page, which sitemaps leave out) loads without errors and
// passes axe in both themes.
const pages = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the home page, the about page and at least one lesson', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/about/');
  expect(pages.some((p) => p.startsWith('/lessons/'))).toBe(true);
});

for (const path of pages) {
  test(`${path} loads with no console error and passes axe (light and dark)`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Efficacy Lab/);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await expectNoAxeViolations(page, `on ${path} (${theme} theme)`);
    }
    expect(errors).toEqual([]);
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
