// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { checkExerciseRuntime, inExerciseRuntime } from './src/integrations/exercise-runtime';
import { onRequestDirective } from './src/integrations/on-request';
import { securityHeaders } from './src/integrations/security-headers';

// The canonical address the site is deployed at. Only the sitemap, canonical links and Open Graph
// metadata use it; every link inside the site is relative to the origin, so the built files work on
// any host. Set SITE_URL when you deploy.
const site = process.env.SITE_URL ?? 'https://efficacy-lab.example';

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
  integrations: [mdx(), preact(), sitemap(), onRequestDirective(), securityHeaders()],
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
            groups: [{ name: 'exercise-runtime', test: inExerciseRuntime }],
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
