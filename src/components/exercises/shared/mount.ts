// Wakes an island: hydrates the worksheet Astro rendered on the server (Exercise.astro). Imported by
// each island's mount script, so a page loads only the islands it shows.
//
// Why not Astro's client:visible: its island runtime (about 2 KB gzipped, inline) and renderer client
// (0.8 KB), plus Vite's helper for the dynamic imports it needs (0.9 KB), left no room in the 15 KB
// budget for pages with exercises. This file is a few hundred bytes.
import { h, hydrate, type FunctionComponent } from 'preact';

/**
 * Props come from the root's data-props (JSON written by the server, the same props it rendered
 * with), plus the heading level from data-level.
 */
export function wake(root: HTMLElement, Component: FunctionComponent<any>): void {
  const props = root.dataset['props'] ? (JSON.parse(root.dataset['props']) as object) : {};
  hydrate(h(Component, { ...props, level: root.dataset['level'] === '2' ? 2 : 3 }), root);
  root.dataset['hydrated'] = '';
}

/** Calls `then` for each root of this island once it comes near the viewport. */
function whenNear(roots: HTMLElement[], then: (root: HTMLElement) => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        then(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px' },
  );
  for (const root of roots) observer.observe(root);
}

const rootsOf = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-island="${id}"]`)];

/** Hydrates every root of this island as it comes near the viewport; its code loads with the page. */
export function mountIsland(id: string, Component: FunctionComponent<any>): void {
  whenNear(rootsOf(id), (root) => wake(root, Component));
}
