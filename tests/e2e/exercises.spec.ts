import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, typeInto, watchErrors, type ExerciseCase } from './helpers';

// The three core worksheets, in a real browser: filled in with the keyboard alone, saved, reloaded,
// and through axe. The saving layer they all share (unreadable data kept aside, storage blocked, two
// tabs) is proved once, on the first of them; its logic is unit-tested in tests/unit/storage/.

const CASES: ExerciseCase[] = [
  {
    id: 'cant-rewriter',
    saved: /I don't yet know how to speak in public/,
    async fillWithKeyboard(page) {
      await typeInto(page, 'Your thought', "I can't do public speaking");
      await expect(page.getByLabel('Rewritten as a task')).toHaveValue("I don't yet know how to speak in public.");
      await page.keyboard.press('Tab'); // to the rewrite, left as suggested
      await page.keyboard.press('Tab'); // to the skill
      await page.keyboard.type('opening a talk with one clear sentence');
      await page.keyboard.press('Tab');
      await page.keyboard.type('write that sentence tonight');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Save this rewrite' })).toBeFocused();
      await page.keyboard.press('Enter');
    },
  },
  {
    id: 'self-compassion',
    saved: /what you would tell a friend: one bad exam is not you/,
    async fillWithKeyboard(page) {
      await typeInto(page, /Line one/, 'You always mess this up.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('what you would tell a friend: one bad exam is not you');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    },
  },
  {
    id: 'efficacy-grid',
    saved: /cook one new recipe/,
    async fillWithKeyboard(page) {
      const ratings = [7, 3, 8, 5];
      const names = ['Work or study', 'Money', 'Friends', 'Cooking'];
      for (const [i, name] of names.entries()) {
        await typeInto(page, `Area ${i + 1}`, name);
        await page.keyboard.press('Tab'); // into the rating group: lands on its first radio
        await page.keyboard.press('Space'); // choose 1
        for (let k = 1; k < ratings[i]!; k++) await page.keyboard.press('ArrowRight');
      }
      await expect(page.getByRole('radio', { name: /Money \(3, your lowest\)/ })).toBeVisible();
      await page.getByRole('radio', { name: /Money \(3/ }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.type('cook one new recipe on Sunday');
      await page.getByRole('button', { name: 'Save this round' }).focus();
      await page.keyboard.press('Enter');
    },
  },
];

async function open(page: Page, id: string): Promise<void> {
  await page.goto(`/practice/${id}/`);
  await expect(page.locator(`[data-island="${id}"] astro-island:not([ssr])`)).toBeAttached();
}

const dataKey = (id: string) => `efficacy-lab:data:${id}`;

for (const c of CASES) {
  test.describe(c.id, () => {
    test('filled in with the keyboard alone, saved, passes axe, and is still there after a reload', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, c.id);
      await c.fillWithKeyboard(page);
      const list = page.locator(`#${c.id}-entries`);
      await expect(list.locator('.entry')).toHaveCount(1);
      await expect(list).toContainText(c.saved);
      await expect(page.locator('[data-save-indicator]')).toHaveText(/Saved/);
      await expectNoAxeViolations(page, `on /practice/${c.id}/ filled in`);
      // Saving the now-empty form clears the earlier "Saved" (reported: it stayed beside "Write a thought first.").
      const said = page.locator(`[data-island="${c.id}"] .exercise__saved`);
      await expect(said).not.toBeEmpty();
      await page.locator(`[data-island="${c.id}"] button[type="submit"]`).click();
      await expect(said).toBeEmpty();
      await page.reload();
      await expect(page.locator(`[data-island="${c.id}"] astro-island:not([ssr])`)).toBeAttached();
      await expect(page.locator(`#${c.id}-entries .entry`)).toHaveCount(1);
      await expect(page.locator(`#${c.id}-entries`)).toContainText(c.saved);
      expect(errors).toEqual([]);
    });
  });
}

// The shared saving layer, on one worksheet.
const SHARED = CASES[0]!;
test.describe(`${SHARED.id}: the saving layer`, () => {
  test('corrupt saved data: kept aside under a backup key, and the exercise still works', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, SHARED.id);
    const corrupt = '{"app":"efficacy-lab","exercise":"' + SHARED.id + '","version":1,"data":{"entries":[{"id":';
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [dataKey(SHARED.id), corrupt]);
    await page.reload();
    await expect(page.locator(`[data-island="${SHARED.id}"] astro-island:not([ssr])`)).toBeAttached();
    await expect(page.locator('[data-kept-aside]')).toContainText('could not be read');
    const kept = await page.evaluate((id) => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith(`efficacy-lab:backup:${id}:`));
      return keys.map((k) => localStorage.getItem(k));
    }, SHARED.id);
    expect(kept).toEqual([corrupt]);
    await SHARED.fillWithKeyboard(page);
    await expect(page.locator(`#${SHARED.id}-entries .entry`)).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('storage blocked: the exercise works and says it is not saving', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await open(page, SHARED.id);
    await expect(page.locator('[data-storage-problem="blocked"]')).toContainText('not being saved');
    await expect(page.locator('[data-save-indicator]')).toHaveText(/Not saved/);
    await SHARED.fillWithKeyboard(page);
    await expect(page.locator(`#${SHARED.id}-entries`)).toContainText(SHARED.saved);
    expect(errors).toEqual([]);
  });

  test('two tabs: an entry saved in one appears in the other', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first, SHARED.id);
    await open(second, SHARED.id);
    await SHARED.fillWithKeyboard(first);
    await expect(first.locator(`#${SHARED.id}-entries .entry`)).toHaveCount(1);
    await expect(second.locator(`#${SHARED.id}-entries .entry`)).toHaveCount(1);
    await expect(second.locator(`#${SHARED.id}-entries`)).toContainText(SHARED.saved);
  });
});

test('the rewriter writes the task alone and shows the verdict apart, with a link to the lesson', async ({ page }) => {
  await open(page, 'cant-rewriter');
  await typeInto(page, 'Your thought', "I can't draw, I have zero talent");
  await expect(page.getByLabel('Rewritten as a task')).toHaveValue("I don't yet know how to draw.");
  const verdict = page.locator('[data-left-out-kind="verdict"]');
  await expect(verdict).toContainText('I have zero talent');
  await expect(verdict.getByRole('link')).toHaveAttribute('href', '/lessons/esteem-vs-efficacy/#two-questions-that-sound-alike');
  await expectNoAxeViolations(page);
});

// Issue 26's repro: the comparison's lesson link pointed at a heading that had been renamed.
test('the rewriter’s lesson link for a comparison lands on its heading in the lesson', async ({ page }) => {
  await open(page, 'cant-rewriter');
  await typeInto(page, 'Your thought', "I'll never speak French like my sister");
  await expect(page.getByLabel('Rewritten as a task')).toHaveValue("I don't yet know how to speak French.");
  const comparison = page.locator('[data-left-out-kind="comparison"]');
  await expect(comparison).toContainText('Like my sister');
  await expect(page.locator('[data-left-out-kind="forecast"]')).toContainText("I'll never");
  const link = comparison.getByRole('link');
  const name = (await link.textContent())!.replace(/^Lesson: /, '');
  await link.click();
  await expect(page).toHaveURL(/\/lessons\/esteem-vs-efficacy\/#./);
  // the fragment names an element of the lesson: the heading the link shows
  const heading = page.locator(':target');
  await expect(heading).toHaveText(name);
  await expect(heading).toBeInViewport();
});

test('deleting asks once and can be undone', async ({ page }) => {
  await open(page, 'cant-rewriter');
  await CASES[0]!.fillWithKeyboard(page);
  const list = page.locator('#cant-rewriter-entries');
  await list.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.locator('.entry')).toHaveCount(0);
  await expect(list.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.locator('.entry')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('#cant-rewriter-entries .entry')).toHaveCount(1);
});

test('editing a saved entry saves as you type', async ({ page }) => {
  await open(page, 'self-compassion');
  await CASES[1]!.fillWithKeyboard(page);
  const list = page.locator('#self-compassion-entries');
  await list.getByRole('button', { name: 'Edit' }).click();
  const first = list.getByLabel(/Line one: inner critic/);
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (but not always)');
  await list.getByRole('button', { name: 'Done editing' }).click();
  await expect(list).toContainText('You always mess this up. (but not always)');
  await page.reload();
  await expect(page.locator('#self-compassion-entries')).toContainText('(but not always)');
});

test('the self-criticism line is marked private and is not handed in by default', async ({ page }) => {
  await open(page, 'self-compassion');
  await expect(page.getByText('Private').first()).toBeVisible();
  await CASES[1]!.fillWithKeyboard(page);
  await expect(page.locator('#self-compassion-entries')).toContainText('Only line two is included.');
});

test('the grid keeps earlier rounds and shows how each area changed', async ({ page }) => {
  await open(page, 'efficacy-grid');
  await CASES[2]!.fillWithKeyboard(page);
  await page.getByRole('button', { name: 'Rate again, starting from your last round' }).click();
  // Today's grid drawn as bars (loaded once there is a rating), a low area named in words, not colour alone.
  const today = page.getByRole('figure', { name: 'Your grid today' });
  await expect(today.getByRole('listitem').filter({ hasText: 'Money' })).toContainText('3/10 · Low');
  await page
    .getByRole('group', { name: /handle Money/ })
    .getByRole('radio', { name: '6' })
    .check();
  await expect(page.getByRole('radio', { name: 'Cooking (5, your lowest)' })).toBeVisible();
  await page.getByRole('radio', { name: 'Money (6)' }).check();
  await page.getByLabel(/One small success/).fill('pay one bill on time');
  await page.getByRole('button', { name: 'Save this round' }).click();
  await expect(page.locator('#efficacy-grid-entries .entry')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'How your areas have changed' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How your areas have changed' })).toContainText('Money: 3 → 6 (up 3)');

  // Then and now: paired bars (then outlined, now solid) and, for screen readers, a real table
  // comparing the latest round with an earlier one, changes in words.
  await expect(page.getByRole('heading', { name: 'Then and now' })).toBeVisible();
  const compareWith = page.getByLabel('Compare with');
  await expect(compareWith.locator('option')).toHaveCount(1);
  await expect(page.locator('.grid-then-now [role="status"]')).toHaveText('Up in 1 area, the same in 3.');
  await expect(page.getByRole('figure', { name: /Your ratings then/ })).toContainText('3 → 6 · +3');
  const table = page.getByRole('table', { name: /Your ratings then/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Area', 'Then', 'Now', 'Change']);
  await expect(table.getByRole('rowheader')).toHaveText(['Work or study', 'Money', 'Friends', 'Cooking']);
  await expect(table.getByRole('row', { name: /Money/ }).getByRole('cell')).toHaveText(['3', '6', '+3']);
  await expect(table.getByRole('row', { name: /Cooking/ }).getByRole('cell')).toHaveText(['5', '5', 'same']);
  await expectNoAxeViolations(page, 'on /practice/efficacy-grid/ with two rounds (then and now)');
});

test('a reader without JavaScript gets a blank worksheet to print', async ({ browser }) => {
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const c of CASES) {
    await page.goto(`/practice/${c.id}/`);
    await expect(page.locator(`[data-exercise="${c.id}"] form`)).toBeVisible();
    await expect(page.locator(`[data-exercise="${c.id}"] textarea, [data-exercise="${c.id}"] input[type="text"]`).first()).toBeVisible();
  }
  await context.close();
});
