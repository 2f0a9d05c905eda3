// Escape closes the site menu, as people expect of a menu: a <details> alone stays open. Focus goes
// back to "Menu". Only when focus is in the menu, so Escape elsewhere (a field, a dialog) is untouched.
addEventListener('keydown', (event) => {
  const menu = document.querySelector<HTMLDetailsElement>('.site-menu[open]');
  if (event.key !== 'Escape' || !menu?.contains(document.activeElement)) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
});
