// What /together/ keeps in the organiser's browser (issue 25): the "We can" link they are making for
// their own family or team, as typed (the kind of group, its name, the statements), so a reload or a
// closed tab loses nothing. Only the draft: the link itself is made from it, and the members' hand-ins
// opened on that page are not stored.
import type { DataSpec } from './storage/envelope';
import { blankState, type EntryMeta, type SavedState } from './storage/entries';
import { obj, str, type Check } from './storage/shape';
import { savedStateCheck, text } from './exercises/saved-state-schema';
import { isOwnGroup, type OwnGroup } from './assignment-link';

export interface GroupLinkDraft {
  group: OwnGroup;
  /** The group's name as typed ('' for none). */
  name: string;
  /** The statements as typed, one per line, blank lines and all: checked when the link is made. */
  statements: string;
}
export type GroupLinksState = SavedState<EntryMeta, GroupLinkDraft>;

export const blankGroupLink = (): GroupLinkDraft => ({ group: 'family', name: '', statements: '' });

export const groupLinksSpec: DataSpec<GroupLinksState> = {
  exercise: 'group-links',
  version: 1,
  migrations: {},
  isValid: savedStateCheck<Record<string, never>, GroupLinkDraft>(
    {},
    obj<GroupLinkDraft>({ group: isOwnGroup as Check<OwnGroup>, name: str(200), statements: text() }),
  ),
  blank: () => blankState(blankGroupLink()),
};
