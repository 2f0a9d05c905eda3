// The site menu (a <details>) behaves as people expect of a menu, which a <details> alone does not:
// Escape closes it when focus is in it, focus back on "Menu" (Escape elsewhere, in a field or a
// dialog, is untouched); and focus moving out of it closes it, so the open menu never covers the
// control that has focus (WCAG 2.4.11).
addEventListener('keydown', (event) => {
  const menu = document.querySelector<HTMLDetailsElement>('.site-menu[open]');
  if (event.key !== 'Escape' || !menu?.contains(document.activeElement)) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
});
addEventListener('focusin', (event) => {
  const menu = document.querySelector<HTMLDetailsElement>('.site-menu[open]');
  if (menu && !menu.contains(event.target as Node)) menu.open = false;
});
