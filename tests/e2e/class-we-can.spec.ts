import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// A class plays "We can" through the real pages (issue 25's Done-when): the teacher assigns it with five
// statements on /teach/; twelve students, each in a browser of their own, open the assignment link,
// rate the statements in the worksheet (fixed, not editable) and make a hand-in link on the assignment
// page; a table group records one agreed rating on one device and hands it in the same way. The
// teacher opens the thirteen links on /teach/review/: per-statement medians, spreads and dots in the
// teacher's order, the least-sure statement in words, the group's agreed rating beside the median,
// no names; then the discuss view by keyboard, with axe.

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
/** The table group's agreed ratings, one per statement. */
const AGREED = [80, 50, 60, 40, 70];

async function hydrated(page: Page, island: string) {
  await expect(page.locator(`[data-island="${island}"] astro-island:not([ssr])`)).toBeAttached();
}

/**
 * One student (or the table group, `together`) as on a device of their own: the page starts with
 * nothing the site keeps (a fresh browser, or cleared by the person before), and everything is cleared
 * after the hand-in (saved work, the device's signing key); the browser's cache of the site's files
 * is kept, to keep the test quick.
 */
async function handIn(
  page: Page,
  link: string,
  name: string,
  ratings: number[],
  { together = false, statements = STATEMENTS, to = 'your teacher', kind = 'A class' } = {},
): Promise<string> {
  const errors = watchErrors(page);
  await page.goto(link);
  await hydrated(page, 'assignment-view');
  if (name === NAMES[0]) await expect(page.getByLabel(/At the end of the week: .* your class managed together/)).toBeVisible();
  await page.getByRole('link', { name: 'We can' }).click();
  await hydrated(page, 'we-can');
  // The teacher's five come first, as text, in the teacher's order: the student rates them but cannot change them.
  await expect(page.locator('.we-can-fixed')).toHaveText(statements.map((s, i) => `Statement ${i + 1}, set for your group: … ${s}`));
  if (name === NAMES[0]) {
    await expect(page.getByLabel('Statement 1: we, as a group, can …')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Remove statement 1' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/practice/we-can/ with a teacher’s statements');
  }
  if (together) {
    await page.getByRole('radio', { name: 'The group together: one agreed rating' }).check();
    await expect(page.getByRole('group', { name: `How sure are we, as a group, that we can ${statements[0]}?` })).toBeVisible();
  }
  // The kind of group the link names is chosen already: the person does not have to pick it.
  await expect(page.getByRole('radio', { name: kind })).toBeChecked();
  for (const [i, rating] of ratings.entries()) await page.locator(`#we-can-rating-${i}-${rating}`).check();
  await page.getByLabel('3. The last time we got something done together').fill('The science fair in March.');
  await page.getByRole('button', { name: 'Save this check' }).click();
  await expect(page.locator('#we-can-entries .entry')).toHaveCount(1);
  if (together) await expect(page.locator('#we-can-entries')).toContainText('agreed together by the group');
  await page.getByRole('link', { name: 'Back to your assignment' }).click();
  await hydrated(page, 'assignment-view');
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const handInLink = await page.getByLabel(`Your hand-in link: send it to ${to}`).inputValue();
  expect(errors).toEqual([]);
  // Ready for the next person: nothing of this one's is left (the key's database goes once the page is left).
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const db of await indexedDB.databases()) {
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(db.name!);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
    }
  });
  return handInLink;
}

test('a class plays We can: assigned with five statements, twelve students and a group rate through the real pages, the teacher sees the picture', async ({
  page,
  browser,
}) => {
  test.slow(); // thirteen hand-ins made one after another
  const errors = watchErrors(page);
  // The teacher assigns "We can" with the class's five statements: three written, two from the class bank… then rewritten to the five.
  await page.goto('/teach/');
  await hydrated(page, 'assignment-builder');
  await page.getByLabel(/Draw your efficacy grid/).check();
  await page.getByLabel('3. Class name (optional)').fill('9B');
  const box = page.getByLabel(/The class’s “We can” statements/);
  await box.fill('finish the science project on time\n\nwork quietly when the teacher is out');
  await page.getByRole('button', { name: 'Add “help a classmate who has fallen behind to catch up” to the statements' }).click();
  await expect(box).toHaveValue(STATEMENTS.slice(0, 3).join('\n'));
  // A statement with angle brackets gets no link at all.
  await box.fill('<b>win</b>');
  await expect(page.getByText('A “We can” statement contains characters that are not allowed.')).toBeVisible();
  await expect(page.getByLabel('Link for your students')).toHaveCount(0);
  await box.fill(STATEMENTS.join('\n'));
  await expect(page.getByText('Our class’s “We can” statements:')).toBeAttached();
  // The handout speaks of the class, and with the class's grid areas printed it asks to start from them.
  const handout = page.locator('.handout');
  await expect(handout).toContainText('what is one thing your class managed together');
  await expect(handout).not.toContainText('team or family');
  await page.getByLabel('5. The class’s grid areas (optional)').fill('Maths\nSport');
  await expect(handout).toContainText('Our class’s grid areas: Maths; Sport.');
  await expect(handout).toContainText('Start from your class’s grid areas, listed above, and add areas of your own life if you wish.');
  await expect(handout).not.toContainText('List four to six areas');
  await page.getByLabel('5. The class’s grid areas (optional)').fill('');
  const link = await page.getByLabel('Link for your students').inputValue();
  expect(link).toContain('&s=finish+the+science+project+on+time&s=work+quietly');

  // One after another, in one page: worksheets hydrate when visible, which pages in parallel did not reliably do.
  const links: string[] = [];
  const student = await (await browser.newContext()).newPage();
  for (const [i, name] of NAMES.entries()) links.push(await handIn(student, link, name, RATINGS[i]!));
  links.push(await handIn(student, link, 'Table 3', AGREED, { together: true }));
  await student.context().close();

  await page.goto('/teach/review/');
  await hydrated(page, 'review');
  await page.getByLabel('Paste hand-in links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Open the links' }).click();

  const picture = page.locator('[data-we-can-picture]');
  await expect(picture).toBeVisible();
  await expect(picture).toContainText('From 12 students, with no names.');
  const rows = picture.locator('.we-can-picture__row');
  // The teacher's order.
  await expect(picture.locator('.we-can-picture__statement')).toHaveText(
    STATEMENTS.map((s, i) => `… ${s}${i === 3 ? ' (least sure)' : ''}`),
  );
  // Medians and the middle half, worked out by hand from RATINGS (quartiles interpolated).
  await expect(rows.nth(0)).toContainText(
    'Median 70 · middle half 67.5 to 80 · 12 ratings: 50, 60, 60, 70, 70, 70, 70, 80, 80, 80, 90, 90',
  );
  await expect(rows.nth(1)).toContainText('Median 40 · middle half 37.5 to 50 · 12 ratings');
  await expect(rows.nth(2)).toContainText('Median 60 · middle half 57.5 to 70 · 12 ratings');
  await expect(rows.nth(3)).toContainText('Median 30 · middle half 20 to 32.5 · 12 ratings');
  await expect(rows.nth(4)).toContainText('Median 80 · middle half 70 to 82.5 · 12 ratings');
  await expect(rows.nth(0).locator('circle')).toHaveCount(12);
  await expect(picture.locator('[data-we-can-least]')).toHaveText(
    'The class is least sure that it can sort out a disagreement without leaving anyone out (median 30 out of 100).',
  );
  // The group's agreed rating beside the median of the private ones, and why they can differ.
  for (const [i, rating] of AGREED.entries()) {
    await expect(rows.nth(i).locator('[data-we-can-agreed]')).toContainText(
      `Agreed together: ${rating} (beside the median of the private ratings`,
    );
  }
  await expect(rows.nth(3).locator('.we-can-picture__agreed')).toHaveCount(1);
  await expect(
    picture.locator('[data-we-can-two-ways]').getByRole('link', { name: 'the two ways of measuring a group’s belief' }),
  ).toHaveAttribute('href', '/lessons/collective-efficacy/#running-a-we-can-check-with-a-group');
  for (const name of [...NAMES, 'Table 3']) await expect(picture).not.toContainText(new RegExp(`\\b${name}\\b`));
  await expectNoAxeViolations(page, 'on the review page with a “We can” picture');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, 'on the review page with a “We can” picture (dark theme)', { coloursOnly: true });

  // The discuss view: full window, one statement at a time, moved by keys a clicker sends; no names.
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  const open = picture.getByRole('button', { name: 'Discuss on the big screen' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /How sure are we that we, as a group, can/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('How sure are we that we, as a group, can … (statement 1 of 5)');
  await expect(dialog).toContainText('finish the science project on time');
  await expect(dialog).toContainText('Agreed together: 80');
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
  for (const name of [...NAMES, 'Table 3']) await expect(dialog).not.toContainText(new RegExp(`\\b${name}\\b`));
  await expectNoAxeViolations(page, 'in the “We can” discuss view');
  await page.setViewportSize({ width: 1366, height: 768 });
  // A laptop on a projector: the question, the statement and the buttons are all on the screen at once
  // (the page's reading measure once held the lines to 48rem, and the statement scrolled out of view).
  const heading = (await dialog.getByRole('heading').boundingBox())!;
  const controls = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(0);
  expect(controls.y + controls.height).toBeLessThanOrEqual(768);
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

test('a family without a teacher: a link made on /together/, two members hand in through the same pages, the same picture in the family’s words', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await page.goto('/practice/we-can/');
  await page.getByRole('link', { name: 'Make a “We can” link for your group' }).click();
  await hydrated(page, 'group-check');
  await page.getByLabel('Name the group (optional)').fill('the Okafors');
  const family = [
    'get the home ready for a busy week, with everyone doing a share',
    'pick ourselves up after a bad day or a piece of bad news',
    'sort out an argument so that everyone feels heard',
    'plan a month’s spending and keep to it',
    'keep one regular time together each week',
  ];
  for (const s of family) await page.getByRole('button', { name: `Add “${s}” to the statements` }).click();
  await expect(page.getByLabel('What your group can do together, one per line')).toHaveValue(family.join('\n'));
  // What the organiser wrote is kept in this browser: a reload loses nothing (the kind chosen too).
  await page.getByRole('radio', { name: 'A sports team' }).check();
  await page.reload();
  await hydrated(page, 'group-check');
  await expect(page.getByLabel('Name the group (optional)')).toHaveValue('the Okafors');
  await expect(page.getByLabel('What your group can do together, one per line')).toHaveValue(family.join('\n'));
  await expect(page.getByRole('radio', { name: 'A sports team' })).toBeChecked();
  await page.getByRole('radio', { name: 'A family' }).check();
  const link = await page.getByRole('textbox', { name: 'Link for your group' }).inputValue();
  expect(link).toContain('&c=the+Okafors&s=get+the+home+ready');
  expect(link).toContain('&g=family');
  await expectNoAxeViolations(page, 'on /together/');

  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await hydrated(member, 'assignment-view');
  // The member's page speaks of the group and the person who sent the link; no class, no teacher, no weekly grid practice.
  await expect(member.locator('[data-group-check]')).toBeVisible();
  await expect(member.locator('[data-assignment]')).not.toContainText(/teacher|class/i);
  await expect(member.locator('[data-practice]')).toHaveCount(0);
  const links = [
    await handIn(member, link, 'Mum', [70, 60, 80, 40, 90], {
      statements: family,
      to: 'the person who sent you this link',
      kind: 'A family',
    }),
    await handIn(member, link, 'Tobi', [50, 60, 70, 20, 80], {
      statements: family,
      to: 'the person who sent you this link',
      kind: 'A family',
    }),
  ];
  await member.context().close();

  await page.getByLabel('Paste the members’ hand-in links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Open the links' }).click();
  const picture = page.locator('[data-we-can-picture]');
  await expect(picture).toContainText('“We can”: how sure the group is, statement by statement');
  await expect(picture).toContainText('From 2 members, with no names.');
  await expect(picture.locator('.we-can-picture__row').nth(3)).toContainText('Median 30 · middle half 25 to 35 · 2 ratings: 20, 40');
  await expect(picture.locator('[data-we-can-least]')).toHaveText(
    'The group is least sure that it can plan a month’s spending and keep to it (median 30 out of 100).',
  );
  await expect(picture).not.toContainText(/class|student|teacher|Mum|Tobi/i);
  await expectNoAxeViolations(page, 'on /together/ with the family’s picture');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: test.info().outputPath('together-390.png'), fullPage: true });
  expect(errors).toEqual([]);
});
