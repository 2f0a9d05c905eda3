import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

// End-to-end tests run against the built site (`npm run build` first), served by `astro preview`,
// in the system's Chromium (see scripts/browser.mjs; `npm test` installs it when missing).
const PORT = Number(process.env.E2E_PORT ?? 4327);
const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found for the end-to-end tests. Run `npm test` (it installs one on Debian) or set CHROMIUM_PATH.');
}

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Every core: two on CI and on this project's machines.
  workers: '100%',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Generous: a loaded CI machine with two cores runs axe and three browsers at once.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Tracing every test slows the suite by about a sixth; a failure on CI is retried once with a trace.
    trace: 'on-first-retry',
    // The offline worker would answer requests from its cache and hide them from page.route();
    // tests/e2e/site.spec.ts turns it on where it is the subject.
    serviceWorkers: 'block',
    // Dates are shown in the reader's locale: fixed here so the tests read the same on every machine.
    locale: 'en-US',
    // Times too (a saved entry shows its time): the same on every machine, whatever its time zone.
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs() },
      },
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 keeps one preview per project and, when it thinks an agent runs it,
    // moves it to the background; the test server must be this run's own, in the foreground.
    command: `astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
