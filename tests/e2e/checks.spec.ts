import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// "Check your understanding" at the end of a lesson, as a reader uses it with the keyboard: hydrated
// as it scrolls near (an Astro island, client:visible), answered (each answer explained, right or wrong,
// in words and a polite live region), kept over a reload, and shown as done on the course page and in
// the workbook. One lesson with a worksheet and one without (which loads no framework until the reader
// comes near the check).

const KEY = 'efficacy-lab:data:checks';
const CHECK = '#check astro-island';

/** Scrolls to the check and waits until it has hydrated (Astro removes the island's `ssr` attribute). */
async function reachCheck(page: Page) {
  await page.locator('#check-heading').scrollIntoViewIfNeeded();
  await expect(page.locator(CHECK)).not.toHaveAttribute('ssr');
}

/** The radio group of question `n` (from 0). */
const question = (page: Page, n: number) => page.locator(`${CHECK} fieldset[data-question]`).nth(n);

test('a lesson without a worksheet: the check hydrates near the viewport, is answered by keyboard, kept over a reload, and shown as done', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/lessons/open-questions/');
  // No framework at first: the check's code arrives as the reader comes near it.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.filter((s) => /preact|exercise-runtime|\/Check\.|\/client\./.test(s))).toEqual([]);
  await reachCheck(page);
  expect(scripts.some((s) => /\/Check\.[\w-]+\.js$/.test(s))).toBe(true);

  const groups = page.locator(`${CHECK} fieldset[data-question]`);
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Question 1, as a reader finds the answer: Tab into the group, arrow keys through the options
  // (native radios select as they move); a wrong one is explained, not only coloured.
  const first = question(page, 0);
  const options = first.locator('input[type="radio"]');
  const feedback = first.locator('[data-feedback]');
  await options.first().focus();
  await page.keyboard.press('Space');
  await expect(feedback).toContainText(/Right\.|Not quite\./);
  let rightIndex = 0;
  while (!(await feedback.textContent())!.includes('Right.')) {
    await expect(feedback).toContainText(/Not quite\. \w{4,}.*\./);
    const said = (await feedback.textContent())!;
    await page.keyboard.press('ArrowDown');
    rightIndex++;
    await expect(options.nth(rightIndex)).toBeChecked();
    // Every option has its own explanation: wait for this one's before reading it.
    await expect(feedback).not.toHaveText(said);
  }
  await expect(feedback).toHaveAttribute('aria-live', 'polite');
  expect(rightIndex, 'the right answer of question 1 is not its first option').toBeGreaterThan(0);
  // Back to a wrong one (the first), for axe to see a wrong answer's explanation.
  await options.first().focus();
  await page.keyboard.press('Space');
  await expect(feedback).toContainText('Not quite.');
  await expectNoAxeViolations(page, 'a check with a wrong answer (first theme)');
  // Then the right one.
  await options.nth(rightIndex).focus();
  await page.keyboard.press('Space');
  await expect(feedback).toContainText('Right.');

  // Every other question, its first option, by keyboard: Tab into each group, Space to choose.
  for (let n = 1; n < count; n++) {
    await question(page, n).locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    await expect(question(page, n).locator('[data-feedback]')).toContainText(/Right\.|Not quite\./);
  }
  await expect(page.locator('[data-check-summary]')).toHaveAttribute('data-check-summary', 'done');
  await expect(page.locator('[data-check-summary]')).toContainText(`Check done:`);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await expectNoAxeViolations(page, `the finished check (${theme} theme)`, { coloursOnly: theme === 'dark' });
  }
  // Saved as the "checks" kind (writes are debounced by 400 ms: wait for the write, do not race it).
  const stored = async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null');
  await expect.poll(async () => Object.keys((await stored())?.data.entries[0].answers ?? {}).length).toBe(count);
  expect(await stored()).toMatchObject({ app: 'efficacy-lab', exercise: 'checks', version: 1 });

  // A reload keeps the answers: once hydrated again, the choices and their explanations are back.
  await page.reload();
  await reachCheck(page);
  await expect(question(page, 0).locator('input[type="radio"]').nth(rightIndex)).toBeChecked();
  await expect(question(page, 0).locator('[data-feedback]')).toContainText('Right.');
  await expect(page.locator('[data-check-summary]')).toHaveAttribute('data-check-summary', 'done');

  // The course page and the workbook say this lesson's check is done, and no other.
  await page.goto('/');
  const item = page.locator('[data-lesson="open-questions"] [data-lesson-status]');
  await expect(item).toContainText('✓ check done');
  await expect(page.locator('[data-lesson="esteem-vs-efficacy"] [data-lesson-status]')).toContainText('check not done');
  await page.goto('/workbook/');
  // The workbook reads saved data once it hydrates: wait for it, then read which lesson is named.
  await expect(page.locator('[data-workbook-checks]')).toHaveText(/^Checks for understanding done: 1 of \d+ \(Open questions\)\.$/);
  expect(errors).toEqual([]);
});

test('a lesson with a worksheet: the check works beside it, and a half-answered check is not done', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/lessons/esteem-vs-efficacy/');
  await reachCheck(page);
  await question(page, 0).locator('input[type="radio"]').first().focus();
  await page.keyboard.press('Space');
  await expect(question(page, 0).locator('[data-feedback]')).toContainText(/Right\.|Not quite\./);
  await expect(page.locator('[data-check-summary]')).toContainText('1 of');
  await page.goto('/');
  await expect(page.locator('[data-lesson="esteem-vs-efficacy"] [data-lesson-status]')).toContainText('check not done');
  await page.goto('/workbook/');
  await expect(page.locator('[data-workbook-checks]')).toContainText('Checks for understanding done: 0 of');
  expect(errors).toEqual([]);
});
