// Every tool's practice card, from its folder (src/exercises/<id>/card.ts), shown on its page
// (/practice/<id>/): time, steps, why try it, why it works, evidence, and who it is for. Each is
// checked against the schema (src/lib/practice-card.ts) when the site is built, so a missing or
// malformed part fails the build, and so does a tool without a card.
import { toolCardSchema, type ToolCard } from '../lib/practice-card';
import type { ExerciseId } from '../lib/exercise-ids';

const cards = import.meta.glob<ToolCard>('../exercises/*/card.ts', { eager: true, import: 'default' });

/** A tool's card, checked against the schema; a tool without one fails the build, saying what to add. */
export function cardOf(id: ExerciseId): ToolCard {
  const card = cards[`../exercises/${id}/card.ts`];
  if (!card) throw new Error(`The tool "${id}" has no practice card: add src/exercises/${id}/card.ts (see src/lib/practice-card.ts).`);
  const checked = toolCardSchema.safeParse(card);
  if (!checked.success) throw new Error(`The practice card in src/exercises/${id}/card.ts: ${checked.error.message}`);
  return checked.data;
}
