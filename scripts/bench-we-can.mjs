// Part of `npm run bench` (issue 25): how long the "We can" class picture takes to draw for a class of
// 40, in a real browser against the built site. Forty hand-in links (each a student's five ratings, as
// the student's page makes them) are pasted into /teach/review/; the time runs from the press of
// "Open the links" until the picture shows every statement with all 40 dots (links read and checked,
// the picture's code fetched on first use, the statistics worked out and drawn). Median of 5 runs,
// also with the CPU slowed 4× as Lighthouse does for a phone. The limit the issue sets: 300 ms.
import { deflateRawSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const STUDENTS = 40;
const RUNS = 5;
const PHONE_CPU_SLOWDOWN = 4;
const STATEMENTS = [
  'finish the science project on time',
  'work quietly when the teacher is out',
  'help a classmate who has fallen behind to catch up',
  'sort out a disagreement without leaving anyone out',
  'agree on a plan for revision and stick to it',
];

/** A hand-in link as the student's page makes one: JSON, raw deflate, base64url, after "#h=h1.". */
function link(i) {
  const handIn = {
    v: 1,
    assignment: { practices: ['efficacy-grid'], week: '2026-11-30', className: '9B', statements: STATEMENTS },
    student: `Student name ${i + 1}`,
    handedInAt: '2026-12-01T09:00:00.000Z',
    entries: [
      {
        exercise: 'we-can',
        createdAt: '2026-12-01T08:00:00.000Z',
        // Ratings spread over the scale, different for each student and statement.
        fields: { ratings: STATEMENTS.map((statement, j) => ({ statement, rating: ((i * 3 + j * 7) % 11) * 10 })), mode: 'own' },
      },
    ],
    reflections: [],
  };
  return `/teach/review/#h=h1.${deflateRawSync(JSON.stringify(handIn), { level: 9 }).toString('base64url')}`;
}

async function drawOnce(browser, base, cpuSlowdown) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/teach/review/`);
    await page.locator('[data-island="review"] astro-island:not([ssr])').waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByLabel('Paste hand-in links').fill(Array.from({ length: STUDENTS }, (_, i) => `${base}${link(i)}`).join('\n'));
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const button = page.getByRole('button', { name: 'Open the links' });
    await button.evaluate(
      (b, [rows, dots]) => {
        window.__drawn = new Promise((resolve) => {
          b.addEventListener('click', () => {
            const started = performance.now();
            const check = () =>
              document.querySelectorAll('[data-we-can-picture] .we-can-picture__row').length === rows &&
              document.querySelectorAll('[data-we-can-picture] .we-can-picture__dot').length === rows * dots
                ? resolve(performance.now() - started)
                : requestAnimationFrame(check);
            check();
          });
        });
      },
      [STATEMENTS.length, STUDENTS],
    );
    await button.click();
    return await page.evaluate(() => window.__drawn);
  } finally {
    await context.close();
  }
}

/** Returns the markdown table. `base` is where the built site is served. */
export async function benchWeCan(base, launchOptions) {
  const browser = await chromium.launch(launchOptions);
  try {
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const normal = [];
    const slowed = [];
    for (let run = 0; run < RUNS; run++) {
      console.error(`The "We can" class picture for ${STUDENTS} hand-ins, run ${run + 1} of ${RUNS}…`);
      normal.push(await drawOnce(browser, base, 1));
      slowed.push(await drawOnce(browser, base, PHONE_CPU_SLOWDOWN));
    }
    return [
      `| "We can" class picture | Hand-ins | From "Open the links" to the picture drawn (ms, median of ${RUNS}) | The same with the CPU slowed ${PHONE_CPU_SLOWDOWN}× (a phone) | Limit |`,
      '| --- | ---: | ---: | ---: | ---: |',
      `| Five statements, every rating a dot | ${STUDENTS} | ${Math.round(median(normal))} | ${Math.round(median(slowed))} | 300 |`,
    ].join('\n');
  } finally {
    await browser.close();
  }
}
