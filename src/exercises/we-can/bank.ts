// Suggested statements for each kind of group, in our own words. Each is a concrete thing a group does
// together and finishes the sentence "How sure am I that we, as a group, can …". They travel as the
// island's props (Island.astro), written into the page, not into the script.
import type { StatementBank } from './data';

export const STATEMENT_BANK: StatementBank = {
  class: [
    'finish a group project on time, with every part done',
    'get back on track after a test that went badly for most of us',
    'sort out a disagreement about a task without leaving anyone out',
    'help a classmate who has fallen behind to catch up',
    'keep working well when the teacher is out of the room',
    'agree on a plan for revision and stick to it',
  ],
  team: [
    'finish a shared piece of work before its deadline',
    'recover and play well after a heavy defeat',
    'settle a disagreement about tactics and move on',
    'support a teammate who is struggling to keep up',
    'keep our effort up when we are behind late in a game',
    'turn up and train well even when the season is going badly',
  ],
  family: [
    'get the home ready for a busy week, with everyone doing a share',
    'pick ourselves up after a bad day or a piece of bad news',
    'sort out an argument so that everyone feels heard',
    'help one of us who is finding school or work hard',
    'plan a month’s spending and keep to it',
    'keep one regular time together each week',
  ],
  other: [
    'finish what we set out to do, on time',
    'bounce back after a result that disappointed us',
    'work through a disagreement and still get the job done',
    'help a member who falls behind',
    'share the work fairly',
    'keep going when the task turns out harder than we expected',
  ],
};
