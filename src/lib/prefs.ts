// Small display preferences (theme, role filter). They are not a person's writing, so they live
// outside the saving layer, but they share its key prefix so "delete everything" finds them too.
import { LAST_EXPORT_KEY, STORAGE_PREFIX } from './storage-keys';

export { STORAGE_PREFIX };
export const PREF_KEYS = {
  theme: `${STORAGE_PREFIX}pref:theme`,
  role: `${STORAGE_PREFIX}pref:role`,
  lastExport: LAST_EXPORT_KEY,
} as const;

/** localStorage can be blocked (privacy modes, policies): a preference then lasts for the visit. */
export function readPref(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the preference could not be kept, so the caller can say so if it matters. */
export function writePref(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function parseThemeChoice(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  if (choice === 'auto') return prefersDark ? 'dark' : 'light';
  return choice;
}
