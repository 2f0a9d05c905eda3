import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import type { HandIn } from '../../src/lib/transfer/hand-in';
import { expectNoAxeViolations, watchErrors } from './helpers';

// Issue 23: hand-ins a teacher can trust without a server, files of kept hand-ins that open again,
// and no deleting while another site frames the page.

const monday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const ASSIGNMENT = () => `/assignment/?p=keep-one-skill&w=${monday()}&c=9B`;
// A hand-in code as a student's page makes it (raw deflate, base64url), for hand-ins no page would make.
const encode = (handIn: HandIn) => `h1.${deflateRawSync(JSON.stringify(handIn), { level: 9 }).toString('base64url')}`;
const crafted = (student: string, handedInAt: string, text: string, extra: Partial<HandIn> = {}): HandIn => ({
  v: 1,
  assignment: { practices: ['keep-one-skill'], week: monday(), className: '9B' },
  student,
  handedInAt,
  entries: [],
  reflections: [{ practice: 'keep-one-skill', text }],
  ...extra,
});

async function hydrated(page: Page, island: string) {
  await expect(page.locator(`[data-island="${island}"] astro-island:not([ssr])`)).toBeAttached();
}

/** A hand-in made by the student's page in `context` (one browser: one device key). */
async function handIn(context: BrowserContext, name: string, reflection: string): Promise<string> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(ASSIGNMENT());
  await hydrated(page, 'assignment-view');
  await page.locator('#reflection-keep-one-skill').fill(reflection);
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const link = await page.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  await expect(page.locator('[data-handin-unsigned]')).toHaveCount(0);
  expect(errors).toEqual([]);
  await page.close();
  return link;
}

async function teacherPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/teach/review/');
  await hydrated(page, 'review');
  return page;
}

async function openLinks(page: Page, links: string[]) {
  await page.getByLabel('Paste hand-in links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Open the links' }).click();
}

const article = (page: Page, text: string) => page.locator('[data-hand-in]').filter({ hasText: text });

test("a later hand-in in Bob's name from another browser is a second version, marked, kept, and the teacher chooses", async ({
  browser,
}) => {
  test.slow(); // three browsers
  const bobs = await browser.newContext();
  const first = await handIn(bobs, 'Bob', 'Bob’s own work.');
  const forged = await handIn(await browser.newContext(), 'Bob', 'Not Bob’s work.');
  const again = await handIn(bobs, 'Bob', 'Bob again, later.');

  const teacher = await teacherPage(browser);
  const errors = watchErrors(teacher);
  await openLinks(teacher, [first]);
  await expect(article(teacher, 'Bob’s own work.').locator('[data-mark="first"]')).toContainText('the first key seen for this name');
  // Kept first (at once, without a click: issue 24), so that later visits remember Bob's key from it.
  await expect(article(teacher, 'Bob’s own work.')).toContainText('Kept in this browser.');
  await openLinks(teacher, [forged, again]);
  await expect(teacher.locator('[data-hand-in]')).toHaveCount(3);
  await expect(article(teacher, 'Not Bob’s work.').locator('[data-mark="other"]')).toContainText('Not from the same device as before');
  await expect(article(teacher, 'Bob again, later.').locator('[data-mark="same"]')).toContainText('same device');
  await expect(teacher.locator('[data-review-versions]')).toContainText('Bob: 3 versions');
  // By default the newest from Bob's own device counts, not the other device's.
  await expect(article(teacher, 'Bob again, later.').locator('[data-mark="versions"]')).toContainText('this one counts');
  await expect(teacher.locator('[data-roster] tbody tr')).toHaveCount(1);
  await teacher.getByText('What the device marks can and cannot prove').click();
  await expect(teacher.locator('[data-trust-explainer]')).toContainText('It cannot show who the student is');
  await expectNoAxeViolations(teacher, 'on the review page with three versions');

  // Every version is kept: none is gone after a reload.
  await expect(teacher.locator('[data-hand-in]', { hasText: 'Kept in this browser.' })).toHaveCount(3);
  await teacher.reload();
  await hydrated(teacher, 'review');
  await expect(teacher.locator('[data-hand-in]')).toHaveCount(3);
  await expect(article(teacher, 'Not Bob’s work.').locator('[data-mark="other"]')).toBeVisible();

  // The teacher chooses another version; the choice is kept.
  await article(teacher, 'Bob’s own work.').getByRole('button', { name: 'Count this version instead' }).click();
  await expect(article(teacher, 'Bob’s own work.').locator('[data-mark="versions"]')).toContainText('this one counts');
  await teacher.reload();
  await hydrated(teacher, 'review');
  await expect(teacher.locator('[data-review-versions]')).toContainText('(your choice)');
  await expect(article(teacher, 'Bob’s own work.').locator('[data-mark="versions"]')).toContainText('this one counts');
  expect(errors).toEqual([]);
});

test('future dates, twin hand-ins, look-alike names, invisible characters and work from another week', async ({ browser }) => {
  const teacher = await teacherPage(browser);
  const real = crafted('Bob', new Date().toISOString(), 'The real one.');
  const future = crafted('Bob', '9999-12-31T23:59:59.000Z', 'From the future.');
  const twinA = crafted('Cy', '2026-11-25T10:00:00.000Z', 'Twin A.');
  const twinB = crafted('Cy', '2026-11-25T10:00:00.000Z', 'Twin B.');
  const alice = crafted('Alice', new Date().toISOString(), 'Latin A.');
  const cyrillic = crafted('\u0410lice', new Date().toISOString(), 'Cyrillic A.');
  const hidden = crafted('Alice\u3164', new Date().toISOString(), 'Hangul filler.');
  const otherWeek = crafted('Dee', new Date().toISOString(), 'Grid from long ago.', {
    entries: [{ exercise: 'win-ledger', createdAt: '2020-01-06T10:00:00.000Z', fields: { win: 'Ran a mile' } }],
  });
  await openLinks(
    teacher,
    [future, real, twinA, twinB, alice, cyrillic, hidden, otherWeek].map((h) => `/teach/review/#h=${encode(h)}`),
  );
  await expect(teacher.locator('[data-review-problems]')).toContainText('Link 7: This hand-in cannot be read: Its student name');
  await expect(article(teacher, 'From the future.').locator('[data-mark="future"]')).toContainText('Dated in the future');
  await expect(article(teacher, 'The real one.').locator('[data-mark="versions"]')).toContainText('this one counts');
  await expect(article(teacher, 'Twin A.')).toHaveCount(1);
  await expect(article(teacher, 'Twin B.')).toHaveCount(1);
  await expect(article(teacher, 'Latin A.').locator('[data-mark="look-alike"]')).toContainText('This name looks like “\u0410lice”');
  await expect(article(teacher, 'Cyrillic A.').locator('[data-mark="look-alike"]')).toContainText(
    'This name looks like “Alice” in the same class. It has characters that are not plain Latin letters: U+0410.',
  );
  await expect(article(teacher, 'Grid from long ago.').locator('[data-off="other-practice"]')).toHaveText(
    'Not a practice of this assignment',
  );
  await expect(article(teacher, 'The real one.').locator('[data-mark="unsigned"]')).toContainText('Unsigned.');
});

test('more pasted links than the page opens at once: it says how many were not opened and keeps them', async ({ browser }) => {
  const teacher = await teacherPage(browser);
  const links = Array.from({ length: 250 }, (_, i) => `/teach/review/#h=${encode(crafted(`S${i}`, '2026-11-25T10:00:00.000Z', 'x'))}`);
  await openLinks(teacher, links);
  await expect(teacher.locator('[data-review-problems]')).toContainText('Not opened: 50 more links');
  await expect(teacher.locator('[data-hand-in]')).toHaveCount(200);
  expect((await teacher.getByLabel('Paste hand-in links').inputValue()).split('\n')).toHaveLength(50);
});

test('the exported kept hand-ins open again on the review page; the workbook says where; a huge file is refused unread', async ({
  browser,
}) => {
  const teacher = await teacherPage(browser);
  await openLinks(
    teacher,
    [crafted('Ana', '2026-11-25T10:00:00.000Z', 'Ana’s.'), crafted('Ben', '2026-11-25T10:00:00.000Z', 'Ben’s.')].map(
      (h) => `#h=${encode(h)}`,
    ),
  );
  await expect(teacher.locator('[data-hand-in]', { hasText: 'Kept in this browser.' })).toHaveCount(2);
  const [download] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Export the kept hand-ins' }).click(),
  ]);
  const path = test.info().outputPath('kept.json');
  await download.saveAs(path);

  const other = await teacherPage(browser);
  // Counts every byte the page reads from a file (Blob.text, arrayBuffer, stream): the huge one must be refused unread.
  await other.addInitScript(() => {
    const w = window as unknown as { bytesRead: number };
    w.bytesRead = 0;
    for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
      const original = Blob.prototype[method] as (this: Blob) => unknown;
      if (!original) continue;
      Object.defineProperty(Blob.prototype, method, {
        value(this: Blob) {
          w.bytesRead += this.size;
          return original.call(this);
        },
      });
    }
  });
  await other.reload();
  await hydrated(other, 'review');
  await other.getByLabel('Or open hand-in files').setInputFiles(path);
  await expect(other.locator('[data-hand-in]')).toHaveCount(2);
  await expect(other.locator('[data-review-problems]')).toHaveCount(0);

  await other.goto('/workbook/');
  await hydrated(other, 'workbook');
  await other.getByLabel('File to import').setInputFiles(path);
  await expect(other.locator('[data-import-problem]')).toContainText('Open it on the review page, /teach/review/');

  await other.goto('/teach/review/');
  await hydrated(other, 'review');
  expect(await other.evaluate(() => (window as unknown as { bytesRead: number }).bytesRead)).toBe(0);
  // The 33 MB file is made inside the page (a sparse Blob): sending it through Playwright took 10-40 s.
  await other.getByLabel('Or open hand-in files').evaluate((input: HTMLInputElement) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(33_000_000)], 'huge.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(other.locator('[data-review-problems]')).toContainText('huge.json: This file is 33 MB, larger than any hand-in file');
  expect(await other.evaluate(() => (window as unknown as { bytesRead: number }).bytesRead)).toBe(0);
  expect(readFileSync(path, 'utf8')).toContain('"format": "efficacy-lab-hand-ins"');
});

test('another site framing the workbook cannot delete everything: the page refuses and says to open it in its own tab', async ({
  page,
  baseURL,
}) => {
  // Another origin (another port), served by a real local server: a page the test made up would count
  // as a public site, which the browser's local-network rules keep from framing a local address.
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>Win a prize</title><iframe src="${baseURL}/workbook/" width="1200" height="900"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const evil = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(evil);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-island="workbook"] astro-island:not([ssr])')).toBeAttached();
    const workbook = page.frames().find((f) => f.url().includes('/workbook/'))!;
    await workbook.evaluate(() => localStorage.setItem('efficacy-lab:data:progress-marker', 'kept'));
    await expect(frame.locator('[data-framed]')).toContainText('Open the page in its own tab');
    await frame.getByRole('button', { name: 'Delete everything…' }).click();
    await frame.locator('[data-delete-confirm]').click();
    await expect.poll(() => dialogs).toEqual([expect.stringMatching(/shown inside another website.*Open the page in its own tab/)]);
    await expect(frame.getByText('Everything is deleted from this browser.')).toHaveCount(0);
    expect(await workbook.evaluate(() => localStorage.getItem('efficacy-lab:data:progress-marker'))).toBe('kept');
  } finally {
    server.close();
  }
});
