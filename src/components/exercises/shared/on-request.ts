// Mounting for an exercise that a lesson may show on request (Exercise.astro's `onRequest`): a second
// tool inside a lesson's text. There its code loads only when the reader opens it, so a lesson with
// two tools stays within its JavaScript budget; the worksheet appears already hydrated, with focus
// on its first control, so nothing typed before hydration can be lost. Anywhere else (its own page)
// it loads at once and hydrates near the viewport, like every exercise.
// Kept out of the shared runtime chunk (astro.config.mjs): only these exercises' pages need it.
import type { FunctionComponent } from 'preact';
import { wake, whenNear } from './mount';

type Loader = () => Promise<{ default: FunctionComponent<any> }>;

export function mountOnRequest(id: string, load: Loader): void {
  const near: HTMLElement[] = [];
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${id}"]`)) {
    const box = root.closest<HTMLElement>('[data-on-request]');
    if (!box) {
      near.push(root);
      continue;
    }
    const opener = box.querySelector<HTMLElement>('[data-open]')!;
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      void load().then(({ default: Component }) => {
        wake(root, Component);
        root.parentElement!.hidden = false;
        opener.parentElement!.hidden = true;
        root.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
      });
    });
  }
  if (near.length > 0) {
    const loading = load();
    whenNear(near, (root) => void loading.then(({ default: Component }) => wake(root, Component)));
  }
}
