import { test, expect, type Request } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, watchErrors } from './helpers';

// Every page the sitemap lists (plus the 404 page, which sitemaps leave out): loads without errors,
// passes axe in both themes, carries a strict CSP and its metadata, and asks nothing of any other
// origin. One visit per page does all of it, to keep the suite quick.
const pages = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the home page, the about page and at least one lesson', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/about/');
  expect(pages.some((p) => p.startsWith('/lessons/'))).toBe(true);
});

for (const path of pages) {
  test(`${path}: no console error, axe in light and dark, a strict CSP, metadata, nothing from another origin`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    const track = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) elsewhere.push(request.url());
    };
    page.context().on('request', track);
    const errors = watchErrors(page);

    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    // Scroll down a screen at a time to the end, as a reader would, so every island comes near the viewport
    // and hydrates (those shown on request wait for a click). One jump to the end can skip an island that
    // sits more than a screen above it, such as the practice box above a long reference list.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      window.scrollTo(0, document.body.scrollHeight);
    });
    await expect(page.locator('astro-island[ssr]:not([client="request"])')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Efficacy Lab/);

    // Full axe in the light theme; the dark theme changes only colours, so only the colour rules.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expectNoAxeViolations(page, `on ${path} (light theme)`);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoAxeViolations(page, `on ${path} (dark theme)`, { coloursOnly: true });

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'CSP meta').toBeTruthy();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("default-src 'self'");

    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

    expect(elsewhere, 'requests to another origin').toEqual([]);
    expect(errors).toEqual([]);
    page.context().off('request', track);
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
