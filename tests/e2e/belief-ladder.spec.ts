import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// The belief ladder (issue 22) beyond what practice-tools.spec.ts does for every tool (unreadable data
// kept aside, filled in with the keyboard alone, saved, reloaded, in the workbook, exported, imported
// and handed in): the grid's lowest area offered, tasks added and removed, the error summary, both
// themes, a phone 320 px wide, and the lesson that carries it.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'saved');
const GRID = readFileSync(join(FIXTURES, 'efficacy-grid', 'v1.json'), 'utf8'); // Money is its lowest area, at 3
const LADDER = readFileSync(join(FIXTURES, 'belief-ladder', 'v1.json'), 'utf8');

async function open(page: Page, path = '/practice/belief-ladder/', seed: Record<string, string> = {}) {
  await page.addInitScript((items) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, seed);
  await page.goto(path);
  await expect(page.locator('[data-island="belief-ladder"] astro-island:not([ssr])')).toBeAttached();
}

test('the lowest area of the latest grid round is offered, and taken with the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, undefined, { 'efficacy-lab:data:efficacy-grid': GRID });
  const use = page.getByRole('button', { name: 'Use “Money”' });
  await expect(page.locator('.ladder-offer')).toContainText('Lowest on your latest efficacy grid (3 of 10):');
  await page.getByLabel('1. The area').focus();
  await page.keyboard.press('Tab');
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('1. The area')).toHaveValue('Money');
  await expect(use).toHaveCount(0);
  // Nothing of the grid's worksheet was loaded to find it.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(scripts.filter((url) => /EfficacyGrid|GridChart|GridRounds/.test(url))).toEqual([]);
  expect(errors).toEqual([]);
});

test('no offer without a saved grid round', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('button', { name: 'Add a task' })).toBeVisible();
  await expect(page.locator('.ladder-offer')).toHaveCount(0);
});

test('tasks are added up to six and removed down to four, focus following, with errors for what is missing', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const add = page.getByRole('button', { name: 'Add a task' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Task 5 (hardest)')).toBeFocused();
  await page.keyboard.type('Ask for a pay rise');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Task 6 (hardest)')).toBeFocused();
  await expect(add).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove “Ask for a pay rise”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Task 4', { exact: true })).toBeFocused();
  await expect(page.locator('.ladder__rung')).toHaveCount(5);

  // A rating without its task, a rating that is not a number, and nothing else: every problem listed.
  await page.locator('#belief-ladder-task-0').fill('Check my bank balance');
  await page.locator('#belief-ladder-rating-0').fill('lots');
  await page.locator('#belief-ladder-rating-1').fill('50');
  await page.getByRole('button', { name: 'Save this ladder' }).click();
  const summary = page.locator('#belief-ladder-errors');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Name the area this ladder is in.',
    'List at least 4 tasks (you have 1).',
    'Write how sure you are of “Check my bank balance” as a whole number from 0 to 100.',
    'Write task 2, or remove it.',
    'Choose the task to practise this week.',
  ]);
  // Each field says its own error, tied to it.
  const rating = page.locator('#belief-ladder-rating-0');
  await expect(rating).toHaveAttribute('aria-invalid', 'true');
  await expect(rating).toHaveAttribute('aria-describedby', 'belief-ladder-scale-hint belief-ladder-rating-0-error');
  await summary.getByRole('link', { name: /whole number/ }).click();
  await expect(rating).toBeFocused();
  // Fixing a field clears its error as it is typed.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('90');
  await expect(rating).not.toHaveAttribute('aria-invalid');
  await expectNoAxeViolations(page, 'with the error summary');
  expect(errors).toEqual([]);
});

test('a saved ladder and a filled draft: axe in both themes, no sideways scroll at 320 px, the chart in words', async ({ page }) => {
  const errors = watchErrors(page);
  const fixture = JSON.parse(LADDER);
  // A long task name and a harder task rated higher than the one before it.
  fixture.data.draft = {
    updatedAt: fixture.updatedAt,
    value: {
      area: 'Speaking up',
      rungs: [
        { task: 'Ask a question in a small meeting with people I know well', rating: '70' },
        { task: 'Disagree politely', rating: '75' },
        { task: 'Give a ten-minute talk', rating: '20' },
        { task: 'Chair a meeting', rating: '10' },
      ],
      practise: 1,
    },
  };
  await open(page, undefined, { 'efficacy-lab:data:belief-ladder': JSON.stringify(fixture) });
  await expect(page.locator('#belief-ladder-entries .entry')).toHaveCount(1);
  const chart = page.locator('form .ladder-chart');
  await expect(chart.locator('figcaption')).toHaveText('Where your belief drops in “Speaking up”, easiest task first');
  await expect(chart.locator('.bar-chart__value')).toHaveText([
    '70 of 100',
    '75 of 100 · before the biggest drop',
    '20 of 100 · after the biggest drop',
    '10 of 100',
  ]);
  await expect(chart).toContainText(
    'Your belief drops most between “Disagree politely” (75) and “Give a ten-minute talk” (20): 55 points.',
  );
  await expect(chart).toContainText(
    '“Disagree politely” (75) is rated higher than “Ask a question in a small meeting with people I know well” (70) before it.',
  );
  await expect(page.getByRole('radio', { name: /Disagree politely \(75\) · suggested/ })).toBeChecked();
  // The bars are drawn for the eye only; the words carry the numbers.
  await expect(chart.locator('svg').first()).toHaveAttribute('aria-hidden', 'true');
  // The saved ladder shows its own chart and the drop in words.
  await expect(page.locator('#belief-ladder-entries .entry')).toContainText(
    'Your belief drops most between “Pay a bill online” (80) and “Make a budget for the month” (40): 40 points.',
  );

  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await expectNoAxeViolations(page, `on /practice/belief-ladder/ filled in (${theme} theme)`, { coloursOnly: theme === 'dark' });
  }
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
  }
  expect(errors).toEqual([]);
});

test('the lesson on measuring belief carries the ladder where it talks about ladders of tasks', async ({ page }) => {
  await page.goto('/lessons/measuring-belief/');
  const section = page.locator('[data-exercise="belief-ladder"]');
  await section.scrollIntoViewIfNeeded(); // it hydrates as it comes near the viewport
  await expect(section.locator('astro-island:not([ssr])')).toBeAttached();
  await expect(section.getByRole('heading', { name: 'Your belief ladder' })).toBeVisible();
  // It follows the section that explains it, under that section's heading.
  const heading = await page
    .locator('h2')
    .evaluateAll(
      (hs, id) =>
        hs.filter((h) => h.compareDocumentPosition(document.getElementById(id)!) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.textContent,
      'belief-ladder-heading',
    );
  expect(heading).toBe('Where the grid helps, and where you need a ladder');
  await expect(section.getByRole('link', { name: 'the goal sizer' })).toHaveAttribute('href', '/practice/goal-sizer/');
});

test('printed, the worksheet shows its fields and no buttons', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Save this ladder' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Move task 1 down' })).toBeHidden();
  await expect(page.locator('#belief-ladder-task-3')).toBeVisible();
  await expect(page.locator('#belief-ladder-rating-3')).toBeVisible();
  await expect(page.locator('.ladder__later')).toBeVisible(); // lines to write the chosen task on
});
