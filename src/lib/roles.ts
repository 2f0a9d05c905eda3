// The readers a lesson's "putting it to use" notes are written for. The role filter stores the
// chosen id, so ids are stable; labels can change.
export const ROLE_IDS = ['self', 'team', 'parent', 'partner', 'teacher'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** What the filter remembers: one role, or every note. */
export type RoleChoice = RoleId | 'all';

export const ROLE_LABELS: Record<RoleId, string> = {
  self: 'For yourself',
  team: 'For a team',
  parent: 'For a parent',
  partner: 'For a partner',
  teacher: 'For a teacher',
};

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}

/** Reads a stored choice; anything unknown (old, edited by hand, corrupted) means "all". */
export function parseRoleChoice(stored: string | null | undefined): RoleChoice {
  return isRoleId(stored) ? stored : 'all';
}

/** Whether a note for `role` is shown under `choice`. */
export function isNoteVisible(role: RoleId, choice: RoleChoice): boolean {
  return choice === 'all' || choice === role;
}
