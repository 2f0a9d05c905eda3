// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The canonical address the site is deployed at. Only the sitemap, canonical links and Open Graph
// metadata use it; every link inside the site is relative to the origin, so the built files work on
// any host. Set SITE_URL when you deploy.
const site = process.env.SITE_URL ?? 'https://efficacy-lab.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops line breaks around inline elements, which silently glues words
  // to links written on the next line. `true` compresses without changing what is rendered.
  compressHTML: true,
  integrations: [mdx(), preact(), sitemap()],
  build: {
    // Stylesheets stay files, never inline <style>: pages share one cached stylesheet and a strict
    // CSP needs no style hashes.
    inlineStylesheets: 'never',
  },
});
