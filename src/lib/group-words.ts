// Words for a "We can" link a person made for their own family or team (issue 25), where a teacher's
// link would speak of a class and a teacher. Pure; the pages that show an assignment read these.
import type { OwnGroup } from './assignment-link';
import type { PracticeInfo } from './practice-catalog';

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

/**
 * A practice's steps and reflection in the words of the group it is assigned to: a class's words for a
 * teacher's assignment (no `group`), the lesson's own for a family's or team's; with the class's grid
 * areas printed above them, the first step starts from those areas instead of asking for a new list.
 */
export function practiceWords(
  p: Pick<PracticeInfo, 'steps' | 'reflection' | 'classReflection' | 'sharedAreasStep'>,
  { group, areas = [] }: { group?: OwnGroup | undefined; areas?: readonly string[] },
): { steps: string[]; reflection: string } {
  if (group) return { steps: p.steps, reflection: p.reflection };
  const steps = areas.length > 0 && p.sharedAreasStep ? [p.sharedAreasStep, ...p.steps.slice(1)] : p.steps;
  return { steps, reflection: p.classReflection ?? p.reflection };
}
