import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, typeInto, watchErrors } from './helpers';

// "We can" in a real browser: filled in with the keyboard alone, saved, reloaded, axe in both themes,
// and the error summary on an empty save. A teacher's statements, the hand-ins and the class picture:
// tests/e2e/class-we-can.spec.ts.

const ID = 'we-can';

async function open(page: Page): Promise<void> {
  await page.goto(`/practice/${ID}/`);
  await expect(page.locator(`[data-island="${ID}"] astro-island:not([ssr])`)).toBeAttached();
}

/** Chooses a rating on a row's 0-100 scale from the keyboard: Space on 0, then arrow keys up in tens. */
async function rate(page: Page, row: number, value: number): Promise<void> {
  await page.locator(`#${ID}-rating-${row}-0`).focus();
  await page.keyboard.press('Space');
  for (let k = 0; k < value / 10; k++) await page.keyboard.press('ArrowRight');
}

test('filled in with the keyboard alone, saved, passes axe in both themes, and is still there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByRole('radio', { name: 'A class' }).focus();
  await page.keyboard.press('ArrowDown'); // arrow keys move and choose: "A team"
  await expect(page.getByRole('radio', { name: 'A team' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name the group (optional)')).toBeFocused();
  await page.keyboard.type('the under-14s');
  // The team's suggestions: Enter adds one and moves on to the next.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add “finish a shared piece of work before its deadline”' })).toBeFocused();
  for (let k = 0; k < 3; k++) await page.keyboard.press('Enter');
  await expect(page.getByLabel('Statement 3: we, as a group, can …')).toHaveValue('settle a disagreement about tactics and move on');
  await expect(page.getByRole('button', { name: 'Add “support a teammate who is struggling to keep up”' })).toBeFocused();
  await typeInto(page, 'Statement 4: we, as a group, can …', 'warm up properly without the coach');
  await typeInto(page, 'Statement 5: we, as a group, can …', 'win a game against a stronger side');
  const ratings = [70, 30, 60, 90, 40];
  for (const [row, value] of ratings.entries()) await rate(page, row, value);
  await expect(
    page.getByRole('group', { name: 'How sure am I that we, as a group, can settle a disagreement about tactics and move on?' }),
  ).toBeVisible();

  // The chart: numbers in words, the least-sure statement named in words, not colour alone.
  const chart = page.getByRole('figure', { name: 'How sure you are today' });
  await expect(chart).toContainText('30 out of 100 · not very sure · least sure');
  await expect(chart).toContainText('90 out of 100 · very sure');

  await typeInto(page, '3. The last time we got something done together', 'We won the cup final in May.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save this check' })).toBeFocused();
  await page.keyboard.press('Enter');

  const list = page.locator(`#${ID}-entries`);
  await expect(list.locator('.entry')).toHaveCount(1);
  await expect(list).toContainText('Team: the under-14s');
  await expect(list).toContainText('We won the cup final in May.');
  await expect(list).toContainText('recover and play well after a heavy defeat');
  await expect(page.locator('[data-save-indicator]')).toHaveText(/Saved/);
  // The next check starts from the same group and statements, unrated.
  await expect(page.getByLabel('Statement 5: we, as a group, can …')).toHaveValue('win a game against a stronger side');
  await expect(page.locator(`#${ID}-rating-0-70`)).not.toBeChecked();

  await expectNoAxeViolations(page, `on /practice/${ID}/ filled in`);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, `on /practice/${ID}/ filled in (dark theme)`, { coloursOnly: true });

  const stored = await page.evaluate((key) => localStorage.getItem(key), `efficacy-lab:data:${ID}`);
  if (process.env['WE_CAN_FIXTURE']) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env['WE_CAN_FIXTURE'], JSON.stringify(JSON.parse(stored!), null, 2) + '\n');
  }
  const saved = JSON.parse(stored!).data.entries[0];
  expect(saved.ratings).toEqual([
    { statement: 'finish a shared piece of work before its deadline', rating: 70 },
    { statement: 'recover and play well after a heavy defeat', rating: 30 },
    { statement: 'settle a disagreement about tactics and move on', rating: 60 },
    { statement: 'warm up properly without the coach', rating: 90 },
    { statement: 'win a game against a stronger side', rating: 40 },
  ]);
  expect(saved.groupKind).toBe('team');

  await page.reload();
  await expect(page.locator(`[data-island="${ID}"] astro-island:not([ssr])`)).toBeAttached();
  await expect(page.locator(`#${ID}-entries .entry`)).toHaveCount(1);
  await expect(page.locator(`#${ID}-entries`)).toContainText('We won the cup final in May.');
  expect(errors).toEqual([]);
});

test('an empty save lists every problem in a focused summary whose links lead to the fields', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Save this check' }).click();
  const summary = page.locator(`#${ID}-errors`);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose the kind of group you are rating.');
  await expect(summary).toContainText('Write or pick at least 5 statements (you have 0).');
  await expect(summary).toContainText('Write one line about the last time your group got something done together.');
  // Each error is tied to its field.
  await expect(page.getByLabel('3. The last time we got something done together')).toHaveAttribute(
    'aria-describedby',
    /we-can-last-time-error/,
  );
  await expect(page.getByRole('group', { name: '1. The group you are rating' })).toHaveAttribute('aria-describedby', /we-can-kind-error/);
  await summary.getByRole('link', { name: 'Choose the kind of group you are rating.' }).press('Enter');
  await expect(page.getByRole('radio', { name: 'A class' })).toBeFocused();
  await expectNoAxeViolations(page, `on /practice/${ID}/ with errors`);
  // Another group must be named in words.
  await page.getByRole('radio', { name: 'Another group' }).check();
  await page.getByRole('button', { name: 'Save this check' }).click();
  await expect(summary).toContainText('Name the group in a few words.');
});
