// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The canonical address the site is deployed at. Only the sitemap, canonical links and Open Graph
// metadata use it; every link inside the site is relative to the origin, so the built files work on
// any host. Set SITE_URL when you deploy.
const site = process.env.SITE_URL ?? 'https://efficacy-lab.example';

/**
 * What every worksheet loads (Preact, nanostores, the saving layer, the frame and its fields) goes in
 * one chunk: one request and one gzip stream instead of a dozen small files, about 0.8 KB less on a
 * worksheet page. Parts that load on demand (storage notices, the saved-entries list) stay out.
 */
const EXERCISE_RUNTIME_PARTS = [
  /node_modules[\\/](?:preact|@nanostores)[\\/]/,
  // Not `computed`: only the pages that list every exercise use it (src/exercises/stores.ts).
  /node_modules[\\/]nanostores[\\/](?!computed[\\/])/,
  /src[\\/]lib[\\/]storage[\\/]/,
  /src[\\/]lib[\\/]exercises[\\/](?:saved-state-schema|define)\.ts$/,
  /src[\\/]lib[\\/]date-format\.ts$/,
  /src[\\/]stores[\\/](?:persistence|exercise-store)\.ts$/,
  /src[\\/]exercises[\\/]shared[\\/](?:use-exercise|ExerciseFrame|fields|SavedEntries)\.tsx?$/,
];
const inExerciseRuntime = (/** @type {string} */ id) => EXERCISE_RUNTIME_PARTS.some((part) => part.test(id));

/**
 * Fails the build when a part of EXERCISE_RUNTIME_PARTS no longer matches any module in the chunk (a
 * file renamed or moved): the grouping must not silently stop working. Reads the bundle through
 * Rollup's public plugin API and changes nothing.
 * @returns {import('vite').Plugin}
 */
function checkExerciseRuntime() {
  return {
    name: 'efficacy-lab:check-exercise-runtime',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      // The server build has no client chunks; only the client build is checked.
      if (!chunks.some((c) => c.moduleIds.some((id) => /node_modules[\\/]preact[\\/]dist[\\/]preact\.module/.test(id)))) return;
      const runtime = chunks.find((c) => c.name === 'exercise-runtime');
      const missing = EXERCISE_RUNTIME_PARTS.filter((part) => !runtime?.moduleIds.some((id) => part.test(id)));
      if (missing.length > 0) {
        this.error(
          `The exercise-runtime chunk no longer holds ${missing.map(String).join(', ')}: update EXERCISE_RUNTIME_PARTS in astro.config.mjs.`,
        );
      }
    },
  };
}

/**
 * client:request, for a worksheet that hydrates when the reader opens it (src/exercises/on-request.ts).
 * @returns {import('astro').AstroIntegration}
 */
function onRequestDirective() {
  return {
    name: 'efficacy-lab:on-request',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'request', entrypoint: fileURLToPath(new URL('src/exercises/on-request.ts', import.meta.url)) });
      },
    },
  };
}

/**
 * The CSP hash of an inline script's exact text.
 * @param {string} file
 * @returns {`sha256-${string}`}
 */
function inlineScriptHash(file) {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops line breaks around inline elements, which silently glues words
  // to links written on the next line. `true` compresses without changing what is rendered.
  compressHTML: true,
  // No code blocks in the lessons, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), preact(), sitemap(), onRequestDirective()],
  security: {
    // A strict policy in a <meta> on every page: scripts only from this site or with the hash of
    // their exact text (Astro adds the hashes), nothing from any other origin, no plugins.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (and nothing more).
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script, the theme set before first paint (src/components/site/ThemeInit.astro).
        hashes: [inlineScriptHash('src/scripts/theme-init.inline.js')],
      },
    },
  },
  vite: {
    plugins: [checkExerciseRuntime()],
    build: {
      // Page scripts stay files too, even small ones: one cached file instead of the same bytes
      // in every page, and nothing inline for the CSP to hash.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Inline imported string constants everywhere (src/lib/storage-keys.ts), so sharing a key
        // name does not make the site script import from the exercises' code.
        optimization: { inlineConst: { mode: 'all', pass: 1 } },
        output: {
          codeSplitting: {
            groups: [
              { name: 'exercise-runtime', test: inExerciseRuntime },
              // Vite's helper for import() stays out of the runtime: the script that opens a lesson's check
              // (src/components/lesson/check/open-check.ts) uses it on pages that must not load the runtime.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  build: {
    // Stylesheets stay files, never inline <style>: pages share one cached stylesheet and a strict
    // CSP needs no style hashes.
    inlineStylesheets: 'never',
  },
});
