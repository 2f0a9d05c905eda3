import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// The workbook: everything saved, export, import, and the checks that refuse a bad file.

async function hydrated(page: Page, island: string) {
  await expect(page.locator(`[data-island="${island}"] astro-island:not([ssr])`)).toBeAttached();
}

async function saveSome(page: Page) {
  await page.goto('/practice/cant-rewriter/');
  await hydrated(page, 'cant-rewriter');
  // Each rewrite is saved once its suggestion is in (the rules load on the first keystroke), as a
  // person would see it before pressing Save.
  await page.getByLabel('Your thought').fill("I can't do public speaking");
  await expect(page.getByLabel('Rewritten as a task')).toHaveValue(/don't yet know how/);
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await expect(page.locator('#cant-rewriter-entries .entry')).toHaveCount(1);
  await page.getByLabel('Your thought').fill("I'm bad at maths");
  await expect(page.getByLabel('Rewritten as a task')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await expect(page.locator('#cant-rewriter-entries .entry')).toHaveCount(2);
  await page.goto('/practice/self-compassion/');
  await hydrated(page, 'self-compassion');
  await page.getByLabel(/Line one/).fill('You always get this wrong.');
  await page.getByLabel(/Line two/).fill('One bad day is not a pattern.');
  await page.getByRole('button', { name: 'Save this pair' }).click();
  await expect(page.locator('[data-save-indicator]')).toHaveText(/Saved/);
}

const ourStorage = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('efficacy-lab:data:'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('everything saved shows in the workbook, grouped by exercise and week, each linking back to edit', async ({ page }) => {
  await saveSome(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  const rewrites = page.locator('[data-workbook-exercise="cant-rewriter"]');
  await expect(rewrites.getByRole('heading', { level: 3 })).toContainText('2 rewrites');
  await expect(rewrites.getByRole('heading', { level: 4 })).toHaveText(/^Week of /);
  await expect(page.locator('[data-workbook-exercise="self-compassion"]')).toContainText('One bad day is not a pattern.');
  await rewrites
    .getByRole('link', { name: /Open to edit/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/practice\/cant-rewriter\/\?entry=/);
  await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible();
});

test('export, clear storage, import: every entry is back, byte for byte', async ({ page }, info) => {
  await saveSome(page);
  const before = await ourStorage(page);
  expect(Object.keys(before).sort()).toEqual(['efficacy-lab:data:cant-rewriter', 'efficacy-lab:data:self-compassion']);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const file = info.outputPath('export.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^efficacy-lab-workbook-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'efficacy-lab-export', version: 1 });
  // The message counts entries (not storage keys), and the storage panel shows the export at once.
  await expect(page.getByText('Exported 3 entries from 2 worksheets')).toBeVisible();
  const health = page.locator('[data-storage-health]');
  await expect(health).not.toContainText('Never');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page, 'workbook');
  await expect(page.locator('[data-workbook-empty]')).toBeVisible();

  await page.getByLabel('File to import').setInputFiles(file);
  const preview = page.locator('[data-import-preview]');
  await expect(preview).toContainText('The “I can’t” rewriter');
  await expect(
    preview
      .getByRole('row', { name: /rewriter/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('[data-import-done]')).toContainText('Imported');
  expect(await ourStorage(page)).toEqual(before);
  await expect(health).not.toContainText('0.0 KB');
  await expect(page.locator('[data-workbook-exercise="cant-rewriter"]')).toContainText('2 rewrites');
});

test('a bad file gives its message and changes nothing', async ({ page }, info) => {
  await saveSome(page);
  const before = await ourStorage(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const good = readFileSync(await download.path(), 'utf8');

  const files: [string, string | Buffer, RegExp][] = [
    ['damaged.json', good.slice(0, good.length / 2), /not even JSON/],
    ['edited.json', good.replace('public speaking', 'private speaking'), /damaged or has been edited/],
    ['newer.json', good.replace('"version": 1', '"version": 9'), /newer version/],
    ['package.json', JSON.stringify({ name: 'some-program', version: '2.0.0' }), /not made by Efficacy Lab/],
    ['huge.json', Buffer.alloc(20 * 1024 * 1024, 32), /larger than any Efficacy Lab export could be/],
  ];
  for (const [name, content, message] of files) {
    const path = info.outputPath(name);
    writeFileSync(path, content);
    await page.getByLabel('File to import').setInputFiles(path);
    await expect(page.locator('[data-import-problem]')).toContainText(message);
    await expect(page.locator('[data-import-problem]')).toContainText('Nothing was changed');
    await expect(page.locator('[data-import-preview]')).toHaveCount(0);
  }
  expect(await ourStorage(page)).toEqual(before);
});

test('importing an older copy never replaces newer work', async ({ page }, info) => {
  await saveSome(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const path = info.outputPath('older.json');
  await download.saveAs(path);
  // Edit an entry after the export.
  await page.goto('/practice/self-compassion/');
  await hydrated(page, 'self-compassion');
  await page.locator('#self-compassion-entries').getByRole('button', { name: 'Edit' }).click();
  await expect(page.locator('#self-compassion-entries').getByLabel(/Line one/)).toBeFocused(); // the editor has focus
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited later.');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  await page.getByLabel('File to import').setInputFiles(path);
  const row = page.locator('[data-import-preview]').getByRole('row', { name: /self-compassion/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('1'); // newer here, kept
  await expect(page.locator('[data-import-nothing]')).toBeVisible();
  await expect(page.locator('[data-import-preview]').getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(page.locator('[data-workbook-exercise="self-compassion"]')).toContainText('Edited later.');
});

test('delete everything names what goes, offers an export first, and leaves nothing', async ({ page }) => {
  await saveSome(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const confirm = page.getByRole('group', { name: /This deletes/ });
  await expect(confirm).toContainText('2 rewrites (The “I can’t” rewriter), 1 pair (Two-line self-compassion), and your theme');
  await expect(confirm.getByRole('link', { name: 'Export first' })).toBeVisible();
  await expect(page.locator('#delete-confirm')).toBeFocused();
  // Cancel returns focus to where the reader started; then confirm for real.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete everything…' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('[data-workbook-empty]')).toBeVisible();
  // Only the record of the deletion is left (a random id, no data): open tabs check it before they write.
  const left = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('efficacy-lab:'))
      .map((k) => [k, localStorage.getItem(k)]),
  );
  expect(left).toEqual([['efficacy-lab:wiped', expect.stringMatching(/^[a-z0-9]{1,12}$/)]]);
});

test('storage health says what is stored and explains how browsers delete data', async ({ page }) => {
  await saveSome(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  const health = page.locator('[data-storage-health]');
  await expect(health).toContainText('Working.');
  await expect(health).toContainText(/\d+(\.\d)? KB/);
  await expect(health).toContainText('Never, in this browser.');
  await expect(page.getByText(/Safari deletes it after seven days/)).toBeVisible();
});

test('the workbook passes axe with and without data, and prints without its controls', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  await expectNoAxeViolations(page, 'on an empty workbook');
  await saveSome(page);
  await page.goto('/workbook/');
  await hydrated(page, 'workbook');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expectNoAxeViolations(page, 'on a workbook with data');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-workbook-exercise="cant-rewriter"]')).toBeVisible();
  expect(errors).toEqual([]);
});
