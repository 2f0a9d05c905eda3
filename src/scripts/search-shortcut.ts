// The search shortcut: "/" (when not typing) or Ctrl+K / ⌘K goes to the search page. The search
// code and its index load there, only when someone searches; no page carries them on first load.
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if (
    (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
    (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)
  ) {
    event.preventDefault();
    location.assign('/search/');
  }
});
