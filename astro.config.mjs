// @ts-check
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
  };
}

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops line breaks around inline elements, which silently glues words
  // to links written on the next line. `true` compresses without changing what is rendered.
  compressHTML: true,
  integrations: [mdx(), preact(), sitemap()],
  vite: {
    plugins: [plainDynamicImports()],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Everything the exercise islands share goes in one chunk: gzip compresses one file
            // better than five, and exercise pages have a 15 KB budget.
            groups: [
              // The theme and role scripts on every page share this; keep it out of the runtime.
              { name: 'prefs', test: /src[\\/]lib[\\/]prefs/, priority: 10 },
              {
                name: 'exercise-runtime',
                test: /node_modules[\\/](?:preact|nanostores|@nanostores)[\\/]|src[\\/](?:lib[\\/]storage[\\/]|lib[\\/]exercises[\\/]saved-state-schema|stores[\\/](?:persistence|exercise-store)|components[\\/]exercises[\\/]shared[\\/](?!Notices|EntryList))/,
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
