// The phone menu is a <details>, so it works without this; Escape and a click elsewhere close it,
// as people expect of a menu.
const menu = document.querySelector<HTMLDetailsElement>('details.site-menu');
if (menu) {
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
