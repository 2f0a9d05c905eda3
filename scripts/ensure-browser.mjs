// `npm test` runs this first: the end-to-end tests need a browser, and a fresh machine has none.
import { chromiumArgs, ensureChromium } from './browser.mjs';
import { execFileSync } from 'node:child_process';

const path = ensureChromium();
const version = execFileSync(path, [...chromiumArgs(), '--headless', '--version'], { encoding: 'utf8' }).trim();
console.log(`Browser for end-to-end tests: ${path} (${version})`);
