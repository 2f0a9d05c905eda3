// The components a lesson's MDX can use without importing them.
import Exercise from '../../exercises/Exercise.astro';
import CoreInsight from './CoreInsight.astro';
import EsteemEfficacyDiagram from './EsteemEfficacyDiagram.astro';
import ForRole from './ForRole.astro';
import Misconception from './Misconception.astro';
import Quote from './Quote.astro';
import RoleNotes from './RoleNotes.astro';
import SourcesDiagram from './SourcesDiagram.astro';
import Table from './Table.astro';

// Exercise: a worksheet inside the lesson's text, for the tools a lesson teaches besides its practice.
// The diagrams are inline SVG with no script, so a lesson's page budget is untouched.
// table: every Markdown table, so a wide one scrolls in its own region (Table.astro).
export const lessonComponents = {
  CoreInsight,
  EsteemEfficacyDiagram,
  Exercise,
  ForRole,
  Misconception,
  Quote,
  RoleNotes,
  SourcesDiagram,
  table: Table,
};
