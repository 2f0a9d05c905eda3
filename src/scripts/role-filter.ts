// Shows only the "putting it to use" notes for the reader's chosen role, on every lesson. The roles
// and their labels come from the page itself (RoleNotes.astro renders them from src/lib/roles.ts),
// which keeps this script small: it ships on every lesson page.
import { PREF_KEYS, readPref, writePref } from '../lib/prefs';

const groups = document.querySelectorAll<HTMLElement>('[data-role-notes]');

function show(choice: string, announce: boolean): void {
  for (const group of groups) {
    let label = '';
    for (const input of group.querySelectorAll<HTMLInputElement>('[data-role-filter] input')) {
      input.checked = input.value === choice;
      if (input.checked) label = input.parentElement?.textContent?.trim().toLowerCase() ?? '';
    }
    for (const note of group.querySelectorAll<HTMLElement>('[data-role]')) {
      note.hidden = choice !== 'all' && note.dataset['role'] !== choice;
    }
    const status = group.querySelector<HTMLElement>('[data-role-status]');
    if (status && announce) {
      status.textContent = choice === 'all' ? 'Showing the notes for everyone.' : `Showing only the note for ${label}.`;
    }
  }
}

if (groups.length > 0) {
  const known = (value: string | null) =>
    value !== null && document.querySelector(`[data-role-filter] input[value="${CSS.escape(value)}"]`) !== null;
  for (const group of groups) {
    const filter = group.querySelector<HTMLElement>('[data-role-filter]');
    if (!filter) continue;
    filter.hidden = false;
    filter.addEventListener('change', (event) => {
      const choice = (event.target as HTMLInputElement).value;
      writePref(PREF_KEYS.role, choice);
      show(choice, true);
    });
  }
  // Anything stored that is not one of the roles on the page (old, edited by hand) means "all".
  const stored = readPref(PREF_KEYS.role);
  show(known(stored) ? stored! : 'all', false);
}
