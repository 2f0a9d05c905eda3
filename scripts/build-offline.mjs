// After `astro build` and the search index: writes dist/sw.js, the service worker that keeps every
// page, script, stylesheet and font of this version in the browser's cache, so lessons and exercises work
// with no connection. Workbox (workbox-build) generates it with its runtime inlined: no request to
// any CDN. A new version installs in the background and takes over when every old tab has closed.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,svg,webmanifest,woff2}'],
  // The search index loads when someone searches, and is cached then (below).
  globIgnores: ['pagefind/**', 'sw.js'],
  swDest: 'dist/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  // /lessons/x/ is served by /lessons/x/index.html.
  directoryIndex: 'index.html',
  // Every page is static and reads its query (an assignment link) in the browser, so the cached
  // page answers for any query string.
  ignoreURLParametersMatching: [/.*/],
  runtimeCaching: [
    // An address this version does not have (every page it has is precached and answered above):
    // asked of the network, and offline answered with the site's own 404 page, not the browser's
    // error page. Not navigateFallback, which would answer every unknown page with the 404 even
    // online, such as a page added by a newer version.
    {
      urlPattern: ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
    },
    {
      urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/pagefind/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'efficacy-lab-search' },
    },
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
