// One definition per worksheet: everything the site needs to know about an exercise, declared once
// in its folder (src/exercises/<id>/exercise.ts) and collected by src/exercises/catalog.ts. The
// workbook, export and import, hand-ins, the practice pages and the lessons all read it from there.
import type { ExerciseId } from '../exercise-ids';
import type { DataShape, DataSpec } from '../storage/envelope';
import type { EntryMeta, SavedState } from '../storage/entries';
import type { FieldDescriptor } from './fields';

export interface ExerciseDefinition<S extends SavedState<EntryMeta, unknown> = SavedState<EntryMeta, unknown>> {
  /** Stored in people's browsers and in links: listed in src/lib/exercise-ids.ts, never renamed. */
  id: ExerciseId;
  /** The page title at /practice/<id>/, and its name in the workbook and in hand-ins. */
  title: string;
  /** One or two sentences for its page and for lists of exercises. */
  summary: string;
  /** The slug of the lesson that teaches it. */
  lesson: string;
  /** The heading above the worksheet. */
  heading: string;
  /** What to do, shown above the worksheet. */
  intro: string;
  /** One saved entry and several, as people say them: ["rewrite", "rewrites"]. */
  noun: readonly [string, string];
  /** How its saved data is named, versioned, checked and migrated (storage key efficacy-lab:data:<id>). */
  spec: DataSpec<S>;
  /** What one saved entry contains, in the order people read it. */
  fields: readonly FieldDescriptor[];
}

/**
 * An exercise's saved-data spec: its shape, named by the exercise's id. It lives in the exercise's
 * spec.ts, apart from the definition, so a worksheet's script carries its data rules but not the
 * texts only the pages need.
 */
export function exerciseSpec<S extends SavedState<EntryMeta, unknown>>(
  id: ExerciseId,
  shape: DataShape<S>,
): DataSpec<S> & { exercise: ExerciseId } {
  return { exercise: id, ...shape };
}

/** An exercise's definition; its id is its spec's. */
export function defineExercise<S extends SavedState<EntryMeta, unknown>>(
  definition: Omit<ExerciseDefinition<S>, 'id' | 'spec'> & { spec: DataSpec<S> & { exercise: ExerciseId } },
): ExerciseDefinition<S> {
  return { id: definition.spec.exercise, ...definition };
}

/** What every exercise's Island.astro takes (see src/exercises/Exercise.astro). */
export interface IslandProps {
  /** Heading level of the exercise's title: 2 on its own page, 3 inside a lesson section. */
  level: 2 | 3;
  /** Hydrate only when the reader opens it (a second tool in a lesson's text). */
  onRequest?: boolean;
}
