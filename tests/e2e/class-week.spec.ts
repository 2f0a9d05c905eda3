import { test, expect, type Browser, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import type { HandIn } from '../../src/lib/transfer/hand-in';
import { expectNoAxeViolations, watchErrors } from './helpers';

// A whole week with a class, as issue 13 describes it: the teacher builds an assignment with four
// shared grid areas; three students, each in a browser of their own, open it, fill the grid and one
// other practice and hand in (two by link, one by file); the teacher opens them one after another in
// the same tab and sees the roster and the class grid; a second week's hand-ins show the change.

const AREAS = ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'];
const STUDENTS = [
  { name: 'Ana', ratings: [3, 6, 2, 8] },
  { name: 'Ben', ratings: [5, 6, 2, 9] },
  { name: 'Cy', ratings: [4, 7, 1, 9] },
];

// A hand-in code as the student's page makes it (raw deflate, base64url), for the second week.
const encode = (handIn: HandIn) => `h1.${deflateRawSync(JSON.stringify(handIn), { level: 9 }).toString('base64url')}`;

async function hydrated(page: Page, island: string) {
  await expect(page.locator(`[data-island="${island}"] astro-island:not([ssr])`)).toBeAttached();
}

/** One student's week, in a fresh browser: the grid from the assignment, the other practice, the hand-in. */
async function studentWeek(browser: Browser, link: string, { name, ratings }: (typeof STUDENTS)[number], byFile: boolean) {
  const page = await (await browser.newContext()).newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  await hydrated(page, 'assignment-view');
  await page.getByRole('link', { name: 'The efficacy grid' }).click();
  await hydrated(page, 'efficacy-grid');
  // The grid starts with exactly the class's areas.
  for (const [i, area] of AREAS.entries()) await expect(page.locator(`#efficacy-grid-domain-${i}`)).toHaveValue(area);
  await expect(page.locator('#efficacy-grid-domain-4')).toHaveCount(0);
  // The class's areas are the teacher's (issue 24): they cannot be renamed or removed; a student may add their own.
  for (const i of AREAS.keys()) await expect(page.locator(`#efficacy-grid-domain-${i}`)).toHaveAttribute('readonly', '');
  await expect(page.locator('#efficacy-grid-domain-0')).toHaveAccessibleDescription(/set by your teacher/);
  if (name === 'Ana') {
    await page.getByRole('button', { name: 'Add an area' }).click();
    await page.locator('#efficacy-grid-domain-4').fill('Football');
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveText(['Remove “Football”']);
    await page
      .getByRole('group', { name: /handle Football/ })
      .getByRole('radio', { name: '7', exact: true })
      .check();
  } else {
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  }
  for (const [i, area] of AREAS.entries()) {
    await page
      .getByRole('group', { name: new RegExp(`handle ${area}`) })
      .getByRole('radio', { name: String(ratings[i]), exact: true })
      .check();
  }
  await page.locator('#efficacy-grid-focus-0').check();
  await page.getByLabel(/One small success/).fill('Ask one question');
  await page.getByRole('button', { name: 'Save this round' }).click();
  await expect(page.locator('#efficacy-grid-entries .entry')).toHaveCount(1);
  await page.getByRole('link', { name: 'Back to your assignment' }).click();
  await hydrated(page, 'assignment-view');
  await page.getByLabel('I have done this practice').check();
  await page.locator('#reflection-keep-one-skill').fill(`${name}: planning my revision.`);
  if (!byFile) {
    // No name yet: the page asks for one instead of making an unnamed link.
    await page.getByRole('button', { name: 'Make my hand-in link' }).click();
    await expect(page.getByText('Write your name first')).toBeVisible();
    await expect(page.getByLabel('Your name', { exact: true })).toBeFocused();
  }
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const handInLink = await page.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  let file: { name: string; path: string } | undefined;
  if (byFile) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a file' }).click()]);
    file = { name: download.suggestedFilename(), path: test.info().outputPath(download.suggestedFilename()) };
    await download.saveAs(file.path);
    // The name is kept with the assignment, like the reflections (saved as typed, not only in the form).
    await expect.poll(() => page.evaluate(() => localStorage.getItem('efficacy-lab:data:assignments'))).toContain(`"student":"${name}"`);
  }
  expect(errors).toEqual([]);
  await page.context().close();
  return { handInLink, file };
}

test('a week with a class: shared areas, three students, the roster and the class grid, then a second week', async ({ page, browser }) => {
  test.slow(); // four browsers
  // The teacher builds the assignment.
  await page.goto('/teach/');
  await hydrated(page, 'assignment-builder');
  await page.getByLabel(/Draw your efficacy grid/).check();
  await page.getByLabel(/Name one skill you will keep doing yourself/).check();
  await page.getByLabel('3. Class name (optional)').fill('9B');
  await page.getByLabel('5. The class’s grid areas (optional)').fill(AREAS.join('\n'));
  const link = await page.getByLabel('Link for your students').inputValue();
  expect(link).toContain('&c=9B&a=Maths&a=Reading+aloud&a=Speaking+in+class&a=Homework');
  // The short link's week is the Monday without dashes (issue 24).
  const week = new URL(link).searchParams.get('w')!.replace(/^(\d{4})(\d{2})/, '$1-$2-');
  await page.getByRole('button', { name: 'Keep in my list' }).click();
  await expect(page.locator('[data-built-assignments] li')).toHaveCount(1);

  // One after another: worksheets hydrate when visible, which pages in parallel did not reliably do.
  const ana = await studentWeek(browser, link, STUDENTS[0]!, false);
  const ben = await studentWeek(browser, link, STUDENTS[1]!, false);
  const cy = await studentWeek(browser, link, STUDENTS[2]!, true);
  expect(cy.file!.name).toBe(`efficacy-lab-hand-in-9b-cy-${week}.json`);

  // The teacher opens the links one after another in the same tab, then the file.
  const errors = watchErrors(page);
  await page.goto(ana.handInLink);
  await hydrated(page, 'review');
  await expect(page.locator('[data-hand-in]')).toHaveCount(1);
  await page.goto(ben.handInLink);
  await expect(page.locator('[data-hand-in]')).toHaveCount(2);
  await page.getByLabel('Or open hand-in files').setInputFiles(cy.file!.path);
  await expect(page.locator('[data-hand-in]')).toHaveCount(3);
  await expect(page.locator('[data-hand-in] h2').first()).toHaveText(
    `Ana: Draw your efficacy grid; Name one skill you will keep doing yourself, week of ${weekOf(week)}`,
  );

  // The roster: each student, each practice.
  const roster = page.locator('[data-roster]');
  await expect(roster.locator('tbody tr')).toHaveCount(3);
  await expect(roster.getByRole('row', { name: /^Cy/ })).toHaveText(/Cy\s*Done\s*Done/);

  // The class grid: a row per student, a column per shared area, with the class median.
  const grid = page.locator('[data-class-table]').first();
  await expect(grid.getByRole('columnheader')).toHaveText(['Student', ...AREAS].map((h) => new RegExp(`^${h}`)));
  await expect(grid.locator('tbody tr')).toHaveCount(3);
  const cells = (rows: string) => grid.locator(rows).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(await cells('tbody tr')).toEqual([
    ['Ana', '3', '6', '2', '8'],
    ['Ben', '5', '6', '2', '9'],
    ['Cy', '4', '7', '1', '9'],
  ]);
  expect(await cells('[data-class-median]')).toEqual([['Class median', '4', '6', '2', '9']]);
  await expect(page.locator('[data-class-lowest]')).toHaveText('The class is least sure about: Speaking in class.');
  // Ana's own area is listed apart; her four shared ones count above.
  await expect(page.locator('[data-class-own]')).toHaveText('Ana: Football 7');

  // The class list: the three names (in any case and spacing) and one more, who has not handed in.
  // Kept in this browser as typed: still there after a reload (with the hand-ins kept too).
  await test.step('class list', async () => {
    const summary = page.locator('[data-class-list] summary');
    await summary.click();
    const list = page.getByLabel('Names in 9B, one per line');
    await list.fill('Ana\nana');
    await expect(list).toHaveAccessibleDescription(/“ana” is on the list twice/);
    await list.fill('Ana\nBEN\nDee\n  Cy ');
    const dee = /Dee\s*Not handed in\s*Not handed in/;
    await expect(roster.locator('tbody tr')).toHaveCount(4);
    await expect(roster.locator('tbody tr').nth(2)).toHaveText(dee); // in the list's order
    await expect(page.locator('[data-roster-count]')).toHaveText('3 of 4 students handed in the assigned practices.');
    await expect(page.locator('[data-hand-in]', { hasText: 'Kept in this browser.' })).toHaveCount(3);
    await page.reload();
    await hydrated(page, 'review');
    await expect(roster.locator('tbody tr').nth(2)).toHaveText(dee);
    await expect(page.locator('[data-roster-count]')).toHaveText('3 of 4 students handed in the assigned practices.');
    await expect(summary).toHaveText('Your class list (4 names)');
    await summary.press('Enter'); // a disclosure: opened by keyboard too
    await expect(list).toHaveValue('Ana\nBEN\nDee\n  Cy ');
  });

  // Axe with data, in both themes.
  await test.step('axe', async () => {
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expectNoAxeViolations(page, 'on the review page with a class');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoAxeViolations(page, 'on the review page with a class (dark theme)', { coloursOnly: true });
  });

  // The second week: the same class hands in again (pasted as a batch, with one broken link), and
  // Ana hands in twice that week: both are kept as versions, and her newer one counts (issue 23).
  const next = nextWeek(week);
  const secondWeek = (name: string, ratings: number[], at: string): HandIn => ({
    v: 1,
    assignment: { practices: ['efficacy-grid'], week: next, className: '9B', areas: AREAS },
    student: name,
    handedInAt: at,
    entries: [
      {
        exercise: 'efficacy-grid',
        createdAt: at,
        fields: { ratings: ratings.map((rating, i) => ({ domain: AREAS[i]!, rating })), focus: 'Speaking in class', success: 'Ask' },
      },
    ],
    reflections: [],
  });
  const links = [
    secondWeek('Ana', [1, 1, 1, 1], `${next}T09:00:00.000Z`),
    secondWeek('Ben', [6, 6, 4, 9], `${next}T10:00:00.000Z`),
    secondWeek('Cy', [5, 7, 3, 9], `${next}T10:00:00.000Z`),
    secondWeek('Ana', [5, 6, 4, 8], `${next}T11:00:00.000Z`),
  ].map((h) => `http://x/teach/review/#h=${encode(h)}`);
  await page.getByLabel('Paste hand-in links').fill([...links, 'http://x/teach/review/#h=h1.broken'].join('\n'));
  await page.getByRole('button', { name: 'Open the links' }).click();
  await expect(page.locator('[data-review-problems]')).toContainText('Link 5');
  await expect(page.locator('[data-review-versions]')).toContainText('Ana: 2 versions');
  await expect(page.locator('[data-hand-in]')).toHaveCount(7);
  const change = page.locator('[data-class-change]').last();
  await expect(change.getByRole('row', { name: /^Speaking in class/ })).toHaveText(/Speaking in class\s*2\s*4\s*\+2/);
  await expect(change.getByRole('row', { name: /^Maths/ })).toHaveText(/Maths\s*4\s*5\s*\+1/);

  // Names hidden for the projector: the columns are numbered.
  await page.getByLabel(/Hide students’ names/).check();
  await expect(grid.locator('tbody th')).toHaveText(['Student 1', 'Student 2', 'Student 3']);
  // The class list follows: its names are hidden too.
  await expect(page.locator('[data-class-list]')).toHaveCount(0);
  // In number order, not the list's: where Student 4 stood would say who did not hand in (QA).
  await expect(page.locator('[data-roster]').first().locator('tbody th')).toHaveText(['Student 1', 'Student 2', 'Student 3', 'Student 4']);
  expect(errors).toEqual([]);
});

function nextWeek(monday: string): string {
  const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + 7));
  return date.toISOString().slice(0, 10);
}

function weekOf(monday: string): string {
  const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
  // The site's one date style in the browser's locale (en-US: playwright.config.ts).
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}
