// Words for a "We can" link a person made for their own family or team (issue 25), where a teacher's
// link would speak of a class and a teacher. Pure; the pages that show an assignment read these.
import type { OwnGroup } from './assignment-link';

/** The kinds of group a person can make a link for, as the choice names them. */
export const OWN_GROUP_LABELS: Record<OwnGroup, string> = {
  family: 'A family',
  team: 'A sports team',
  work: 'A workplace team',
};

/** Which of the worksheet's suggestion banks fits each kind (a workplace team takes the general one). */
export const OWN_GROUP_BANK: Record<OwnGroup, 'family' | 'team' | 'other'> = { family: 'family', team: 'team', work: 'other' };

/**
 * Who set the assignment and reads the hand-ins, in the words the member's pages use: a teacher for
 * a class's link, the person who sent it for a group's own link.
 */
export function organiser(group: OwnGroup | undefined): { who: string; page: string } {
  return group ? { who: 'the person who sent you this link', page: 'their page' } : { who: 'your teacher', page: 'your teacher’s page' };
}
