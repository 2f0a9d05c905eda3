import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import { expectNoAxeViolations, watchErrors } from './helpers';

// A class of thirty (issue 24): thirty students hand in through the built assignment page (each with
// their own saved grid, reflections and name, at their own time), the files go into a zip shaped as a
// class platform's "download all" (a folder per student, and stray files), and the teacher opens the
// zip in one step. The hand-ins are kept without a click (a reload shows them); the class view with
// students in rows fits a laptop, sorts, keeps its median in view and prints whole; the roster tells
// "reflection only" apart; a class list of 32 names the two who did not hand in; the CSV names all
// thirty with formula-safe cells.

const AREAS = ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'];
const CLASS = '9C';

/** A Monday two weeks before this one (UTC, as the tests run), so a late hand-in is still in the past. */
function mondayWeeksAgo(weeks: number): Date {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeks);
  return d;
}
const MONDAY = mondayWeeksAgo(2);
const WEEK = MONDAY.toISOString().slice(0, 10);
/** A moment `days` (and `hours`) after the assignment's Monday began. */
const at = (days: number, hours = 10) => new Date(MONDAY.getTime() + (days * 24 + hours) * 3600_000).toISOString();

/** Names as students type them: lower case, extra spaces, their own capitals, accents. */
const NAMES = [
  "  jamie   o'neil ",
  'Ana',
  'ben carter',
  'Élodie Dupré',
  'McKenzie Lowe',
  '=2+3 Zed',
  ...Array.from({ length: 23 }, (_, i) => `Student ${String.fromCharCode(65 + i)}`),
  'Rae Reflects',
];
const LAST = NAMES.length - 1;

/** What student `i` did: their grid round (saved on their device), their reflections, when they handed in. */
function studentWork(i: number) {
  const ratings = AREAS.map((domain, a) => ({ domain, rating: ((i * 3 + a * 5) % 10) + 1 }));
  // Every seventh student left one area unrated (the hidden "not rated" label once escaped the table).
  const rated = i % 7 === 3 ? ratings.filter((_, a) => a !== i % 4) : ratings;
  const success =
    i === 5
      ? '=HYPERLINK("http://example.com","click")'
      : i === 6
        ? '-5 minutes of reading'
        : i === 7
          ? '\tAsk one question'
          : 'Ask one question';
  const early = i === 4; // did the grid on the weekend before the week began (issue 24: it goes in, with a note)
  const late = i === 2; // handed in after the week ended
  return {
    grid:
      i === LAST
        ? undefined
        : {
            ratings: rated,
            focus: AREAS[0]!,
            success,
            id: `grid-${i}`,
            createdAt: early ? at(-2) : at(1),
            updatedAt: early ? at(-2) : at(1),
          },
    reflections: {
      'efficacy-grid': i === 8 ? '@mention, "quoted", and a comma\non two lines' : 'Maths felt easier.',
      ...(i === LAST ? {} : { 'keep-one-skill': 'Planning my revision.' }),
    },
    handedInAt: late ? at(9) : at(4),
  };
}

/**
 * Each student's hand-in file, made by the built site: their grid round is in their browser's storage,
 * they open the assignment's short link, write their reflections and name, and download the hand-in
 * file, at the time they handed in (the browser's clock). One browser, cleared between students.
 */
async function handInFilesFromTheSite(browser: Browser): Promise<{ files: { name: string; bytes: Uint8Array }[]; last: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const query = new URLSearchParams({ p: '5.7', w: WEEK.replaceAll('-', ''), c: CLASS });
  for (const area of AREAS) query.append('a', area);
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, name] of NAMES.entries()) {
    const work = studentWork(i);
    await page.clock.setFixedTime(new Date(work.handedInAt));
    // Storage is set from a page without the site's scripts: the assignment page writes what it holds
    // as it unloads, which would mix the previous student's saved work into this one's.
    await page.goto('/robots.txt');
    await page.evaluate((grid) => {
      localStorage.clear();
      if (!grid) return;
      // The grid's saved shape, as tests/fixtures/saved/efficacy-grid/v1.json holds it.
      const blank = { domains: Array.from({ length: 4 }, () => ({ name: '', rating: null })), focus: '', success: '' };
      const state = { entries: [grid], draft: { value: blank, updatedAt: grid.updatedAt } };
      localStorage.setItem(
        'efficacy-lab:data:efficacy-grid',
        JSON.stringify({ app: 'efficacy-lab', exercise: 'efficacy-grid', version: 1, updatedAt: grid.updatedAt, data: state }),
      );
    }, work.grid);
    await page.goto(`/assignment/?${query}`);
    await expect(page.locator('[data-island="assignment-view"] astro-island:not([ssr])')).toBeAttached();
    for (const [practice, text] of Object.entries(work.reflections)) await page.locator(`#reflection-${practice}`).fill(text);
    await page.getByLabel('Your name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Make my hand-in link' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a file' }).click()]);
    files.push({ name: download.suggestedFilename(), bytes: readFileSync(await download.path()) });
  }
  // The last student's browser stays open: the teacher's comment goes back to it.
  await page.clock.setFixedTime(new Date(at(10)));
  return { files, last: page };
}

/** The zip a class platform's "download all" makes: a folder per student, the platform's own files too. */
function platformZip(files: { name: string; bytes: Uint8Array }[]): Buffer {
  const tree: Zippable = {
    'Rae Reflects_1029_onlinetext_': { 'onlinetext.html': strToU8('<p>I did the reflection only.</p>') },
    'grading-worksheet.csv': strToU8('Name,Grade\n'),
  };
  files.forEach((f, i) => {
    tree[`${NAMES[i]!.trim()}_${1000 + i}_assignsubmission_file_`] = { [f.name]: f.bytes };
  });
  return Buffer.from(zipSync(tree));
}

/** How the class view shows each name. */
const SHOWN = ["Jamie O'Neil", 'Ana', 'Ben Carter', 'Élodie Dupré', 'McKenzie Lowe', '=2+3 Zed', ...NAMES.slice(6)];

async function sidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('a class of thirty: collected from a zip in one step, kept, read in rows, sorted, printed, counted and taken to a spreadsheet', async ({
  page,
  browser,
}) => {
  test.slow();
  const { files, last: rae } = await handInFilesFromTheSite(browser);
  const zip = platformZip(files);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/teach/review/');
  await expect(page.locator('[data-island="review"] astro-island:not([ssr])')).toBeAttached();
  await page
    .getByLabel('Or open hand-in files')
    .setInputFiles({ name: 'Week 48 - 9C - download all.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.locator('[data-collect-summary]')).toHaveText('30 hand-ins opened, 2 other files skipped.');
  await expect(page.locator('[data-hand-in]')).toHaveCount(30);
  // Kept without a click: a reload shows the same class; a removal can be undone.
  await page.reload();
  await expect(page.locator('[data-hand-in]')).toHaveCount(30);
  await page.locator('[data-hand-in]', { hasText: 'Rae Reflects:' }).getByRole('button', { name: 'Remove from this browser' }).click();
  await expect(page.locator('[data-hand-in]')).toHaveCount(29);
  await page.locator('[data-removed-hand-in]').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-hand-in]')).toHaveCount(30);

  // A laptop: no sideways scrolling, with ratings missing (it was 1,274 px before the fix).
  expect(await sidewaysScroll(page)).toBe(0);

  await test.step('the class view: a row per student, a column per area, the median in view', async () => {
    const view = page.locator('[data-class-table]');
    await expect(view.locator('tbody tr')).toHaveCount(30);
    await expect(view.locator('tbody th')).toHaveText(
      [...SHOWN].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare),
    );
    const box = await view.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    // Scrolled to the last student, the median row is still on screen.
    await view.locator('tbody tr').last().scrollIntoViewIfNeeded();
    const median = view.locator('[data-class-median]');
    await expect(median.locator('th')).toHaveText('Class median');
    const medianBox = await median.boundingBox();
    expect(medianBox!.y).toBeGreaterThanOrEqual(0);
    expect(medianBox!.y + medianBox!.height).toBeLessThanOrEqual(768);
    await expect(page.locator('[data-class-lowest]')).toContainText('The class is least sure about:');

    // Sorting: real buttons in the headers, the header says how it is sorted.
    const maths = view.getByRole('columnheader', { name: /^Maths/ });
    await maths.getByRole('button').click();
    await expect(maths).toHaveAttribute('aria-sort', 'ascending');
    await expect(view.getByRole('columnheader', { name: /^Student/ })).not.toHaveAttribute('aria-sort', /./);
    const mathsColumn = async () =>
      view.locator('tbody tr').evaluateAll((rows) =>
        rows
          .map((r) => r.children[1]!.textContent!.replace(/\D+/g, ''))
          .filter(Boolean)
          .map(Number),
      );
    const up = await mathsColumn();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await maths.getByRole('button').press('Enter');
    await expect(maths).toHaveAttribute('aria-sort', 'descending');
    const down = await mathsColumn();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await view
      .getByRole('columnheader', { name: /^Student/ })
      .getByRole('button')
      .click();
    await expect(view.getByRole('columnheader', { name: /^Student/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  await test.step('the roster: reflection only, early and late; a class list of 32', async () => {
    const roster = page.locator('[data-roster]');
    await expect(roster.getByRole('row', { name: /^Rae Reflects/ })).toHaveText(/Reflection only/);
    await expect(roster.getByRole('row', { name: /^McKenzie Lowe/ })).toHaveText(/Done, early/);
    await expect(roster.getByRole('row', { name: /^Ben Carter/ })).toHaveText(/Done, late/);
    await page.locator('[data-class-list] summary').click();
    const list = [...SHOWN.map((n) => n.toUpperCase()), 'Kim Absent', 'Lee Absent'];
    await page.getByLabel(`Names in ${CLASS}, one per line`).fill(list.join('\n'));
    await expect(roster.locator('tbody tr')).toHaveCount(32);
    await expect(roster.locator('tbody tr', { hasText: 'Not handed in' })).toHaveCount(2);
    await expect(roster.locator('tbody tr', { hasText: 'Not handed in' }).locator('th')).toHaveText(['Kim Absent', 'Lee Absent']);
    await expect(page.locator('[data-roster-count]')).toHaveText(
      '29 of 32 students handed in the assigned practices; 1 more handed in only part of them.',
    );
  });

  await test.step('CSV: the class view and every shared answer, formula-safe, with a byte-order mark', async () => {
    const grid = await download(page, 'Download the class view as CSV');
    expect(grid.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(grid.slice(1)).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual([
      'Student',
      'Class',
      'Week',
      ...AREAS,
      'Draw your efficacy grid',
      'Name one skill you will keep doing yourself',
    ]);
    expect(rows).toHaveLength(31);
    for (const name of SHOWN) expect(rows.some((r) => r[0] === (name.startsWith('=') ? `'${name}` : name))).toBe(true);
    const answers = await download(page, 'Download every shared answer as CSV');
    expect(answers.startsWith('\uFEFF')).toBe(true);
    const cells = Papa.parse<string[]>(answers.slice(1)).data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://example.com","click")`);
    expect(cells).toContain(`'-5 minutes of reading`);
    expect(cells).toContain(`'\tAsk one question`);
    expect(cells).toContain(`'@mention, "quoted", and a comma\non two lines`);
    expect(cells.every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);
    for (const name of SHOWN) expect(cells).toContain(name.startsWith('=') ? `'${name}` : name);
  });

  await test.step('one question across the class', async () => {
    await page.getByRole('button', { name: 'Read one question across the class' }).click();
    await page.getByLabel('Question', { exact: true }).selectOption({ label: 'The efficacy grid: Small success to aim for' });
    const answers = page.locator('[data-question-view] tbody tr');
    await expect(answers).toHaveCount(29);
    await expect(answers.filter({ hasText: '=HYPERLINK' })).toHaveCount(1);
  });

  await test.step('axe on the class of thirty', async () => {
    await expectNoAxeViolations(page, 'on the review page with thirty hand-ins');
  });

  await test.step('print: every student and the medians, nothing clipped', async () => {
    await page.emulateMedia({ media: 'print' });
    // The printable width of an A4 page in portrait (210 mm less 2 × 12 mm margins, at 96 px per inch).
    await page.setViewportSize({ width: 703, height: 1000 });
    const view = page.locator('[data-class-table]');
    await expect(view).toBeVisible();
    for (const name of SHOWN) await expect(view.getByRole('rowheader', { name, exact: true })).toBeVisible();
    await expect(view.locator('[data-class-median]')).toBeVisible();
    const clipped = await view.evaluate((table) => {
      const width = document.documentElement.clientWidth;
      return [...table.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > width + 0.5).length;
    });
    expect(clipped).toBe(0);
    expect(await sidewaysScroll(page)).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('a comment to one student, seen on their assignment page beside their work', async () => {
    const article = page.locator('[data-hand-in]', { hasText: 'Rae Reflects:' });
    await article.getByText('Write a comment to Rae Reflects').click();
    await article.getByRole('button', { name: 'Make the comment link' }).click();
    await expect(article.getByText('Write a comment first.')).toBeVisible();
    await article.getByLabel('Your comment to Rae Reflects').fill('Thoughtful reflection.\nTry the grid next week & <b>tell me</b>');
    await article.getByRole('button', { name: 'Make the comment link' }).click();
    await expect(article.getByText('Leave out < and >')).toBeVisible();
    await article
      .getByLabel('Your comment to Rae Reflects')
      .fill('Thoughtful reflection.\nTry the grid next week and tell me how it went.');
    await article.getByRole('button', { name: 'Make the comment link' }).click();
    const link = await article.getByLabel('Comment link for Rae Reflects: send it to them').inputValue();
    expect(new URL(link).pathname).toBe('/assignment/');
    await rae.goto(link);
    // Taken to the assignment as the student kept it, the comment above their own work.
    await expect(rae.locator('[data-teacher-comments]')).toContainText('Try the grid next week and tell me how it went.');
    await expect(rae.locator('#reflection-efficacy-grid')).toHaveValue('Maths felt easier.');
    expect(new URL(rae.url()).search).toContain('p=5.7');
    await rae.reload();
    await expect(rae.locator('[data-teacher-comments]')).toContainText('Thoughtful reflection.');
    await expectNoAxeViolations(rae, 'on the assignment page with a comment');
    await rae.context().close();
  });

  await test.step('a phone: readable, no sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysScroll(page)).toBe(0);
    await expect(page.locator('[data-class-table] tbody tr')).toHaveCount(30);
  });
  expect(errors).toEqual([]);
});
