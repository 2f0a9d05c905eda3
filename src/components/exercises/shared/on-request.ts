// Hydration for an exercise shown on request inside a lesson (Exercise.astro's `onRequest`): a
// second tool in a lesson's text. Its code loads only when the reader opens it, so a lesson with two
// tools stays within its JavaScript budget; the worksheet appears already hydrated, with focus on its
// first control, so nothing typed before hydration can be lost. (On its own page the same exercise
// hydrates like any other, through its mount script.)
// Kept out of the shared runtime chunk (astro.config.mjs): only lessons with such a tool need it.
import type { FunctionComponent } from 'preact';
import { wake } from './mount';

export function mountOnRequest(id: string, load: () => Promise<{ default: FunctionComponent<any> }>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-on-request] [data-island="${id}"]`)) {
    const box = root.closest<HTMLElement>('[data-on-request]')!;
    const opener = box.querySelector<HTMLElement>('[data-open]')!;
    let opening = false; // a second click while the code loads must not hydrate twice
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      if (opening) return;
      opening = true;
      void load().then(({ default: Component }) => {
        wake(root, Component);
        root.parentElement!.hidden = false;
        opener.parentElement!.hidden = true;
        root.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
      });
    });
  }
}
