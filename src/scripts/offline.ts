// Registers the service worker (public/sw.js, generated at build time) so lessons and exercises work
// with no connection. A new version waits until every tab of the old one is closed, so a page in use
// is never switched under a reader: it takes over on the next visit.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Blocked (private windows, policies) or not allowed here: the site works online as before.
    });
  });
}
