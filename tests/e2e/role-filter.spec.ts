import { test, expect, type Page } from '@playwright/test';
import { LESSON_PATHS } from './helpers';

const lessons = LESSON_PATHS();
const ROLE_KEY = 'efficacy-lab:pref:role';

async function lessonWithRoleNotes(page: Page): Promise<string> {
  for (const path of lessons) {
    await page.goto(path);
    if ((await page.locator('[data-role-notes]').count()) > 0) return path;
  }
  throw new Error('no lesson has "putting it to use" notes');
}

const visibleRoles = (page: Page) =>
  page.locator('[data-role]:visible').evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset['role']));

test('the role filter shows one role, and the choice is remembered across reloads and lessons', async ({ page }) => {
  const path = await lessonWithRoleNotes(page);
  const filter = page.getByRole('group', { name: 'Show the notes for' }).first();
  await expect(filter).toBeVisible();
  expect(await visibleRoles(page)).toEqual(['self', 'team', 'parent', 'partner', 'teacher']);

  await filter.getByRole('radio', { name: 'a parent' }).check();
  expect(await visibleRoles(page)).toEqual(['parent']);
  await expect(page.getByRole('status').filter({ hasText: 'for a parent' }).first()).toHaveText(/only the note for a parent/);

  await page.reload();
  expect(await visibleRoles(page)).toEqual(['parent']);
  await expect(filter.getByRole('radio', { name: 'a parent' })).toBeChecked();

  // Another lesson with notes opens filtered to the same role.
  const other = lessons.find((p) => p !== path);
  if (other) {
    await page.goto(other);
    if ((await page.locator('[data-role-notes]').count()) > 0) expect(await visibleRoles(page)).toEqual(['parent']);
  }

  await page.goto(path);
  await page.getByRole('group', { name: 'Show the notes for' }).first().getByRole('radio', { name: 'Everyone' }).check();
  expect(await visibleRoles(page)).toHaveLength(5);
});

test('the role filter works with the keyboard alone', async ({ page }) => {
  await lessonWithRoleNotes(page);
  const everyone = page.getByRole('radio', { name: 'Everyone' }).first();
  await everyone.focus();
  await page.keyboard.press('ArrowRight'); // radio groups move and select with the arrow keys
  expect(await visibleRoles(page)).toEqual(['self']);
  await page.keyboard.press('ArrowRight');
  expect(await visibleRoles(page)).toEqual(['team']);
});

test('a corrupted or blocked role preference falls back to showing every note', async ({ page }) => {
  const path = await lessonWithRoleNotes(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"not":"a role"'), ROLE_KEY);
  await page.reload();
  expect(await visibleRoles(page)).toHaveLength(5);

  // Storage that throws on every access (a privacy setting) must not break the page.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await page.getByRole('radio', { name: 'a teacher' }).first().check();
  expect(await visibleRoles(page)).toEqual(['teacher']);
  expect(errors).toEqual([]);
});

test('without JavaScript every note shows and the filter stays hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await lessonWithRoleNotes(page);
  await expect(page.locator('[data-role-filter]').first()).toBeHidden();
  expect(await visibleRoles(page)).toHaveLength(5);
  await context.close();
});
