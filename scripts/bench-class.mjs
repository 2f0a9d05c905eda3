// Part of `npm run bench` (issue 24): opening a class platform's .zip of 40 hand-ins on the review
// page and drawing the class view. The zip is made here as a platform's "download all" makes it (a
// folder per student, with a stray file); each hand-in is coded as the student's page codes it
// (raw deflate of its JSON, base64url: src/lib/transfer/hand-in.ts). Timed in the page, from the
// file input's change event until all 40 rows of the class table are drawn; median of 5 runs, each
// in a fresh browser context (nothing kept from the run before), and again with the CPU slowed 4×.
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { chromium } from '@playwright/test';

const STUDENTS = 40;
const RUNS = 5;
const PHONE_CPU_SLOWDOWN = 4;
const AREAS = ['Maths', 'Reading aloud', 'Speaking in class', 'Homework', 'Science', 'Sport'];

function monday() {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7);
  return d;
}

/** The class's zip: 40 students' hand-in files in a folder each, and one other file. */
export function classZip(students = STUDENTS) {
  const start = monday();
  const week = start.toISOString().slice(0, 10);
  const at = (days) => new Date(start.getTime() + days * 86_400_000 + 10 * 3_600_000).toISOString();
  const tree = { 'Student 1_1000_onlinetext_': { 'onlinetext.html': strToU8('<p>See the attached file.</p>') } };
  for (let i = 0; i < students; i++) {
    const handIn = {
      v: 1,
      assignment: { practices: ['efficacy-grid', 'keep-one-skill'], week, className: '9C', areas: AREAS },
      student: `Student ${i + 1}`,
      handedInAt: at(4),
      entries: [
        {
          exercise: 'efficacy-grid',
          createdAt: at(1),
          fields: {
            ratings: AREAS.map((domain, a) => ({ domain, rating: ((i * 3 + a * 5) % 10) + 1 })),
            focus: AREAS[0],
            success: 'Ask one question',
          },
        },
      ],
      reflections: [
        { practice: 'efficacy-grid', text: 'Maths felt easier this week, and I asked a question in class.' },
        { practice: 'keep-one-skill', text: 'Planning my revision in short blocks.' },
      ],
    };
    const code = `h1.${deflateRawSync(JSON.stringify(handIn), { level: 9 }).toString('base64url')}`;
    tree[`Student ${i + 1}_${1000 + i}_assignsubmission_file_`] = {
      [`efficacy-lab-hand-in-9c-student-${i + 1}-${week}.json`]: strToU8(JSON.stringify({ format: 'efficacy-lab-hand-in', code })),
    };
  }
  return Buffer.from(zipSync(tree));
}

async function openOnce(browser, base, zip, cpuSlowdown) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(`${base}/teach/review/`);
    await page.locator('[data-island="review"] astro-island:not([ssr])').waitFor({ state: 'attached', timeout: 120_000 });
    const done = page.evaluate(
      (n) =>
        new Promise((resolve) => {
          document.addEventListener(
            'change',
            (event) => {
              const started = event.timeStamp;
              const check = () =>
                document.querySelectorAll('[data-class-table] tbody tr').length === n
                  ? resolve(performance.now() - started)
                  : requestAnimationFrame(check);
              check();
            },
            { capture: true, once: true },
          );
        }),
      STUDENTS,
    );
    await page
      .getByLabel('Or open hand-in files')
      .setInputFiles({ name: 'Week 48-9C-download-all.zip', mimeType: 'application/zip', buffer: zip });
    return await done;
  } finally {
    await context.close();
  }
}

/** Returns the markdown table. `base` is where the built site is served. */
export async function benchClass(base, launchOptions) {
  const browser = await chromium.launch(launchOptions);
  const zip = classZip();
  try {
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const normal = [];
    const slowed = [];
    for (let run = 0; run < RUNS; run++) {
      console.error(`Opening a .zip of ${STUDENTS} hand-ins, run ${run + 1} of ${RUNS}…`);
      normal.push(await openOnce(browser, base, zip, 1));
      slowed.push(await openOnce(browser, base, zip, PHONE_CPU_SLOWDOWN));
    }
    return [
      `| Review page | Time to open and draw (ms, median of ${RUNS}) | The same with the CPU slowed ${PHONE_CPU_SLOWDOWN}× |`,
      '| --- | ---: | ---: |',
      `| Open a .zip of ${STUDENTS} hand-ins (${(zip.length / 1024).toFixed(0)} KB, a folder per student and a stray file) and draw the class view | ${Math.round(median(normal))} | ${Math.round(median(slowed))} |`,
    ].join('\n');
  } finally {
    await browser.close();
  }
}
