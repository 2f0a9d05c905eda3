import { test, expect } from '@playwright/test';
import { LESSON_PATHS } from './helpers';

const lessons = LESSON_PATHS();

test('the home page lists the course in order and links to every lesson', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.course-list h3 a');
  await expect(links).toHaveCount(lessons.length);
  const first = links.first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.getByText(/Lesson 1 of \d+/)).toBeVisible();
});

test('a lesson page has its parts: summary, reading time, contents, practice, references', async ({ page }) => {
  await page.goto(lessons[0]!);
  await expect(page.locator('.lead')).not.toBeEmpty();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  // Every contents link points at a heading on the page.
  for (const href of await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href), `target of ${href}`).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { name: /This week[’']s practice/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
  await expect(page.locator('#references a[href^="https://doi.org/10."]').first()).toBeVisible();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto(lessons[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the site navigation reaches the about page, which says what is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About & privacy' }).click();
  await expect(page.locator('h1')).toHaveText('About and privacy');
  await expect(page.getByRole('heading', { name: 'What is stored, and where' })).toBeVisible();
});
