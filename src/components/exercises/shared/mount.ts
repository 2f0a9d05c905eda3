// Wakes an exercise island: hydrates the worksheet Astro rendered on the server (Exercise.astro)
// once it comes near the viewport. Imported by each exercise's mount script, so a page loads only
// the exercises it shows.
//
// Why not Astro's client:visible: its island runtime (about 2 KB gzipped, inline) and renderer client
// (0.8 KB), plus Vite's helper for the dynamic imports it needs (0.9 KB), left no room in the 15 KB
// budget for pages with exercises. Loading the exercise's module up front as a deferred module script
// costs no render time, and this file is a few hundred bytes.
import { h, hydrate, type FunctionComponent } from 'preact';

/**
 * Props come from the root's data-props (JSON written by the server, the same props it rendered
 * with), plus the heading level from data-level.
 */
export function mountIsland(id: string, Component: FunctionComponent<any>): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const root = entry.target as HTMLElement;
        observer.unobserve(root);
        const props = root.dataset['props'] ? (JSON.parse(root.dataset['props']) as object) : {};
        hydrate(h(Component, { ...props, level: root.dataset['level'] === '2' ? 2 : 3 }), root);
        root.dataset['hydrated'] = '';
      }
    },
    { rootMargin: '400px' },
  );
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${id}"]`)) observer.observe(root);
}
