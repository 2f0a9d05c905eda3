// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The canonical address the site is deployed at. Only the sitemap, canonical links and Open Graph
// metadata use it; every link inside the site is relative to the origin, so the built files work on
// any host. Set SITE_URL when you deploy.
const site = process.env.SITE_URL ?? 'https://efficacy-lab.example';

/**
 * Vite wraps every dynamic import() in a helper that preloads the imported chunk's dependencies and
 * CSS (0.9 KB gzipped). Our dynamic imports are small on-demand chunks with no CSS, so a plain
 * import() is enough; this replaces the helper on the client with a one-line version.
 */
function plainDynamicImports() {
  return {
    name: 'efficacy-lab:plain-dynamic-imports',
    enforce: /** @type {const} */ ('pre'),
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler() {
        return 'export const __vitePreload = (load) => load();';
      },
    },
    // Vite still writes each dynamic import's list of files to preload (__vite__mapDeps, about 100
    // bytes gzipped per script that has one), which the helper above never reads: drop the lists.
    generateBundle: {
      order: /** @type {const} */ ('post'),
      /** @param {unknown} _options @param {Record<string, { type: string, code?: string }>} bundle */
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.code?.includes('__vite__mapDeps')) continue;
          chunk.code = chunk.code
            .replace(/const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/, '')
            .replace(/,\s*__vite__mapDeps\(\[[\d,\s]*\]\)/g, '');
        }
      },
    },
  };
}

/**
 * The chunk an exercise's own modules go in, or null. Parts each exercise loads on demand (the
 * rewriter's rules, the grid's checks and earlier rounds) stay out, so they keep loading on demand.
 * @param {string} id
 * @returns {string | null}
 */
function exerciseChunkOf(id) {
  const path = id.replaceAll('\\', '/');
  // Components named *.lazy.tsx are loaded on demand: the pattern leaves them out, so they get
  // chunks of their own.
  const match =
    path.match(/\/src\/components\/exercises\/([a-z-]+)\/[A-Za-z]+\.tsx$/) ??
    path.match(/\/src\/(?:lib\/exercises|stores)\/([a-z-]+?)(?:-data)?\.ts$/);
  const name = match?.[1];
  // Only names that are exercises (a folder in src/components/exercises), and never the shared code.
  if (!name || name === 'shared' || !existsSync(new URL(`src/components/exercises/${name}/`, import.meta.url))) return null;
  if (path.endsWith('/lib/exercises/cant-rewriter.ts')) return null;
  return `exercise-${name}`;
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
  integrations: [mdx(), preact(), sitemap()],
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
    plugins: [plainDynamicImports()],
    build: {
      // Page scripts stay files too, even small ones: one cached file instead of the same bytes
      // in every page, and nothing inline for the CSP to hash.
      assetsInlineLimit: 0,
      // Terser with two passes writes about 3% less gzipped JavaScript than the default minifier
      // here, which is what keeps a lesson with the grid under its 15 KB budget.
      minify: 'terser',
      terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { ecma: 2020 } },
      rolldownOptions: {
        // Inline imported string constants everywhere (src/lib/storage-keys.ts), so sharing a key
        // name does not make the site script import from the exercise runtime.
        optimization: { inlineConst: { mode: 'all', pass: 1 } },
        output: {
          codeSplitting: {
            // Everything the exercise islands share goes in one chunk: gzip compresses one file
            // better than five, and exercise pages have a 15 KB budget.
            groups: [
              // Each exercise's component, rules and store in one chunk: the workbook and the
              // teachers' pages read the rules and stores too, and without this an exercise page
              // would load them as separate small chunks (about 0.5 KB more, gzipped).
              {
                name: (id) => exerciseChunkOf(id),
                test: (id) => exerciseChunkOf(id) !== null,
                priority: 5,
              },
              {
                name: 'exercise-runtime',
                // Before the exercise groups, which would otherwise take the runtime in with them.
                priority: 8,
                test: /node_modules[\\/](?:preact|nanostores|@nanostores)[\\/]|src[\\/](?:lib[\\/]storage[\\/]|lib[\\/]exercises[\\/]saved-state-schema|stores[\\/](?:persistence|exercise-store)\.ts|components[\\/]exercises[\\/]shared[\\/](?!Notices|EntryList|download|on-request))/,
              },
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
