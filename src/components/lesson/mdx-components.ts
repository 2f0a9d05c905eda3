// The components a lesson's MDX can use without importing them.
import Exercise from '../../exercises/Exercise.astro';
import CoreInsight from './CoreInsight.astro';
import ForRole from './ForRole.astro';
import Misconception from './Misconception.astro';
import Quote from './Quote.astro';
import RoleNotes from './RoleNotes.astro';
import Table from './Table.astro';

// Exercise: a worksheet inside the lesson's text, for the tools a lesson teaches besides its practice.
// table: every Markdown table, so a wide one scrolls in its own region (Table.astro).
export const lessonComponents = { CoreInsight, Exercise, ForRole, Misconception, Quote, RoleNotes, table: Table };
