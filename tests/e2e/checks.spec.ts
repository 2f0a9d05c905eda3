import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// "Check your understanding" at the end of a lesson, as a reader uses it with the keyboard: started
// on request, answered (each answer explained, right or wrong, in words and a polite live region),
// kept over a reload, and shown as done on the course page and in the workbook. One lesson with a
// worksheet and one without (which loads no framework until the check is started).

const KEY = 'efficacy-lab:data:checks';

/** Starts the check with the keyboard and waits for its first answer to take focus. */
async function startCheck(page: Page) {
  const start = page.getByRole('button', { name: 'Start the check' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-check-mount] input[type="radio"]').first()).toBeFocused();
}

/** The radio group of question `n` (from 0). */
const question = (page: Page, n: number) => page.locator('[data-check-mount] fieldset[data-question]').nth(n);

test('a lesson without a worksheet: the check starts on request, is answered by keyboard, kept over a reload, and shown as done', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/lessons/measuring-belief/');
  // No framework at first: the check's code arrives when it is started.
  await expect(page.getByRole('heading', { level: 2, name: 'Check your understanding' })).toBeVisible();
  expect(scripts.filter((s) => /preact|exercise-runtime|Check\.|mount-check/.test(s))).toEqual([]);
  await expect(page.locator('[data-check-mount]')).toBeHidden();
  await startCheck(page);
  expect(scripts.some((s) => /mount-check/.test(s))).toBe(true);

  const groups = page.locator('[data-check-mount] fieldset[data-question]');
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Question 1: arrow keys move through the options; a wrong one is explained, not only coloured.
  const first = question(page, 0);
  const options = first.locator('input[type="radio"]');
  const rightIndex = await first.evaluate((fs) => {
    const props = JSON.parse((fs.closest('[data-check-mount]') as HTMLElement).dataset['checkProps']!);
    const q = props.questions.find((x: { id: string }) => x.id === (fs as HTMLElement).dataset['question']);
    return q.options.findIndex((o: { correct?: boolean }) => o.correct);
  });
  const wrongIndex = rightIndex === 0 ? 1 : 0;
  // Focus is on the first option; arrows select as they move (native radio groups).
  for (let i = 0; i < wrongIndex; i++) await page.keyboard.press('ArrowDown');
  if (wrongIndex === 0) await page.keyboard.press('Space');
  const feedback = first.locator('[data-feedback]');
  await expect(feedback).toHaveAttribute('aria-live', 'polite');
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText(/\w{4,}.*\./);
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
  // Saved as the "checks" kind.
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  expect(saved).toMatchObject({ app: 'efficacy-lab', exercise: 'checks', version: 1 });
  expect(Object.keys(saved.data.entries[0].answers)).toHaveLength(count);

  // A reload keeps the answers: started again, the choices and their explanations are back.
  await page.reload();
  await startCheck(page);
  await expect(question(page, 0).locator('input[type="radio"]').nth(rightIndex)).toBeChecked();
  await expect(question(page, 0).locator('[data-feedback]')).toContainText('Right.');
  await expect(page.locator('[data-check-summary]')).toHaveAttribute('data-check-summary', 'done');

  // The course page and the workbook say this lesson's check is done, and no other.
  await page.goto('/');
  const item = page.locator('[data-lesson="measuring-belief"] [data-lesson-status]');
  await expect(item).toContainText('✓ check done');
  await expect(page.locator('[data-lesson="esteem-vs-efficacy"] [data-lesson-status]')).toContainText('check not done');
  await page.goto('/workbook/');
  // The workbook reads saved data once it hydrates: wait for it, then read which lesson is named.
  await expect(page.locator('[data-workbook-checks]')).toHaveText(
    /^Checks for understanding done: 1 of \d+ \(Measuring belief, and reading the numbers\)\.$/,
  );
  expect(errors).toEqual([]);
});

test('a lesson with a worksheet: the check works beside it, and a half-answered check is not done', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/lessons/esteem-vs-efficacy/');
  await startCheck(page);
  await page.keyboard.press('Space');
  await expect(question(page, 0).locator('[data-feedback]')).toContainText(/Right\.|Not quite\./);
  await expect(page.locator('[data-check-summary]')).toContainText('1 of');
  await page.goto('/');
  await expect(page.locator('[data-lesson="esteem-vs-efficacy"] [data-lesson-status]')).toContainText('check not done');
  await page.goto('/workbook/');
  await expect(page.locator('[data-workbook-checks]')).toContainText('Checks for understanding done: 0 of');
  expect(errors).toEqual([]);
});
