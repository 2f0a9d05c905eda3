import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// Where a reader is in the course: a lesson marked read from its end, the home page's next step and
// read marks, a correction, the workbook's count and the export. ("Start with lesson 1" in the HTML,
// without JavaScript, is checked in the build: tests/dist/progress-pages.test.ts.)

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

test('a lesson marked read shows on the home page and in the workbook, and is exported', async ({ page }) => {
  const errors = watchErrors(page);
  // Lessons 1 and 2 read on this device already.
  await page.goto('/');
  const lessons = await page.locator('[data-lesson]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['lesson']!));
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, seal(lessons.slice(0, 2))]);

  // Lesson 2 says it is read; lesson 3 does not yet.
  await page.goto(`/lessons/${lessons[1]}/`);
  await expect(page.locator('[data-read-state]')).toHaveText('✓ You marked it as read.');
  // Lesson 3's end: "Mark this lesson as read" brings the reader back to the course, marked.
  await page.goto(`/lessons/${lessons[2]}/`);
  await expect(page.getByText(`End of lesson 3 of ${lessons.length}.`)).toBeVisible();
  await expect(page.locator('[data-read-state]')).toHaveText('');
  await page.getByRole('link', { name: 'Mark this lesson as read' }).click();
  await expect(page).toHaveURL(/\/#next-step$/);
  await expect(page.getByRole('status')).toContainText('Marked lesson 3');
  const items = page.locator('.course-list > li');
  const fourth = (await items.nth(3).locator('h3').innerText()).trim();
  await expect(page.getByRole('link', { name: `Continue with lesson 4: ${fourth}` })).toHaveAttribute('href', `/lessons/${lessons[3]}/`);
  await expect(items.nth(2)).toContainText('✓ Read');
  await expect(items.nth(3)).toContainText('Not read yet');
  await expectNoAxeViolations(page, 'home with progress');

  // A correction: lesson 2 marked not read.
  await items
    .nth(1)
    .getByRole('button', { name: /^Mark as not read \(lesson 2, / })
    .click();
  await expect(items.nth(1)).toContainText('Not read yet');
  await expect(items.nth(1).getByRole('link')).toBeFocused();
  await expect(page.getByRole('link', { name: /^Continue with lesson 4:/ })).toBeVisible();

  // The workbook counts them, and an export carries them (the correction too, as a deletion).
  await page.goto('/workbook/');
  await expect(page.locator('[data-workbook-progress]')).toContainText(`Lessons read: 2 of ${lessons.length}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const entries: { id: string; deletedAt?: string }[] = JSON.parse(exported.items[KEY]).data.entries;
  expect(entries.filter((e) => !e.deletedAt).map((e) => e.id)).toEqual([lessons[0], lessons[2]]);
  expect(entries.filter((e) => e.deletedAt).map((e) => e.id)).toEqual([lessons[1]]);
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
