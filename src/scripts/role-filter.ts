// Shows only the "putting it to use" notes for the reader's chosen role, on every lesson.
import { PREF_KEYS, readPref, writePref } from '../lib/prefs';
import { ROLE_LABELS, isNoteVisible, isRoleId, parseRoleChoice, type RoleChoice } from '../lib/roles';

const groups = [...document.querySelectorAll<HTMLElement>('[data-role-notes]')];

function show(choice: RoleChoice, announce: boolean): void {
  for (const group of groups) {
    for (const note of group.querySelectorAll<HTMLElement>('[data-role]')) {
      const role = note.dataset['role'];
      note.hidden = isRoleId(role) && !isNoteVisible(role, choice);
    }
    for (const input of group.querySelectorAll<HTMLInputElement>('[data-role-filter] input')) {
      input.checked = input.value === choice;
    }
    const status = group.querySelector<HTMLElement>('[data-role-status]');
    if (status && announce) {
      status.textContent = choice === 'all' ? 'Showing the notes for everyone.' : `Showing only the note ${ROLE_LABELS[choice].toLowerCase()}.`;
    }
  }
}

if (groups.length > 0) {
  for (const group of groups) {
    const filter = group.querySelector<HTMLElement>('[data-role-filter]');
    if (!filter) continue;
    filter.hidden = false;
    filter.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const choice = parseRoleChoice(input.value);
      writePref(PREF_KEYS.role, choice);
      show(choice, true);
    });
  }
  show(parseRoleChoice(readPref(PREF_KEYS.role)), false);
}
