// Issue 26: details a newcomer trips over on a phone and a laptop. A wide table shows that it scrolls
// and every column can be reached; number badges sit on their title's baseline; every checkbox and
// radio has the site's one style and a target of at least 24 × 24 px; the teacher pages and the
// workbook use the width their tables need while reading pages keep their measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { LESSON_PATHS } from './helpers';

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a lesson table wider than the screen says it scrolls, fades at its edge and shows every column when scrolled', async ({ page }) => {
    let wide = 0;
    for (const path of LESSON_PATHS()) {
      await page.goto(path);
      for (const region of await page.locator('.table-scroll').all()) {
        const { scrolls, name, tabIndex } = await region.evaluate((el) => ({
          scrolls: el.scrollWidth > el.clientWidth + 1,
          name: el.getAttribute('aria-label') ?? '',
          tabIndex: (el as HTMLElement).tabIndex,
        }));
        if (!scrolls) continue;
        wide += 1;
        const where = `${path} ${name}`;
        // Reachable by keyboard, with a name; the hint in words, visible, above the table.
        expect(tabIndex, where).toBe(0);
        expect(name, where).toMatch(/^Table: /);
        const hint = region.locator('xpath=ancestor::div[contains(@class, "table-wrap")]').locator('.table-hint');
        await expect(hint, where).toBeVisible();
        await expect(hint, where).toContainText(/scroll/i);
        // The edge fade: a visible gradient over the right edge while there is more to the right.
        const fade = await region.evaluate((el) => {
          const after = getComputedStyle(el.parentElement!, '::after');
          return { image: after.backgroundImage, display: after.display, width: parseFloat(after.width) };
        });
        expect(fade.display, where).not.toBe('none');
        expect(fade.image, where).toMatch(/gradient/);
        expect(fade.width, where).toBeGreaterThanOrEqual(16);
        // Every column's heading is fully in view at some scroll position (the key column is the last).
        const lastHeading = region.locator('th').last();
        await region.focus();
        for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
        const frame = (await region.boundingBox())!;
        // Keyboard scrolling is animated: wait for it to settle at the end.
        await expect
          .poll(async () => {
            const box = (await lastHeading.boundingBox())!;
            return box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1;
          }, where)
          .toBe(true);
      }
    }
    expect(wide, 'lesson 1’s comparison table is wider than a 390 px phone').toBeGreaterThan(0);
  });
});

/** The vertical position of the baseline of an element's first line: a zero-size inline-block sits on it. */
async function baselineOf(page: Page, selector: string, index: number): Promise<number> {
  return page
    .locator(selector)
    .nth(index)
    .evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
      el.prepend(probe);
      const y = probe.getBoundingClientRect().bottom;
      probe.remove();
      return y;
    });
}

for (const width of [390, 1366]) {
  test(`numbered lists: each number sits on its title’s baseline (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [path, title] of [
      ['/practice/', '.course-list > li > h2 a'],
      ['/', '.course-list > li > h3 a'],
    ] as const) {
      await page.goto(path);
      const count = await page.locator('.course-list > li').count();
      expect(count, path).toBeGreaterThan(3);
      for (let i = 0; i < count; i++) {
        const number = await baselineOf(page, '.course-list__number', i);
        const heading = await baselineOf(page, title, i);
        expect(Math.abs(number - heading), `${path} item ${i + 1}`).toBeLessThanOrEqual(1);
      }
    }
  });
}

test('every checkbox and radio has the site’s one style and a target of at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Kept hand-ins: the review page's "Hide students' names" shows with them.
  const handIns = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', 'hand-ins', 'v1.json'), 'utf8');
  await page.addInitScript((text) => localStorage.setItem('efficacy-lab:data:hand-ins', text), handIns);
  const styles = new Set<string>();
  const small: string[] = [];
  const paths = ['/teach/', '/teach/review/', '/practice/attribution-audit/', '/practice/win-ledger/', '/lessons/the-evidence/'];
  for (const path of paths) {
    await page.goto(path);
    // Islands hydrate and the role filter shows once the page's scripts have run.
    await page.waitForLoadState('networkidle');
    if (path.startsWith('/lessons/')) await expect(page.locator('[data-role-filter]')).toBeVisible();
    else await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const found = await page.locator('input[type="checkbox"]:visible, input[type="radio"]:visible').evaluateAll((inputs) =>
      inputs.map((input) => {
        const box = input.getBoundingClientRect();
        const style = getComputedStyle(input);
        return {
          id: input.id || input.getAttribute('name') || input.outerHTML.slice(0, 60),
          width: box.width,
          height: box.height,
          style: `${style.accentColor} ${style.appearance}`,
        };
      }),
    );
    expect(found.length, `${path} has checkboxes or radios`).toBeGreaterThan(0);
    for (const input of found) {
      styles.add(input.style);
      if (input.width < 24 || input.height < 24) small.push(`${path} ${input.id}: ${input.width} × ${input.height}`);
    }
  }
  expect(small).toEqual([]);
  expect([...styles]).toHaveLength(1);
});

test.describe('on a 1366 px laptop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the teacher pages and the workbook are wider than the reading column; reading pages keep their measure', async ({ page }) => {
    const widthOf = async (path: string) => {
      await page.goto(path);
      return page.locator('main').evaluate((main) => Math.max(...[...main.children].map((c) => c.getBoundingClientRect().width)));
    };
    for (const path of ['/teach/', '/teach/review/', '/workbook/']) expect(await widthOf(path), path).toBeGreaterThan(900);
    for (const path of ['/practice/', '/practice/win-ledger/', '/about/', '/glossary/', '/references/']) {
      expect(await widthOf(path), path).toBeLessThanOrEqual(800);
    }
    // Prose on the wide pages keeps a reading line.
    await page.goto('/teach/');
    const lead = await page.locator('main .lead').boundingBox();
    expect(lead!.width).toBeLessThanOrEqual(800);
  });
});
