import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

// Where a reader is in the course: "Start with lesson 1" in the HTML, a lesson marked read from its
// end, the home page's next step and read marks, the workbook's count and the export.

const KEY = 'efficacy-lab:data:progress';
const seal = (ids: string[]) =>
  JSON.stringify({
    app: 'efficacy-lab',
    exercise: 'progress',
    version: 1,
    updatedAt: '2026-04-01T10:00:00.000Z',
    data: {
      entries: ids.map((id) => ({ id, createdAt: '2026-04-01T10:00:00.000Z', updatedAt: '2026-04-01T10:00:00.000Z' })),
      draft: { value: {}, updatedAt: '' },
    },
  });

test('a first visit is told where to start, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const first = page.locator('.course-list > li').first();
  const title = (await first.locator('h3').innerText()).trim();
  await expect(page.getByRole('link', { name: `Start with lesson 1: ${title}` })).toHaveAttribute('href', /^\/lessons\/[\w-]+\/$/);
  await context.close();
});

test('a lesson marked read shows on the home page and in the workbook, and is exported', async ({ page }) => {
  const errors = watchErrors(page);
  // Lessons 1 and 2 read on this device already.
  await page.goto('/');
  const lessons = await page.locator('[data-lesson]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['lesson']!));
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, seal(lessons.slice(0, 2))]);

  // Lesson 3's end: "Mark this lesson as read" brings the reader back to the course, marked.
  await page.goto(`/lessons/${lessons[2]}/`);
  await expect(page.getByText(`End of lesson 3 of ${lessons.length}.`)).toBeVisible();
  await page.getByRole('link', { name: 'Mark this lesson as read' }).click();
  await expect(page).toHaveURL(/\/#next-step$/);
  await expect(page.getByRole('status')).toContainText('Marked lesson 3');
  const items = page.locator('.course-list > li');
  const fourth = (await items.nth(3).locator('h3').innerText()).trim();
  await expect(page.getByRole('link', { name: `Continue with lesson 4: ${fourth}` })).toHaveAttribute('href', `/lessons/${lessons[3]}/`);
  await expect(items.nth(2)).toContainText('✓ Read');
  await expect(items.nth(3)).toContainText('Not read yet');

  // The workbook counts them, and an export carries them.
  await page.goto('/workbook/');
  await expect(page.locator('[data-workbook-progress]')).toContainText(`Lessons read: 3 of ${lessons.length}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(
    JSON.parse(exported.items[KEY])
      .data.entries.map((e: { id: string }) => e.id)
      .sort(),
  ).toEqual(lessons.slice(0, 3).sort());
  expect(errors).toEqual([]);
});

test('a mark the browser cannot save is said, not swallowed', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/?read=open-questions');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await expect(page.locator('[data-lesson="open-questions"]')).toContainText('Not read yet');
});
