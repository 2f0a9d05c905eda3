import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, typeInto, watchErrors } from './helpers';

// "We can" in a real browser: filled in with the keyboard alone, saved, reloaded, axe in both themes,
// and the error summary on an empty save.

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

test('a teacher’s statements travel in the assignment link and the student rates them but cannot change them', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/teach/');
  await expect(page.locator('[data-island="assignment-builder"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel(/Draw your efficacy grid/).check();
  const box = page.getByLabel(/The class’s “We can” statements/);
  await box.fill('finish the science project on time\n\nwork quietly when the teacher is out');
  await page.getByRole('button', { name: 'Add “help a classmate who has fallen behind to catch up” to the statements' }).click();
  await expect(box).toHaveValue(
    'finish the science project on time\nwork quietly when the teacher is out\nhelp a classmate who has fallen behind to catch up',
  );
  await expect(page.getByText('Our class’s “We can” statements:')).toBeAttached();
  await expectNoAxeViolations(page, 'on /teach/ with “We can” statements');
  const link = await page.getByLabel('Link for your students').inputValue();
  expect(link).toContain('&s=finish+the+science+project+on+time&s=work+quietly');

  // A statement with angle brackets gets no link at all.
  await box.fill('<b>win</b>');
  await expect(page.getByText('A “We can” statement contains characters that are not allowed.')).toBeVisible();
  await expect(page.getByLabel('Link for your students')).toHaveCount(0);

  await page.goto(link);
  await expect(page.locator('[data-assignment]')).toBeVisible();
  await page.getByRole('link', { name: 'We can' }).click();
  await expect(page.locator(`[data-island="${ID}"] astro-island:not([ssr])`)).toBeAttached();
  // The teacher's three come first, as text, not fields; the student's own rows follow.
  const fixed = page.locator('.we-can-fixed');
  await expect(fixed).toHaveCount(3);
  await expect(fixed.first()).toHaveText('Statement 1, set by your teacher: … finish the science project on time');
  await expect(page.getByLabel('Statement 1: we, as a group, can …')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove statement 1' })).toHaveCount(0);
  await expect(page.getByLabel('Statement 4: we, as a group, can …')).toHaveValue('');
  await expect(
    page.getByRole('group', { name: 'How sure am I that we, as a group, can finish the science project on time?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, `on /practice/${ID}/ with a teacher’s statements`);
  expect(errors).toEqual([]);
});
