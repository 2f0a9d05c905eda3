// Part of `npm run bench`: what typing and listing cost as saved data grows (issue 11). In a real
// browser, against the built site:
// - keystroke cost in the "I can't" rewriter with 0, 1,000 and 5,000 saved rewrites: for each of
//   60 keystrokes typed 60 ms apart, the time from the key's input event to the end of the work it
//   causes (handlers, rendering, style and layout, and any save that runs meanwhile), median and
//   95th percentile;
// - the workbook's time to list 1,000 and 5,000 rewrites (and, for comparison, to show that nothing is
//   saved): from navigation start until the newest entries and the count ("Showing 50 of 5000
//   rewrites") are in the page (a long list shows one page of entries, with "Show more"), median of
//   5 loads, also with the CPU slowed 4x as for a phone; and, as printing needs, the time to show
//   every entry after that;
// - keystroke cost while editing a saved entry in place (its "Edit" fields save as they are typed),
//   in the rewriter and in the win ledger, with 1, 1,000 and 5,000 saved entries.
import { chromium } from '@playwright/test';

const SIZES = [0, 1000, 5000];
// 0: the empty workbook, for comparison (what the page costs with nothing to list).
const LISTS = [0, 1000, 5000];
// A page load varies more than a keystroke: each list is loaded this many times, and the median shown.
const LIST_RUNS = 5;
// The workbook is also timed with the CPU slowed this many times, as Lighthouse does for a phone.
const PHONE_CPU_SLOWDOWN = 4;
const KEYSTROKES = 60;
// Editing in place needs an entry to edit.
const EDIT_SIZES = [1, 1000, 5000];

/** A saved rewriter state with `count` rewrites spread over two years, as the site stores it. */
function rewrites(count) {
  return envelope(
    'cant-rewriter',
    count,
    (i, at) => ({
      id: `bench-${i}`,
      thought: `I can't get the hang of task number ${i}, I always mess it up when people are watching`,
      rewrite: `I don't yet know how to get the hang of task number ${i}.`,
      skill: 'Practising it once a day',
      step: 'Ten minutes after dinner',
      createdAt: at,
      updatedAt: at,
    }),
    { thought: '', rewrite: '', skill: '', step: '', rewriteEdited: false },
  );
}

/** A saved win ledger with `count` wins spread over two years, in six areas (or each in an area of its own). */
function wins(count, distinctAreas = false) {
  const areas = ['Work', 'Family', 'Health', 'Study', 'Friends', 'Home'];
  return envelope(
    'win-ledger',
    count,
    (i, at) => ({
      id: `bench-${i}`,
      win: `Asked a question in meeting number ${i} although I was nervous`,
      domain: distinctAreas ? `Area ${i}` : areas[i % areas.length],
      difficulty: 'a stretch',
      day: at.slice(0, 10),
      createdAt: at,
      updatedAt: at,
    }),
    { win: '', domain: '', difficulty: '', day: '' },
  );
}

/** An exercise's saved state as the site stores it: `count` entries made by `entry(i, isoTime)`. */
function envelope(exercise, count, entry, draftValue) {
  const start = Date.UTC(2024, 0, 1);
  const entries = Array.from({ length: count }, (_, i) =>
    entry(i, new Date(start + Math.floor((i / Math.max(count, 1)) * 700) * 86_400_000 + i * 1000).toISOString()),
  );
  return JSON.stringify({
    app: 'efficacy-lab',
    exercise,
    version: 1,
    updatedAt: new Date().toISOString(),
    data: { entries, draft: { value: draftValue, updatedAt: '' } },
  });
}

async function seeded(browser, base, count, exercise = 'cant-rewriter', distinctAreas = false) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/about/`);
  const text = exercise === 'win-ledger' ? wins(count, distinctAreas) : rewrites(count);
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      if (value) localStorage.setItem(key, value);
    },
    [`efficacy-lab:data:${exercise}`, count > 0 ? text : ''],
  );
  return { context, page };
}

/** Records, for each input event from now on, the time until the work it causes is done. */
async function recordCosts(page) {
  await page.evaluate(() => {
    window.__costs = [];
    document.addEventListener(
      'input',
      (event) => {
        const started = event.timeStamp;
        setTimeout(() => {
          void document.body.offsetHeight; // style and layout of what the keystroke changed
          window.__costs.push(performance.now() - started);
        }, 0);
      },
      true,
    );
  });
}

async function typedCosts(page, text) {
  await page.keyboard.type(text.slice(0, KEYSTROKES).padEnd(KEYSTROKES, 'x'), { delay: 60 });
  await page.waitForTimeout(2500); // the last save
  const costs = (await page.evaluate(() => window.__costs)).sort((a, b) => a - b);
  return { median: percentile(costs, 50), p95: percentile(costs, 95) };
}

/** Keystroke cost in the first field of the newest entry's editor, opened from the workbook's link. */
async function editKeystrokes(browser, base, exercise, count) {
  const { context, page } = await seeded(browser, base, count, exercise);
  try {
    await page.goto(`${base}/practice/${exercise}/?entry=bench-${count - 1}`);
    await page.locator(`[data-island="${exercise}"] astro-island:not([ssr])`).waitFor({ state: 'attached', timeout: 180_000 });
    const field = page.locator('.entry__editor :is(input, textarea)').first();
    await field.focus({ timeout: 180_000 });
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    await recordCosts(page);
    return await typedCosts(page, ' and then I asked another one the week after, which went well');
  } finally {
    await context.close();
  }
}

/** Keystroke cost in the win ledger's new-win field with `count` wins, each in an area of its own (issue 23). */
async function winKeystrokes(browser, base, count) {
  const { context, page } = await seeded(browser, base, count, 'win-ledger', true);
  try {
    await page.goto(`${base}/practice/win-ledger/`);
    await page.locator('[data-island="win-ledger"] astro-island:not([ssr])').waitFor({ state: 'attached', timeout: 180_000 });
    await page.getByLabel('The win, in one line').focus({ timeout: 180_000 });
    await page.waitForTimeout(1500); // the tallies and the saved list arrive
    await recordCosts(page);
    return await typedCosts(page, 'Spoke up in the planning meeting for the first time this year');
  } finally {
    await context.close();
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function keystrokes(browser, base, count) {
  const { context, page } = await seeded(browser, base, count);
  try {
    await page.goto(`${base}/practice/cant-rewriter/`);
    await page.locator('[data-island="cant-rewriter"] astro-island:not([ssr])').waitFor({ state: 'attached', timeout: 180_000 });
    const field = page.getByLabel('Your thought');
    await field.focus({ timeout: 180_000 });
    await page.keyboard.type('I ', { delay: 100 }); // the rules load on the first keystroke
    await page.waitForTimeout(500);
    await recordCosts(page);
    return await typedCosts(page, "can't remember names at parties and it ruins every eve");
  } finally {
    await context.close();
  }
}

async function workbookList(browser, base, count, cpuSlowdown = 1) {
  const { context, page } = await seeded(browser, base, count);
  const section = '[data-workbook-exercise="cant-rewriter"]';
  try {
    // As on a mid-range phone: Chromium's own CPU throttling (what Lighthouse's mobile run uses).
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(`${base}/workbook/`, { waitUntil: 'commit' });
    await page.waitForFunction(
      ([s, n]) =>
        n === 0
          ? document.querySelector('[data-workbook-empty]') && document.querySelector('[data-island="workbook"] astro-island:not([ssr])')
          : document.querySelectorAll(`${s} .entry`).length === Math.min(n, 50) && document.querySelector(`${s} [data-entries-shown]`),
      [section, count],
      { timeout: 120_000, polling: 'raf' },
    );
    const listed = await page.evaluate(() => performance.now());
    if (count === 0) return { listed, all: 0 };
    // What printing does (the Print button, or the browser's own): every entry on the page.
    const all = await page.evaluate(
      ([s, n]) =>
        new Promise((resolve) => {
          const started = performance.now();
          dispatchEvent(new Event('beforeprint'));
          const check = () =>
            document.querySelectorAll(`${s} .entry`).length === n ? resolve(performance.now() - started) : requestAnimationFrame(check);
          check();
        }),
      [section, count],
    );
    return { listed, all };
  } finally {
    await context.close();
  }
}

/** Returns the markdown tables. `base` is where the built site is served. */
export async function benchSaving(base, launchOptions) {
  const browser = await chromium.launch(launchOptions);
  try {
    const typing = [];
    for (const size of SIZES) {
      console.error(`Typing with ${size} saved rewrites…`);
      typing.push({ size, ...(await keystrokes(browser, base, size)) });
    }
    const lists = [];
    for (const size of LISTS) {
      console.error(`Listing ${size} rewrites in the workbook (${LIST_RUNS} loads)…`);
      const runs = [];
      const slowed = [];
      for (let run = 0; run < LIST_RUNS; run++) {
        runs.push(await workbookList(browser, base, size));
        slowed.push(await workbookList(browser, base, size, PHONE_CPU_SLOWDOWN));
      }
      const median = (list, key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(LIST_RUNS / 2)];
      lists.push({ size, listed: median(runs, 'listed'), all: median(runs, 'all'), phone: median(slowed, 'listed') });
    }
    const editing = [];
    for (const exercise of ['cant-rewriter', 'win-ledger']) {
      for (const size of EDIT_SIZES) {
        console.error(`Editing an entry in place in ${exercise} with ${size} saved…`);
        editing.push({ exercise, size, ...(await editKeystrokes(browser, base, exercise, size)) });
      }
    }
    console.error('Typing a new win with 5000 wins in 5000 areas…');
    const manyAreas = await winKeystrokes(browser, base, 5000);
    const ms = (n) => n.toFixed(1);
    return [
      '| Saved rewrites | Keystroke median (ms) | Keystroke 95th percentile (ms) |',
      '| ---: | ---: | ---: |',
      ...typing.map((r) => `| ${r.size.toLocaleString('en')} | ${ms(r.median)} | ${ms(r.p95)} |`),
      '',
      `| Rewrites in the workbook | Time to list them (ms, median of ${LIST_RUNS} loads): newest 50 and the count | The same with the CPU slowed ${PHONE_CPU_SLOWDOWN}× (a phone) | Then every entry, as for printing (ms) |`,
      '| ---: | ---: | ---: | ---: |',
      ...lists.map(
        (r) =>
          `| ${r.size.toLocaleString('en')} | ${Math.round(r.listed)} | ${Math.round(r.phone)} | ${r.size ? Math.round(r.all) : '–'} |`,
      ),
      '',
      '| Editing a saved entry in place | Saved entries | Keystroke median (ms) | Keystroke 95th percentile (ms) |',
      '| --- | ---: | ---: | ---: |',
      ...editing.map(
        (r) =>
          `| ${r.exercise === 'win-ledger' ? 'Win ledger' : '"I can\'t" rewriter'} | ${r.size.toLocaleString('en')} | ${ms(r.median)} | ${ms(r.p95)} |`,
      ),
      '',
      '| Typing a new win | Saved wins | Keystroke median (ms) | Keystroke 95th percentile (ms) |',
      '| --- | ---: | ---: | ---: |',
      `| Each win in an area of its own | 5,000 | ${ms(manyAreas.median)} | ${ms(manyAreas.p95)} |`,
    ].join('\n');
  } finally {
    await browser.close();
  }
}
