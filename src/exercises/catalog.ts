// Every exercise, collected from its folder's exercise.ts, in the order of EXERCISE_IDS (the order the
// workbook lists them). Adding an exercise means adding its folder and its id; a folder without an id,
// or an id without a folder, fails the build here.
import { EXERCISE_IDS, type ExerciseId } from '../lib/exercise-ids';
import type { ExerciseDefinition } from '../lib/exercises/define';

const modules = import.meta.glob<ExerciseDefinition>('./*/exercise.ts', { eager: true, import: 'default' });

function collect(): readonly ExerciseDefinition[] {
  const byId = new Map(Object.entries(modules).map(([path, def]) => [path.split('/')[1], def]));
  for (const [folder, def] of byId) {
    if (!(EXERCISE_IDS as readonly string[]).includes(folder!))
      throw new Error(`src/exercises/${folder}/ is not in EXERCISE_IDS (src/lib/exercise-ids.ts).`);
    if (def.id !== folder) throw new Error(`src/exercises/${folder}/exercise.ts says its id is "${def.id}".`);
  }
  return EXERCISE_IDS.map((id) => {
    const def = byId.get(id);
    if (!def) throw new Error(`Exercise "${id}" is in EXERCISE_IDS but src/exercises/${id}/exercise.ts does not exist.`);
    return def;
  });
}

export const EXERCISES = collect();

export function exerciseById(id: string): ExerciseDefinition | undefined {
  return EXERCISES.find((e) => e.id === id);
}

export type { ExerciseDefinition, ExerciseId };
