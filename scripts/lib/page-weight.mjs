// The JavaScript a built page costs, read from dist/ (no browser): its inline scripts, its module
// scripts, and each Astro island's component and renderer, with every module they import statically.
// Dynamic import()s are what loads on an action (a worksheet's lazy parts, an island opened on
// request); they are counted apart. Sizes are gzip level 9 of each file, as a server would send it;
// "KB" is 1,024 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** `/_astro/x.js` → its file in dist. */
const fileOf = (dist, url) => join(dist, url.split('?')[0]);

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** A module's static imports and dynamic imports, as absolute URLs. */
function importsOf(dist, url, cache) {
  let entry = cache.get(url);
  if (!entry) {
    const code = readFileSync(fileOf(dist, url), 'utf8');
    const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
    entry = {
      bytes: gzipSize(code),
      statics: [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1])),
      dynamics: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1])),
    };
    cache.set(url, entry);
  }
  return entry;
}

/** Every module `roots` load without an action: the roots and their static imports, transitively. */
function closure(dist, roots, cache, seen = new Set()) {
  const stack = [...roots];
  while (stack.length) {
    const url = stack.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    stack.push(...importsOf(dist, url, cache).statics);
  }
  return seen;
}

/** Preact, Astro's Preact renderer, or the worksheets' runtime chunk that holds Preact. */
const isFramework = (url) => /preact|exercise-runtime|\/client\.[\w-]+\.js$/.test(url);

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * The page at `htmlPath` (relative to dist): bytes once every island near the viewport has hydrated,
 * once those shown on request are opened too, and once every lazy part has loaded.
 */
export function pageWeight(dist, htmlPath, cache = new Map()) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((text) => text.trim() !== '' && !/^\s*\{/.test(text)); // JSON-LD data is not code
  const inlineBytes = inline.reduce((sum, text) => sum + gzipSize(text), 0);
  const moduleScripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const islands = [...html.matchAll(/<astro-island\s[^>]*>/g)].map((m) => ({
    component: attr(m[0], 'component-url'),
    renderer: attr(m[0], 'renderer-url'),
    directive: attr(m[0], 'client'),
  }));
  const eager = [...moduleScripts, ...islands.filter((i) => i.directive !== 'request').flatMap((i) => [i.component, i.renderer])];
  const onRequest = islands.filter((i) => i.directive === 'request').flatMap((i) => [i.component, i.renderer]);
  const bytes = (urls) => [...urls].reduce((sum, url) => sum + importsOf(dist, url, cache).bytes, 0);

  // What loads before any island comes near the viewport: the inline scripts and the page's own.
  const beforeIslands = closure(dist, moduleScripts, cache);
  const hydrated = closure(dist, eager.filter(Boolean), cache);
  const opened = closure(dist, onRequest.filter(Boolean), cache, new Set(hydrated));
  // Everything reachable at all, lazy parts included.
  const everything = new Set(opened);
  for (let grew = true; grew;) {
    grew = false;
    for (const url of [...everything]) {
      for (const lazy of importsOf(dist, url, cache).dynamics) {
        if (!everything.has(lazy)) {
          closure(dist, [lazy], cache, everything);
          grew = true;
        }
      }
    }
  }
  return {
    islands: islands.length,
    /** Islands that hydrate near the viewport (client:visible, client:load), and those opened on request. */
    nearIslands: islands.filter((i) => i.directive !== 'request').length,
    requestIslands: islands.filter((i) => i.directive === 'request').length,
    /** Bytes before any island hydrates, and whether the framework is among them (it must not be). */
    beforeIslands: inlineBytes + bytes(beforeIslands),
    frameworkBeforeIslands: [...beforeIslands].some(isFramework),
    /** The Preact runtime is on the page (a lesson without exercises must not have it). */
    framework: [...hydrated].some(isFramework) || islands.length > 0,
    hydrated: inlineBytes + bytes(hydrated),
    opened: inlineBytes + bytes(opened),
    inUse: inlineBytes + bytes(everything),
    inlineBytes,
    files: [...everything].map((url) => ({
      url,
      bytes: importsOf(dist, url, cache).bytes,
      when: hydrated.has(url) ? 'hydrated' : opened.has(url) ? 'opened' : 'lazy',
    })),
  };
}
