import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

// Issue 14: phone first. No page scrolls sideways at the narrow widths phones have; a wide table
// scrolls inside its own labelled region instead. One load per page; the viewport is resized
// between the three checks (layout only, no axe: pages.spec.ts does that).

const WIDTHS = [320, 360, 390] as const;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The widths (of the three) at which the page is wider than the window, with its width there. */
async function overflowAt(page: Page): Promise<string[]> {
  const wide: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) wide.push(`${width} px wide: page is ${scroll} px`);
  }
  return wide;
}

test('no page of the sitemap scrolls sideways at 320, 360 and 390 px', async ({ page }) => {
  // Saved data where it makes pages wider: two grid rounds (then and now), one hand-in to review.
  const grid = JSON.parse(readFileSync(join(FIXTURES, 'saved/efficacy-grid/v1.json'), 'utf8'));
  const first = grid.data.entries[0];
  grid.data.entries.push({
    ...first,
    id: 'a-second-round-with-a-longer-id',
    createdAt: '2026-11-01T09:00:00.000Z',
    ratings: [...first.ratings, { domain: 'Learning to play the guitar properly', rating: 2 }],
  });
  const handIns = readFileSync(join(FIXTURES, 'saved/hand-ins/v1.json'), 'utf8');
  await page.addInitScript(
    ([gridText, handInsText]) => {
      if (localStorage.getItem('efficacy-lab:data:efficacy-grid') !== null) return;
      localStorage.setItem('efficacy-lab:data:efficacy-grid', gridText!);
      localStorage.setItem('efficacy-lab:data:hand-ins', handInsText!);
    },
    [JSON.stringify(grid), handIns],
  );

  const problems: string[] = [];
  for (const path of sitemapPaths()) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    // The seeded pages show their data once hydrated (the grid's comparison loads on demand).
    if (path === '/practice/efficacy-grid/') await expect(page.getByLabel('Compare with')).toBeVisible();
    if (path === '/teach/review/') await expect(page.locator('[data-island="review"] .entry').first()).toBeVisible();
    for (const wide of await overflowAt(page)) problems.push(`${path}: ${wide}`);
  }

  // The workbook with an import file's preview open.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/workbook/');
  // A file chosen before the island has hydrated would be missed (it once was, under load).
  await expect(page.locator('[data-island="workbook"] astro-island:not([ssr])')).toBeAttached();
  await page.locator('input[type="file"]').first().setInputFiles(join(FIXTURES, 'export/v1.json'));
  await expect(page.locator('.import-preview table')).toBeVisible();
  for (const wide of await overflowAt(page)) problems.push(`/workbook/ with an import preview: ${wide}`);

  expect(problems).toEqual([]);
});

test('on a phone a lesson has a one-row header with a Menu, its core insight on the first screen and its contents closed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/esteem-vs-efficacy/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(72);
  const insight = await page.locator('.lesson header .box--insight').boundingBox();
  expect(insight!.y + 60).toBeLessThanOrEqual(844);
  await expect(page.locator('.toc details')).not.toHaveAttribute('open');

  const nav = page.getByRole('navigation', { name: 'Site' });
  await expect(nav).toBeHidden();
  const menu = page.locator('summary', { hasText: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'My workbook' })).toBeVisible();
  // Escape closes it from anywhere inside, and focus goes back to "Menu" (a <details> alone stays open).
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  // Tabbing on out of the menu closes it, so focus never lands on something the open menu covers (QA).
  await nav.getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.search-link')).toBeFocused();
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();

  // Wide again: the navigation is in the header row and the contents sit beside the text, open.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(nav).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
});

test('on a laptop the footer’s lines use the width beside the theme choice, not a sliver', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/teach/');
  const widths = await page.locator('.site-footer__inner > p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThanOrEqual(3);
  for (const width of widths) expect(width).toBeGreaterThan(500);
});
