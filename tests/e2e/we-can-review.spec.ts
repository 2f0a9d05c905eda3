import { test, expect } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import type { HandIn } from '../../src/lib/transfer/hand-in';
import { expectNoAxeViolations, watchErrors } from './helpers';

// The "We can" class picture on /teach/review/: twelve hand-ins rating the class's five statements
// (made here as the student's page makes them), pasted as links; the picture shows per-statement
// medians, spreads and dots, names the statement the class is least sure of, and shows no names.

const STATEMENTS = [
  'finish the science project on time',
  'work quietly when the teacher is out',
  'help a classmate who has fallen behind to catch up',
  'sort out a disagreement without leaving anyone out',
  'agree on a plan for revision and stick to it',
];
// Twelve students' ratings, one column per statement.
const RATINGS = [
  [70, 40, 60, 30, 80],
  [80, 50, 60, 20, 70],
  [60, 30, 70, 40, 90],
  [90, 40, 50, 30, 80],
  [70, 60, 60, 10, 70],
  [80, 30, 40, 30, 60],
  [50, 50, 70, 50, 80],
  [70, 40, 60, 20, 90],
  [60, 20, 80, 30, 70],
  [90, 40, 60, 40, 80],
  [80, 50, 50, 20, 100],
  [70, 40, 70, 30, 80],
];
const NAMES = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kit', 'Lou'];
const encode = (handIn: HandIn) => `h1.${deflateRawSync(JSON.stringify(handIn), { level: 9 }).toString('base64url')}`;

test('twelve hand-ins: per-statement medians, spreads and dots, the least-sure statement in words, no names', async ({ page }) => {
  const errors = watchErrors(page);
  const links = NAMES.map((student, i) =>
    encode({
      v: 1,
      assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B' },
      student,
      handedInAt: `2026-12-0${1 + (i % 4)}T09:00:00.000Z`,
      entries: [
        {
          exercise: 'we-can',
          createdAt: '2026-12-01T08:00:00.000Z',
          fields: {
            groupKind: 'class',
            groupName: '9B',
            ratings: STATEMENTS.map((statement, j) => ({ statement, rating: RATINGS[i]![j]! })),
            lastTime: 'The science fair.',
          },
        },
      ],
      reflections: [],
    }),
  ).map((code) => `http://x/teach/review/#h=${code}`);
  await page.goto('/teach/review/');
  await expect(page.locator('[data-island="review"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('Paste hand-in links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Open the links' }).click();

  const picture = page.locator('[data-we-can-picture]');
  await expect(picture).toBeVisible();
  await expect(picture).toContainText('From 12 students, with no names.');
  const rows = picture.locator('.we-can-picture__row');
  await expect(rows).toHaveCount(5);
  // Medians and the middle half, worked out by hand from RATINGS (quartiles interpolated).
  await expect(rows.nth(0)).toContainText(
    'Median 70 · middle half 67.5 to 80 · 12 ratings: 50, 60, 60, 70, 70, 70, 70, 80, 80, 80, 90, 90',
  );
  await expect(rows.nth(3)).toContainText('Median 30 · middle half 20 to 32.5 · 12 ratings');
  await expect(rows.nth(3)).toContainText('(least sure)');
  await expect(rows.nth(0).locator('circle')).toHaveCount(12);
  await expect(picture.locator('[data-we-can-least]')).toHaveText(
    'The class is least sure that it can sort out a disagreement without leaving anyone out (median 30 out of 100).',
  );
  for (const name of NAMES) await expect(picture).not.toContainText(new RegExp(`\\b${name}\\b`));
  await expectNoAxeViolations(page, 'on the review page with a “We can” picture');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, 'on the review page with a “We can” picture (dark theme)', { coloursOnly: true });

  // The discuss view: full window, one statement at a time, moved by keys a clicker sends; no names.
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  const open = picture.getByRole('button', { name: 'Discuss on the big screen' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: /How sure are we that we, as a group, can/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('How sure are we that we, as a group, can … (statement 1 of 5)');
  await expect(dialog).toContainText('finish the science project on time');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading')).toContainText('statement 2 of 5');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(dialog.getByRole('heading')).toContainText('statement 4 of 5');
  await expect(dialog).toContainText('(least sure)');
  await page.keyboard.press('PageUp');
  await expect(dialog.getByRole('heading')).toContainText('statement 3 of 5');
  await page.keyboard.press('End');
  await expect(dialog.getByRole('heading')).toContainText('statement 5 of 5');
  for (const name of NAMES) await expect(dialog).not.toContainText(new RegExp(`\\b${name}\\b`));
  await expectNoAxeViolations(page, 'in the “We can” discuss view');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('we-can-discuss-1366.png') });
  await dialog.getByRole('button', { name: 'All statements at once' }).click();
  await expect(dialog.locator('.we-can-picture__row')).toHaveCount(5);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, 'in the “We can” discuss view (dark theme)', { coloursOnly: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  await page.setViewportSize({ width: 390, height: 900 });
  await picture.screenshot({ path: test.info().outputPath('we-can-picture-390.png') });
  await page.setViewportSize({ width: 1366, height: 900 });
  await picture.screenshot({ path: test.info().outputPath('we-can-picture-1366.png') });
  expect(errors).toEqual([]);
});
