import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS } from './tools';

// The practice tools of the protocol (issue 7). The saving layer they share is tested in depth on
// the first three exercises (exercises.spec.ts: blocked storage, two tabs); here each tool gets one
// visit that covers what is its own: unreadable saved data kept aside, every step with the keyboard
// alone, what the tool says back, axe, and the entry still there after a reload.

const dataKey = (id: string) => `efficacy-lab:data:${id}`;

for (const tool of TOOLS) {
  test(`${tool.id}: unreadable saved data kept aside, filled with the keyboard alone, axe clean, kept after a reload`, async ({ page }) => {
    const errors = watchErrors(page);
    const corrupt = `{"app":"efficacy-lab","exercise":"${tool.id}","version":1,"data":{"entries":[{"id":`;
    await page.addInitScript(
      ([key, value]) => {
        // Only on the first load: the reload below must read what the tool saved.
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [dataKey(tool.id), corrupt],
    );
    await page.goto(`/practice/${tool.id}/`);
    const island = page.locator(`[data-island="${tool.id}"] astro-island:not([ssr])`);
    await expect(island).toBeAttached();
    await expect(page.locator('[data-kept-aside]')).toContainText('could not be read');
    const kept = await page.evaluate(
      (id) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`efficacy-lab:backup:${id}:`))
          .map((k) => localStorage.getItem(k)),
      tool.id,
    );
    expect(kept).toEqual([corrupt]);

    await tool.fillWithKeyboard(page);
    const list = page.locator(`#${tool.id}-entries`);
    await expect(list.locator('.entry')).toHaveCount(1);
    await expect(list).toContainText(tool.saved);
    await expect(page.locator('[data-save-indicator]')).toHaveText(/Saved/);
    await expectNoAxeViolations(page, `on /practice/${tool.id}/ filled in`);

    await page.reload();
    await expect(island).toBeAttached();
    await expect(list.locator('.entry')).toHaveCount(1);
    await expect(list).toContainText(tool.saved);
    expect(errors).toEqual([]);
  });
}

// Inside a lesson's text, a second tool is shown on request: one keypress opens it in place, with
// focus on its first control, and the opened page passes axe.
for (const [lesson, tool] of [
  ['building-efficacy', 'attribution-audit'],
  ['four-sources', 'sources-sorter'],
  ['esteem-vs-efficacy', 'esteem-or-efficacy'],
] as const) {
  test(`/lessons/${lesson}/: the ${tool} opens in place from the keyboard`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/lessons/${lesson}/`);
    const section = page.locator(`[data-exercise="${tool}"]`);
    await expect(section.locator(`[data-island="${tool}"]`)).toBeHidden();
    // A button, since it opens the worksheet in place (issue 26); without JavaScript its form goes to the tool's own page.
    const open = section.getByRole('button', { name: 'Open the worksheet here' });
    await expect(section.getByRole('link', { name: 'Open the worksheet here' })).toHaveCount(0);
    await expect(section.locator('form:has(button[data-open])')).toHaveAttribute('action', `/practice/${tool}/`);
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(section.locator(`[data-island="${tool}"] astro-island:not([ssr])`)).toBeVisible();
    await expect(open).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson}/$`));
    await expect(section.locator(':focus')).toHaveCount(1);
    if (tool === 'attribution-audit') await expectNoAxeViolations(page, `on /lessons/${lesson}/ with the ${tool} open`);
    expect(errors).toEqual([]);
  });
}

// Every tool's saved data as the site shipped it (tests/fixtures/saved: each made by filling the tool in
// exactly as TOOLS does); filling them in again here would repeat the tests above.
const SHIPPED = Object.fromEntries(
  TOOLS.map((t) => [dataKey(t.id), readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', t.id, 'v1.json'), 'utf8')]),
);
const SHIPPED_WEEK = '2026-11-30'; // the fixtures were saved that week (1 December 2026; the belief ladder's on 6 December)

test('every tool’s entry is in the workbook, survives export and import byte for byte, and can be handed in', async ({
  page,
  browser,
}, info) => {
  const errors = watchErrors(page);
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return; // once: the import below must not be undone by a reload
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, SHIPPED);
  const stored = () =>
    page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => k.startsWith('efficacy-lab:data:'))
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    );

  // The workbook lists each, readable (versions, marks and answers as text).
  await page.goto('/workbook/');
  await expect(page.locator('[data-island="workbook"] astro-island:not([ssr])')).toBeAttached();
  for (const tool of TOOLS) await expect(page.locator(`[data-workbook-exercise="${tool.id}"]`)).toContainText(tool.saved);
  await expect(page.locator('[data-workbook-exercise="goal-sizer"]')).toContainText(
    'Run 10 km every day (4/10) → Run 2 km on Saturday (8/10)',
  );
  await expect(page.locator('[data-workbook-exercise="attribution-audit"]')).toContainText('About: fixed ability or talent');
  await expect(page.locator('[data-workbook-exercise="sources-sorter"]')).toContainText('(the lesson: Verbal persuasion)');
  const before = await stored();
  expect(Object.keys(before).sort()).toEqual(Object.keys(SHIPPED).sort());

  // Export, clear, import: the same bytes back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const file = info.outputPath('tools-export.json');
  await download.saveAs(file);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-island="workbook"] astro-island:not([ssr])')).toBeAttached();
  await expect(page.locator('[data-workbook-empty]')).toBeVisible();
  await page.getByLabel('File to import').setInputFiles(file);
  const preview = page.locator('[data-import-preview]');
  for (const label of [
    'The goal sizer',
    'The win ledger',
    'Sort the four sources',
    'Esteem or efficacy?',
    'The attribution audit',
    'The belief ladder',
  ]) {
    await expect(preview).toContainText(label);
  }
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('[data-import-done]')).toContainText('Imported');
  expect(await stored()).toEqual(before);

  // Hand in: an assignment of the lessons that teach the tools offers every entry.
  await page.goto(`/assignment/?p=catch-one-cant%2Csmallest-step%2Crun-the-protocol%2Cbank-a-win%2Crate-a-ladder&w=${SHIPPED_WEEK}`);
  await expect(page.locator('[data-island="assignment-view"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('Your name', { exact: true }).fill('Alex');
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const handIn = await page.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  expect(errors).toEqual([]);

  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto(handIn);
  await expect(teacher.locator('[data-island="review"] astro-island:not([ssr])')).toBeAttached();
  const work = teacher.locator('[data-hand-in]');
  await expect(work.getByRole('heading', { name: 'Alex' })).toBeVisible();
  for (const tool of TOOLS) await expect(work).toContainText(tool.saved);
  await expect(work).toContainText('Run 10 km every day (4/10) → Run 2 km on Saturday (8/10)');
  await expect(work).toContainText('Mastery experience, Vicarious experience, Verbal persuasion, Physiological and emotional states');
  await expect(work).toContainText('Outcome: setback; In my control: partly');
  await expect(work).toContainText(
    'Check my bank balance (95) → Pay a bill online (80) → Make a budget for the month (40) → Ask for a pay rise (20)',
  );
});

// Code that loads on demand can fail to arrive. Nothing stays "Loading…" forever: a lazy part says so
// and offers to try again; a tool opened on request falls back to its own page.
test('a lazy part that fails to load says so, and Try again loads it', async ({ page }) => {
  await page.route('**/GoalVerdict.lazy.*.js', (route) => route.abort());
  await page.goto('/practice/goal-sizer/');
  await expect(page.locator('[data-island="goal-sizer"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('2. Your goal for this week').fill('Run 2 km on Saturday');
  const failed = page.locator('[data-lazy-failed]');
  await expect(failed).toBeVisible();
  await page.unroute('**/GoalVerdict.lazy.*.js');
  const loaded = page.waitForResponse((r) => /GoalVerdict\.lazy\..*\.js$/.test(r.url()) && r.ok());
  await failed.getByRole('button', { name: 'Try again' }).click();
  await loaded;
  await expect(failed).toHaveCount(0);
});

// The verdict after a rating takes focus even when its code arrives after the click (it once did not).
test('a slow verdict still takes focus once it arrives', async ({ page }) => {
  // Held back until the rating has been clicked: it arrives after the click by construction.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/GoalVerdict.lazy.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/practice/goal-sizer/');
  await expect(page.locator('[data-island="goal-sizer"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('1. The small area').fill('Running');
  await page.getByLabel('2. Your goal for this week').fill('Run 10 km every day');
  await page.locator('#goal-sizer-confidence-4').check();
  await page.getByRole('button', { name: 'Rate this version' }).click();
  release();
  await expect(page.locator('#goal-sizer-step')).toBeFocused();
});

// Two answers given before the worksheet renders again (fast taps, a slow phone) must both count: the
// audit once built each change from the last render's marks, so the second dropped the first.
test('the attribution audit keeps two marks chosen at once', async ({ page }) => {
  await page.goto('/practice/attribution-audit/');
  await expect(page.locator('[data-island="attribution-audit"] astro-island:not([ssr])')).toBeAttached();
  const partly = page.getByRole('group', { name: /in your control/ }).getByRole('radio', { name: 'Partly' });
  const same = page.getByRole('group', { name: /same next time/ }).getByRole('radio', { name: 'Yes' });
  const handles = [await partly.elementHandle(), await same.elementHandle()];
  await page.evaluate((boxes) => boxes.forEach((box) => (box as HTMLInputElement).click()), handles);
  await expect(partly).toBeChecked();
  await expect(same).toBeChecked();
});

test('without JavaScript, "Open the worksheet here" goes to the tool’s own page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/four-sources/');
  await page.locator('[data-exercise="sources-sorter"]').getByRole('button', { name: 'Open the worksheet here' }).click();
  await expect(page).toHaveURL(/\/practice\/sources-sorter\/\??$/);
  await expect(page.locator('[data-island="sources-sorter"]')).toBeVisible();
  await context.close();
});

test('a tool on request whose code cannot load opens its own page instead', async ({ page }) => {
  // Every attempt fails (Astro tries a second time, a second later, with a query string).
  await page.route(/\/AttributionAudit\.[\w-]+\.js(\?.*)?$/, (route) => route.abort());
  await page.goto('/lessons/building-efficacy/');
  await page.locator('[data-exercise="attribution-audit"]').getByRole('button', { name: 'Open the worksheet here' }).click();
  await expect(page).toHaveURL(/\/practice\/attribution-audit\/$/, { timeout: 10_000 });
});

test('the grid says so when its checks cannot load on Save, and keeps the round in the draft', async ({ page }) => {
  await page.route(/\/GridErrors\.lazy\.[\w-]+\.js(\?.*)?$/, (route) => route.abort());
  await page.goto('/practice/efficacy-grid/');
  await expect(page.locator('[data-island="efficacy-grid"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('Area 1').fill('Money');
  await page.getByRole('button', { name: 'Save this round' }).click();
  await expect(page.locator('[data-lazy-failed]')).toBeVisible();
  await expect(page.getByLabel('Area 1')).toHaveValue('Money');
});

test('the win ledger’s cards lead with the day of the win, and an area typed two ways is shown one way', async ({ page }) => {
  const win = (text: string, domain: string, day: string, createdAt: string, n: number) => ({
    win: text,
    domain,
    difficulty: 'a stretch',
    day,
    id: `72adee17-b9e7-4040-8d2c-6e5a30d8d3b${n}`,
    createdAt,
    updatedAt: createdAt,
  });
  const saved = {
    app: 'efficacy-lab',
    exercise: 'win-ledger',
    version: 1,
    updatedAt: '2026-12-01T21:33:43.840Z',
    data: {
      entries: [
        win('Asked a question in the team meeting', 'Work', '2026-11-25', '2026-12-01T21:33:43.840Z', 1),
        win('Handed in the essay on time', 'school', '2026-11-28', '2026-11-29T08:10:00.000Z', 2),
        win('Read a page aloud in class', 'School', '2026-11-27', '2026-11-27T18:00:00.000Z', 3),
        win('Finished the maths sheet', 'School', '2026-11-26', '2026-11-26T18:00:00.000Z', 4),
      ],
      draft: { value: { win: '', domain: '', difficulty: '', day: '' }, updatedAt: '2026-12-01T21:33:43.840Z' },
    },
  };
  await page.addInitScript((text) => localStorage.setItem('efficacy-lab:data:win-ledger', text), JSON.stringify(saved));
  await page.goto('/practice/win-ledger/');
  const cards = page.locator('#win-ledger-entries .entry');
  await expect(cards).toHaveCount(4);
  // The day of the win first, in the card's heading line; when it was banked after it, quieter.
  const heading = cards.nth(0).locator('.entry__when');
  await expect(heading).toHaveText(/^Nov 28, 2026\b.*Banked Nov 29, 2026, 8:10 AM/);
  const day = await heading.locator('.entry__day').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const banked = await heading.locator('.entry__banked').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(day).toBeGreaterThan(banked);
  await expect(cards.last().locator('.entry__when')).toHaveText(/^Nov 25, 2026\b.*Banked Dec 1, 2026/);
  // "school" and "School" are one area, shown as "School" (typed that way most often) everywhere.
  await expect(cards.nth(0)).toContainText('School');
  await expect(cards.nth(0)).not.toContainText('school');
  await expect(page.getByText('So far: School, Work.')).toBeAttached();
  await expect(page.locator('.ledger')).not.toContainText('school');
  await expect(page.locator('.ledger')).toContainText('School');
});
