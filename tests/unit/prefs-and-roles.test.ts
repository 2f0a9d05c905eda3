import { describe, expect, it } from 'vitest';
import { isNoteVisible, parseRoleChoice, ROLE_IDS } from '../../src/lib/roles';
import { parseThemeChoice, resolveTheme } from '../../src/lib/prefs';

describe('role choice', () => {
  it('keeps a known role and turns anything else into "all"', () => {
    for (const role of ROLE_IDS) expect(parseRoleChoice(role)).toBe(role);
    for (const junk of [null, undefined, '', 'Teacher', '{"role":"self"}', 'all ']) expect(parseRoleChoice(junk)).toBe('all');
  });
  it('shows every note for "all" and only the matching one otherwise', () => {
    expect(ROLE_IDS.filter((r) => isNoteVisible(r, 'all'))).toEqual([...ROLE_IDS]);
    expect(ROLE_IDS.filter((r) => isNoteVisible(r, 'parent'))).toEqual(['parent']);
  });
});

describe('theme choice', () => {
  it('reads only light and dark as explicit choices', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('purple')).toBe('auto');
    expect(parseThemeChoice(null)).toBe('auto');
  });
  it('follows the system on auto', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
