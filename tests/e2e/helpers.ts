import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** axe-core, as the script a page runs. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page path the built sitemap lists ("/", "/about/", ...). Read when tests are collected. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` before the end-to-end tests.');
  const paths = files.flatMap((file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

export const LESSON_PATHS = () => sitemapPaths().filter((p) => p.startsWith('/lessons/'));

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** An exercise as the end-to-end tests drive it. */
export interface ExerciseCase {
  id: string;
  /** Fills the exercise and saves one entry with the keyboard only, checking what it says on the way. */
  fillWithKeyboard: (page: Page) => Promise<void>;
  /** Text that shows in the saved entry. */
  saved: RegExp;
}

/** Focuses a field the way a keyboard user arrives at it, then types. */
export async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page
    .getByLabel(label, { exact: typeof label === 'string' })
    .first()
    .focus();
  await page.keyboard.type(text);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe rules whose outcome depends on colours: all that changes between the two themes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe with the WCAG 2.2 AA tags and fails with a readable list of violations. `coloursOnly`
 * runs just the colour rules, for a second theme of a page already checked in full.
 *
 * axe-core's own API, run in the page: the script is put in once per page load and then run as often
 * as needed. (@axe-core/playwright put all 550 KB of it in again for every analysis, which cost more
 * than the analysis itself: about 0.7 s a time.)
 */
export async function expectNoAxeViolations(page: Page, context = '', { coloursOnly = false } = {}): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options = {
    runOnly: coloursOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: AXE_TAGS },
    // Only violations are reported; asking axe not to detail every passing node halves its run time.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return (await axe.run(document, opts)).violations;
  }, options);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
}
