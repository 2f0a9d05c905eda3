// Finds a Chromium for Playwright. Playwright cannot download its own browsers on our machines, so we
// use the system's: Debian's `chromium-headless-shell` package first (the headless-only build, which is
// what Playwright itself runs headless tests in; the full browser starts a UI renderer for every page
// and made the end-to-end suite about twice as slow on two cores), then a full Chromium or Chrome, or
// any browser named by CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CANDIDATES = [
  HEADLESS_SHELL,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a usable Chromium, or undefined. CHROMIUM_PATH wins when set. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Chromium refuses to start its sandbox as root (containers, CI); only then is it turned off. */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Makes sure a Chromium exists, installing Debian's headless shell when we are root on Debian and it
 * is missing (even if a full Chromium is there: the suite runs twice as fast in the shell).
 * Returns the path; exits with a clear message when there is no way to get one.
 */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (process.env.CHROMIUM_PATH) {
    if (found) return found;
    fail(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  if (found === HEADLESS_SHELL) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot) {
    log("Installing Debian's chromium-headless-shell package for the end-to-end tests (apt-get install -y chromium-headless-shell)...");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      if (found) {
        log(`Installing it failed (${error.message}); using ${found}, which is slower.`);
        return found;
      }
      fail(`Installing Debian's chromium-headless-shell package failed (${error.message}).`);
    }
    const installed = findChromium();
    if (installed) return installed;
    fail(`apt-get reported success, but ${HEADLESS_SHELL} is still missing.`);
  }
  if (found) return found;
  fail(
    isDebianLike()
      ? 'Install it with: sudo apt-get install -y chromium-headless-shell'
      : 'Install Chromium or Google Chrome, or set CHROMIUM_PATH to the browser executable.',
  );
}

function fail(hint) {
  console.error(`\nThe end-to-end tests need Chromium and none was found (looked at CHROMIUM_PATH, ${CANDIDATES.join(', ')}).\n${hint}\n`);
  process.exit(1);
}
