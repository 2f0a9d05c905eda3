// The build's one chunk group, and the check that keeps it honest. Used by astro.config.mjs; tested in
// tests/unit/integrations.test.ts.
import type { Plugin } from 'vite';

/**
 * What every worksheet loads (Preact, nanostores, the saving layer, the frame and its fields) goes in
 * one chunk: one request and one gzip stream instead of a dozen small files, about 0.8 KB less on a
 * worksheet page. Parts that load on demand (storage notices, the saved-entries list) stay out.
 */
export const EXERCISE_RUNTIME_PARTS: readonly RegExp[] = [
  /node_modules[\\/](?:preact|@nanostores)[\\/]/,
  // Not `computed`: only the pages that list every exercise use it (src/exercises/stores.ts).
  /node_modules[\\/]nanostores[\\/](?!computed[\\/])/,
  /src[\\/]lib[\\/]storage[\\/]/,
  /src[\\/]lib[\\/]exercises[\\/](?:saved-state-schema|define)\.ts$/,
  /src[\\/]lib[\\/]date-format\.ts$/,
  /src[\\/]stores[\\/](?:persistence|exercise-store)\.ts$/,
  /src[\\/]exercises[\\/]shared[\\/](?:use-exercise|ExerciseFrame|fields|SavedEntries|SaveBar)\.tsx?$/,
];

/** Whether a module goes in the exercise-runtime chunk (Rolldown's codeSplitting group test). */
export const inExerciseRuntime = (id: string): boolean => EXERCISE_RUNTIME_PARTS.some((part) => part.test(id));

/** The parts of EXERCISE_RUNTIME_PARTS that no module of the chunk matches. */
export function missingRuntimeParts(moduleIds: readonly string[] | undefined): RegExp[] {
  return EXERCISE_RUNTIME_PARTS.filter((part) => !moduleIds?.some((id) => part.test(id)));
}

/**
 * Fails the build when a part of EXERCISE_RUNTIME_PARTS no longer matches any module in the chunk (a
 * file renamed or moved): the grouping must not silently stop working. Reads the bundle through
 * Rollup's public plugin API and changes nothing.
 */
export function checkExerciseRuntime(): Plugin {
  return {
    name: 'efficacy-lab:check-exercise-runtime',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      // The server build has no client chunks; only the client build is checked.
      if (!chunks.some((c) => c.moduleIds.some((id) => /node_modules[\\/]preact[\\/]dist[\\/]preact\.module/.test(id)))) return;
      const runtime = chunks.find((c) => c.name === 'exercise-runtime');
      const missing = missingRuntimeParts(runtime?.moduleIds);
      if (missing.length > 0) {
        this.error(
          `The exercise-runtime chunk no longer holds ${missing.map(String).join(', ')}: update EXERCISE_RUNTIME_PARTS in src/integrations/exercise-runtime.ts.`,
        );
      }
    },
  };
}
