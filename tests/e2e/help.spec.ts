import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, watchErrors } from './helpers';
import { parseHelpLines, phoneText, telHref } from '../../src/lib/help-lines';

// /help/ (issue 20): every number from content/help-lines.yaml as a large tel: link, text options in
// plain words, axe in both themes, the keyboard reaches every number, no sideways scroll at 320 px,
// one printed sheet, offline after one visit, and "Need help now?" in the footer of every page.

const lines = parseHelpLines(parseYaml(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'help-lines.yaml'), 'utf8')));
const phones = lines.filter((l) => l.phone);

test('every number is a tel: link at least 24 px square, text options are words, and axe passes in both themes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/help/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Need help now?');
  const main = page.locator('main');

  for (const line of phones) {
    const link = main.locator(`a[href="${telHref(line.phone!)}"]`, { hasText: phoneText(line.phone!) }).first();
    await expect(link, `${line.id}: ${line.phone}`).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.width, `${line.id} tap target width`).toBeGreaterThanOrEqual(24);
    expect(box.height, `${line.id} tap target height`).toBeGreaterThanOrEqual(24);
  }
  // As many tel: links as numbers in the file: none left out, none made up.
  expect(await main.locator('a[href^="tel:"]').count()).toBe(phones.length);
  for (const line of lines.filter((l) => l.text)) await expect(main.getByText(line.text!, { exact: true }), line.id).toBeVisible();
  await expect(main.locator('a[href^="sms:"]')).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'findahelpline.com' })).toHaveAttribute('href', 'https://findahelpline.com');
  await expect(main).toContainText('not a crisis service');

  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await expectNoAxeViolations(page, 'on /help/ (light theme)');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, 'on /help/ (dark theme)');
  expect(errors).toEqual([]);
});

test('the keyboard reaches every number, in page order, emergency numbers first', async ({ page }) => {
  await page.goto('/help/');
  const reached: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    if (href.startsWith('tel:')) reached.push(href);
    if (href === 'https://findahelpline.com') break;
  }
  expect(new Set(reached)).toEqual(new Set(phones.map((l) => telHref(l.phone!))));
  expect(reached[0]).toBe('tel:911');
  // A focused number shows the site's focus ring.
  await page.locator('main a[href="tel:911"]').first().focus();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('no sideways scroll at 320 px, and the numbers stay whole on a 390 px phone', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/help/');
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
    const longest = page.locator('main a[href="tel:18007997233"]');
    const box = (await longest.boundingBox())!;
    expect(box.x + box.width, `${width} px: the longest number fits`).toBeLessThanOrEqual(width);
  }
});

test('prints on one sheet of A4 and of US Letter, with every number on it', async ({ page }) => {
  await page.goto('/help/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  for (const line of phones) await expect(page.locator('main').getByText(phoneText(line.phone!), { exact: true }).first()).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount, `${format} pages`).toBe(1);
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit to any page, /help/ loads with the network cut', async ({ page, context }) => {
    test.slow();
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto('/help/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Need help now?');
    await expect(page.locator('main a[href="tel:116123"]').first()).toBeVisible();
    await context.setOffline(false);
  });
});

test('every page in the sitemap has "Need help now?" in its footer, linking to /help/', async ({ request }) => {
  const paths = sitemapPaths();
  expect(paths).toContain('/help/');
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const footer = html.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
    expect(footer, `${path}: footer help link`).toMatch(/<a[^>]*href="\/help\/"[^>]*>Need help now\?<\/a>/);
  }
});

test('the footer link is visible and leads to /help/, and About links there too', async ({ page }) => {
  await page.goto('/lessons/four-sources/');
  const link = page.locator('footer').getByRole('link', { name: 'Need help now?' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/help\/$/);
  await page.goto('/about/');
  await expect(page.locator('main').getByRole('link', { name: 'Need help now?' })).toHaveAttribute('href', '/help/');
});
