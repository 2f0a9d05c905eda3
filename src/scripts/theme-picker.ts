// The footer's theme select: remembers the choice and follows the system while on "auto".
import { PREF_KEYS, parseThemeChoice, readPref, resolveTheme, writePref } from '../lib/prefs';

const media = matchMedia('(prefers-color-scheme: dark)');
let choice = parseThemeChoice(readPref(PREF_KEYS.theme));

function apply(): void {
  document.documentElement.setAttribute('data-theme', resolveTheme(choice, media.matches));
}

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-theme-picker]')) {
  select.value = choice;
  select.closest('[hidden]')?.removeAttribute('hidden');
  select.addEventListener('change', () => {
    choice = parseThemeChoice(select.value);
    writePref(PREF_KEYS.theme, choice);
    apply();
  });
}
media.addEventListener('change', apply);
// Another tab changed the theme: follow it.
addEventListener('storage', (event) => {
  if (event.key !== PREF_KEYS.theme) return;
  choice = parseThemeChoice(event.newValue);
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-theme-picker]')) select.value = choice;
  apply();
});
