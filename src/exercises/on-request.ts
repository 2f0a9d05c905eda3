// The client:request directive (registered in astro.config.mjs with Astro's addClientDirective): an
// island that hydrates when the reader opens it. Exercise.astro renders such a worksheet hidden, with
// an "Open the worksheet here" button in a form whose action is the exercise's own page (where a
// reader without JavaScript goes: a button that opens something here, not a link that acts as one). Opening loads the code, hydrates the worksheet while it is still hidden, then
// shows it with focus on its first control, so no keystroke can land in a worksheet that is not live.
// If the code cannot be loaded (Astro then reports astro:hydration-error and leaves the island
// unhydrated, with its `ssr` attribute), the form's page is opened: the exercise's own page has it too.
import type { ClientDirective } from 'astro';

const onRequest: ClientDirective = (load, _options, island) => {
  const box = island.closest<HTMLElement>('[data-on-request]');
  const opener = box?.querySelector<HTMLButtonElement>('button[data-open]');
  const form = opener?.form;
  const worksheet = box?.querySelector<HTMLElement>('[data-worksheet]');
  if (!box || !form || !opener || !worksheet) return;
  let opening = false; // a second click while the code loads must not hydrate twice
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (opening) return;
    opening = true;
    opener.setAttribute('aria-busy', 'true');
    const fallBack = () => window.location.assign(form.action);
    void load()
      .then((hydrate) => hydrate())
      .then(() => {
        if (island.hasAttribute('ssr')) return fallBack();
        worksheet.hidden = false;
        form.hidden = true;
        island.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
      }, fallBack);
  });
};

export default onRequest;
