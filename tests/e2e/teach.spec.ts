import { readFileSync } from 'node:fs';
import { test, expect, type Page, type Browser } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// Assign, do, hand in, review: across separate browsers (fresh contexts share nothing), as a
// teacher and a student would. And links built to attack the pages are refused.

async function hydrated(page: Page, island: string) {
  await expect(page.locator(`[data-island="${island}"] astro-island:not([ssr])`)).toBeAttached();
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog fired: ${dialog.message()}`);
  });
  return page;
}

async function buildAssignment(page: Page): Promise<string> {
  await page.goto('/teach/');
  await hydrated(page, 'assignment-builder');
  await page.getByLabel(/Two lines after a setback/).check();
  await page.getByLabel(/Name one skill you will keep doing yourself/).check();
  await page.getByLabel('3. Class name (optional)').fill('Year 9, set 2');
  await page.getByLabel('4. A short note (optional)').fill('Hand in by Friday & be honest!');
  // The link follows the form once it has rendered again: wait for the note in it, then read it.
  await expect(page.getByLabel('Link for your students')).toHaveValue(/&n=Hand/);
  const link = await page.getByLabel('Link for your students').inputValue();
  expect(link).toMatch(/\/assignment\/\?p=8\.7&w=\d{8}&c=Year\+9%2C\+set\+2&n=/);
  return link;
}

test('the builder refuses markup in the note instead of making a link that would be refused', async ({ page }) => {
  await page.goto('/teach/');
  await hydrated(page, 'assignment-builder');
  await page.getByLabel(/Two lines after a setback/).check();
  await page.getByLabel('4. A short note (optional)').fill('<b>Be honest</b>');
  await expect(page.getByText('Leave out < and > and invisible control characters.')).toBeVisible();
  await expect(page.getByLabel('Link for your students')).toHaveCount(0);
});

// Two changes before the builder renders again (a fast double tap) must both count.
test('the builder keeps two practices chosen at once', async ({ page }) => {
  await page.goto('/teach/');
  await hydrated(page, 'assignment-builder');
  const first = await page.getByLabel(/Two lines after a setback/).elementHandle();
  const second = await page.getByLabel(/Name one skill you will keep doing yourself/).elementHandle();
  await page.evaluate(([a, b]) => [a, b].forEach((box) => (box as HTMLInputElement).click()), [first, second]);
  await expect(page.getByLabel('Link for your students')).toHaveValue(/p=8\.7&/);
});

test('the builder gives a link, a QR code, a Classroom share link and a printable handout', async ({ page }) => {
  const errors = watchErrors(page);
  const link = await buildAssignment(page);
  await expect(page.getByRole('img', { name: 'QR code of the assignment link', exact: true })).toBeVisible();
  const fullScreen = page.getByRole('button', { name: 'Show the QR code full screen' });
  await fullScreen.click();
  await expect(page.getByRole('dialog').getByRole('img', { name: /full screen/ })).toBeVisible();
  // The open dialog passes axe in both themes; Escape closes it and focus goes back to its button.
  await expectNoAxeViolations(page, 'on /teach/ with the QR code full screen');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page, 'on /teach/ with the QR code full screen (dark theme)', { coloursOnly: true });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(fullScreen).toBeFocused();
  await fullScreen.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Kept in the teacher's browser: the form survives a reload, and the list opens, copies and deletes.
  await page.getByRole('button', { name: 'Keep in my list' }).click();
  await page.reload();
  await hydrated(page, 'assignment-builder');
  await expect(page.getByLabel('Link for your students')).toHaveValue(link);
  const kept = page.locator('[data-built-assignments] li');
  await expect(kept).toHaveCount(1);
  await kept.getByRole('button', { name: /^Delete/ }).click();
  await expect(kept).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Share to Google Classroom/ })).toHaveAttribute(
    'href',
    `https://classroom.google.com/share?url=${encodeURIComponent(link)}`,
  );
  await expectNoAxeViolations(page, 'on /teach/ with an assignment built');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Link for your students')).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Handout:/ })).toBeVisible();
  await expect(page.locator('.handout')).toContainText('Name one skill you will keep doing yourself');
  // The handout carries the link as text and as a QR code, and not the page's introduction for teachers.
  await expect(page.locator('.handout')).toContainText(link);
  await expect(page.locator('.handout').getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  expect(errors).toEqual([]);
});

test('assign, do the practice, hand in, and review in another browser: private lines stay out', async ({ page, browser }) => {
  test.slow(); // three browsers and four axe runs
  const link = await buildAssignment(page);

  // The student, in a browser of their own.
  const student = await freshPage(browser);
  const studentErrors = watchErrors(student);
  await student.goto(link);
  await hydrated(student, 'assignment-view');
  await expect(student.getByRole('heading', { level: 2, name: /Year 9, set 2: Week of/ })).toBeVisible();
  await expect(student.getByText('Note from your teacher:')).toBeVisible();
  await expect(student.getByText('Hand in by Friday & be honest!')).toBeVisible();
  await expectNoAxeViolations(student, 'on a valid assignment');
  // The week in the student's calendar: a file made on the device, one reminder per day.
  const [calendar] = await Promise.all([
    student.waitForEvent('download'),
    student.getByRole('button', { name: 'Add this week’s practice to my calendar' }).click(),
  ]);
  expect(calendar.suggestedFilename()).toMatch(/^efficacy-lab-year-9-set-2-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync(await calendar.path(), 'utf8');
  expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(7);

  await student.getByRole('link', { name: 'Two-line self-compassion' }).click();
  await hydrated(student, 'self-compassion');
  await student.getByLabel(/Line one/).fill('You are useless at this.');
  await student.getByLabel(/Line two/).fill('You did your best on a hard day.');
  await student.getByRole('button', { name: 'Save this pair' }).click();
  await expect(student.locator('#self-compassion-entries .entry')).toHaveCount(1);

  await student.goto(link);
  await hydrated(student, 'assignment-view');
  await expect(student.locator('[data-practice="two-line-self-compassion"] .tag').first()).toHaveText('Done');
  await student.getByLabel('I have done this practice').check();
  await student.getByLabel(/At the end of the week: Which skill did you choose to keep/).fill('Mostly from doing things.');
  await student.getByLabel('Your name', { exact: true }).fill('Sam');
  const privateLine = student.getByRole('checkbox', { name: /Inner critic.*You are useless at this/ });
  await expect(privateLine).not.toBeChecked();
  await expect(student.getByRole('checkbox', { name: /To a friend.*You did your best/ })).toBeChecked();
  await student.getByRole('button', { name: 'Make my hand-in link' }).click();
  const handInLink = await student.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  expect(handInLink).toMatch(/\/teach\/review\/#h=h1\.[A-Za-z0-9_-]+$/);
  await student.getByRole('button', { name: 'Show as a QR code' }).click();
  await expect(student.getByRole('img', { name: 'QR code of your hand-in link' })).toBeVisible();
  await expectNoAxeViolations(student, 'on an assignment with a hand-in link');
  expect(studentErrors).toEqual([]);

  // The workbook lists the assignment with what is done.
  await student.goto('/workbook/');
  await hydrated(student, 'workbook');
  await expect(student.locator('.workbook__assignments')).toContainText('2 of 2 done');

  // The teacher, in yet another browser, opens the hand-in link.
  const teacher = await freshPage(browser);
  await teacher.goto(handInLink);
  await hydrated(teacher, 'review');
  const work = teacher.locator('[data-hand-in]');
  await expect(work).toHaveCount(1);
  await expect(work.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await expect(work).toContainText('You did your best on a hard day.');
  await expect(work).toContainText('Mostly from doing things.');
  await expect(work).not.toContainText('You are useless at this.');
  await expectNoAxeViolations(teacher, 'on the review page with a hand-in');

  // Kept in the teacher's browser without a click (issue 24), and the names can be hidden.
  await expect(work).toContainText('Kept in this browser.');
  await teacher.goto('/teach/review/');
  await hydrated(teacher, 'review');
  await expect(teacher.locator('[data-hand-in]')).toContainText('Kept in this browser.');
  await teacher.getByLabel(/Hide students’ names/).check();
  await expect(teacher.locator('[data-hand-in]').getByRole('heading', { name: 'Student 1' })).toBeVisible();
});

// The class view (shared areas, roster, class grid, a second week) is tests/e2e/class-week.spec.ts.

const HOSTILE_ASSIGNMENTS = [
  '/assignment/?p=<script>window.pwned=1</script>&w=2026-11-23',
  '/assignment/?p=smallest-step&w=2026-11-23&n=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E',
  '/assignment/?p=smallest-step&w=2026-11-23&c=javascript:window.pwned=1%0A',
  '/assignment/?p=smallest-step&w=javascript:alert(1)',
  `/assignment/?p=smallest-step&w=2026-11-23&n=${'A'.repeat(5000)}`,
  '/assignment/?p=smallest-step&p=smallest-step&w=2026-11-23',
  '/assignment/?%E0%A4%A',
  '/assignment/',
];

// One test per list, each link in a page of its own. The pages share one browser context (and so its
// HTTP cache, which keeps the test quick); storage is emptied before each link, so "nothing is stored"
// is about that link alone.
async function pageWithEmptyStorage(page: Page, path: string) {
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog fired: ${dialog.message()}`);
  });
  await page.addInitScript(() => localStorage.clear()); // before the page's own scripts run
  await page.goto(path);
}

test('hostile or broken assignment links are refused: nothing runs, nothing is stored', async ({ context }) => {
  for (const path of HOSTILE_ASSIGNMENTS) {
    await test.step(path.slice(0, 70), async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await pageWithEmptyStorage(page, path);
      await hydrated(page, 'assignment-view');
      await expect(page.locator('[data-assignment-invalid]')).toContainText('This assignment link cannot be used');
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('efficacy-lab:data:')))).toEqual([]);
      await expect(page.locator('main img, [data-island] astro-island script, [onerror]')).toHaveCount(0);
      expect(errors, path).toEqual([]);
      await page.close();
    });
  }
});

const HOSTILE_HAND_INS = [
  '/teach/review/#h=<script>window.pwned=1</script>',
  '/teach/review/#h=javascript:window.pwned=1',
  `/teach/review/#h=h1.${'A'.repeat(60_000)}`,
  '/teach/review/#h=h1.eJzLSM3JyQcABiwCFQ',
  '/teach/review/#h=h1.not-base64-but-close',
];

test('hostile or broken hand-in links are refused: nothing runs, nothing is shown', async ({ context }) => {
  for (const path of HOSTILE_HAND_INS) {
    await test.step(path.slice(0, 60), async () => {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await pageWithEmptyStorage(page, path);
      await hydrated(page, 'review');
      await expect(page.locator('[data-review-problems]')).toContainText('could not be opened');
      await expect(page.locator('[data-hand-in]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(errors, path).toEqual([]);
      await page.close();
    });
  }
});
