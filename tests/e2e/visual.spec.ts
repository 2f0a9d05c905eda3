import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';

// How the site looks, compared with screenshots kept in the repo (visual.spec.ts-snapshots/), so a
// change in look shows in review. The home page, a lesson, the grid with two saved rounds and the
// review page with a class's hand-ins, in both themes, on a 390 px phone and a 1366 px laptop.
// After a deliberate change of look: `npm run test:visual:update`, then look at the new images.
//
// The same pixels on any machine: the reading face ships with the site (src/styles/fonts.css), and the
// interface's system sans and monospace, which are whatever a device has, are drawn here in DejaVu
// Sans and DejaVu Sans Mono from the project's own devDependencies (@fontsource/dejavu-sans, -mono),
// not from the fonts a machine happens to have installed.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'saved');
const FONT_FILES = join(import.meta.dirname, '..', '..', 'node_modules', '@fontsource');
const face = (family: string, file: string, weight: number, style: string) =>
  `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/woff2;base64,${readFileSync(join(FONT_FILES, file)).toString('base64')}) format('woff2'); }`;
const PINNED_FONTS = [
  face('Pinned Sans', 'dejavu-sans/files/dejavu-sans-latin-400-normal.woff2', 400, 'normal'),
  face('Pinned Sans', 'dejavu-sans/files/dejavu-sans-latin-400-italic.woff2', 400, 'italic'),
  face('Pinned Sans', 'dejavu-sans/files/dejavu-sans-latin-700-normal.woff2', 700, 'normal'),
  face('Pinned Mono', 'dejavu-mono/files/dejavu-mono-latin-400-normal.woff2', 400, 'normal'),
  // Unlayered, so it wins over the design tokens' layer in both themes.
  ":root { --font-ui: 'Pinned Sans'; --font-mono: 'Pinned Mono'; }",
].join('\n');

/** The grid as the site shipped it (one round), plus a later round to compare with. */
function gridWithTwoRounds(): string {
  const saved = JSON.parse(readFileSync(join(FIXTURES, 'efficacy-grid', 'v1.json'), 'utf8'));
  const [first] = saved.data.entries;
  const later = {
    ...first,
    id: 'a7d1c0de-0000-4000-8000-000000000002',
    ratings: [
      { domain: 'Work or study', rating: 8 },
      { domain: 'Money', rating: 5 },
      { domain: 'Friends', rating: 8 },
      { domain: 'Cooking', rating: 4 },
    ],
    success: 'pay one bill on the day it arrives',
    createdAt: '2026-12-08T18:00:00.000Z',
    updatedAt: '2026-12-08T18:00:00.000Z',
  };
  saved.data.entries = [later, first];
  return JSON.stringify(saved);
}

const AREAS = ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'];
const handIn = (student: string, ratings: number[], n: number) => ({
  handIn: {
    v: 1,
    assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B', areas: AREAS },
    student,
    handedInAt: `2026-12-0${n}T10:00:00.000Z`,
    entries: [
      {
        exercise: 'efficacy-grid',
        createdAt: `2026-12-0${n}T09:00:00.000Z`,
        fields: { ratings: ratings.map((rating, i) => ({ domain: AREAS[i], rating })), focus: AREAS[2], success: 'Ask one question' },
      },
    ],
    reflections: [{ practice: 'efficacy-grid', text: 'Speaking is the hard one.' }],
  },
  id: `0b1c2d3e-0000-4000-8000-00000000000${n}`,
  createdAt: `2026-12-0${n}T11:00:00.000Z`,
  updatedAt: `2026-12-0${n}T11:00:00.000Z`,
});
const keptHandIns = JSON.stringify({
  app: 'efficacy-lab',
  exercise: 'hand-ins',
  version: 2,
  updatedAt: '2026-12-04T11:00:00.000Z',
  data: {
    entries: [handIn('Ana', [3, 7, 2, 6], 2), handIn('Ben', [5, 6, 4, 8], 3), handIn('Cy', [7, 4, 3, 5], 4)],
    draft: { value: {}, updatedAt: '' },
  },
});

const PAGES: { name: string; path: string; island?: string; seed?: Record<string, string>; shot?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'lesson', path: '/lessons/esteem-vs-efficacy/' },
  {
    name: 'grid',
    path: '/practice/efficacy-grid/',
    island: 'efficacy-grid',
    seed: { 'efficacy-lab:data:efficacy-grid': gridWithTwoRounds() },
    shot: '[data-island="efficacy-grid"]',
  },
  { name: 'review', path: '/teach/review/', island: 'review', seed: { 'efficacy-lab:data:hand-ins': keptHandIns }, shot: 'main' },
];

async function screenshotBothThemes(page: Page, name: string, shot?: string) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const options = { maxDiffPixelRatio: 0.01, animations: 'disabled' as const };
    if (shot) await expect(page.locator(shot)).toHaveScreenshot(`${name}-${theme}.png`, options);
    else await expect(page).toHaveScreenshot(`${name}-${theme}.png`, options);
  }
}

for (const width of [390, 1366]) {
  test.describe(`${width} px`, () => {
    // The pinned fonts go in as a <style> with data: URLs, which the site's CSP rightly refuses.
    test.use({ viewport: { width, height: width === 390 ? 844 : 768 }, bypassCSP: true });
    for (const p of PAGES) {
      test(`${p.name} looks as it did`, async ({ page }) => {
        if (p.seed) {
          await page.addInitScript((seed) => {
            for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
          }, p.seed);
        }
        await page.goto(p.path);
        await page.addStyleTag({ content: PINNED_FONTS });
        if (p.island) await expect(page.locator(`[data-island="${p.island}"] astro-island:not([ssr])`)).toBeAttached();
        // Lazy parts (saved rounds, "then and now") arrive after hydration: on a loaded machine they came in
        // while the screenshots were being compared, so wait until nothing more is being fetched.
        await page.waitForLoadState('networkidle');
        // The pinned faces load at once (they are data: URLs), then every face the page asked for.
        await page.evaluate(() => Promise.all([...document.fonts].filter((f) => f.family.includes('Pinned')).map((f) => f.load())));
        await page.evaluate(() => document.fonts.ready);
        // Every face the page uses has loaded: nothing on it is drawn in a machine's own fonts.
        const faces = await page.evaluate(() =>
          [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
        );
        expect(faces).toContain('Pinned Sans');
        if (p.name === 'lesson') expect(faces).toContain('Charis SIL');
        await screenshotBothThemes(page, `${p.name}-${width}`, p.shot);
      });
    }
  });
}
