// The build's own plugins (src/integrations/): the exercise-runtime chunk group and its check, and the
// client:request directive. The build uses them; these tests hold what each promises.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkExerciseRuntime,
  EXERCISE_RUNTIME_PARTS,
  inExerciseRuntime,
  missingRuntimeParts,
} from '../../src/integrations/exercise-runtime';
import { ON_REQUEST_ENTRYPOINT, onRequestDirective } from '../../src/integrations/on-request';

const ROOT = resolve(import.meta.dirname, '..', '..');
const at = (path: string) => join(ROOT, path);

/** One module id per part of the runtime, as the bundler names them. */
const RUNTIME_MODULES = [
  at('node_modules/preact/dist/preact.module.js'),
  at('node_modules/nanostores/atom/index.js'),
  at('src/lib/storage/envelope.ts'),
  at('src/lib/exercises/define.ts'),
  at('src/lib/date-format.ts'),
  at('src/stores/persistence.ts'),
  at('src/exercises/shared/ExerciseFrame.tsx'),
];

describe('the exercise-runtime chunk group', () => {
  it('takes what every worksheet loads', () => {
    for (const id of [
      ...RUNTIME_MODULES,
      at('node_modules/@nanostores/preact/index.js'),
      at('src/stores/exercise-store.ts'),
      at('src/exercises/shared/fields.tsx'),
      at('src/exercises/shared/SaveBar.tsx'),
      at('src/exercises/shared/SavedEntries.tsx'),
    ]) {
      expect(inExerciseRuntime(id), id).toBe(true);
    }
  });

  it('leaves out what loads on demand or only on some pages', () => {
    for (const id of [
      at('node_modules/nanostores/computed/index.js'),
      at('src/exercises/shared/Notices.tsx'),
      at('src/exercises/shared/EntryList.tsx'),
      at('src/stores/saved-data.ts'),
      at('src/lib/dates.ts'),
      at('src/exercises/efficacy-grid/EfficacyGrid.tsx'),
      at('node_modules/fflate/esm/browser.js'),
    ]) {
      expect(inExerciseRuntime(id), id).toBe(false);
    }
  });

  it('names the parts no module matches', () => {
    expect(missingRuntimeParts(RUNTIME_MODULES)).toEqual([]);
    expect(missingRuntimeParts(RUNTIME_MODULES.filter((id) => !id.includes('date-format')))).toEqual([EXERCISE_RUNTIME_PARTS[4]]);
    expect(missingRuntimeParts(undefined)).toEqual(EXERCISE_RUNTIME_PARTS);
  });
});

describe('the build check of the chunk', () => {
  const chunk = (name: string, moduleIds: string[]) => ({ type: 'chunk' as const, name, moduleIds });
  /** Runs the plugin's generateBundle on a bundle; returns what it reported with this.error. */
  function check(bundle: Record<string, unknown>): string[] {
    const plugin = checkExerciseRuntime();
    const error = vi.fn();
    const generate = plugin.generateBundle as unknown as (this: { error: typeof error }, options: unknown, bundle: unknown) => void;
    generate.call({ error }, {}, bundle);
    return error.mock.calls.map(([message]) => String(message));
  }
  const preactIsland = chunk('island', [at('node_modules/preact/dist/preact.module.js')]);

  it('runs at build only', () => {
    expect(checkExerciseRuntime().apply).toBe('build');
  });

  it('passes a client build whose chunk holds every part', () => {
    expect(check({ 'a.js': preactIsland, 'b.js': chunk('exercise-runtime', RUNTIME_MODULES) })).toEqual([]);
  });

  it('fails a client build whose chunk lost a part, naming it and where to fix it', () => {
    const [message] = check({
      'a.js': preactIsland,
      'b.js': chunk(
        'exercise-runtime',
        RUNTIME_MODULES.filter((id) => !id.includes('persistence')),
      ),
    });
    expect(message).toContain(String(EXERCISE_RUNTIME_PARTS[5]));
    expect(message).toContain('src/integrations/exercise-runtime.ts');
  });

  it('fails a client build with no runtime chunk at all', () => {
    expect(check({ 'a.js': preactIsland })).toHaveLength(1);
  });

  it('leaves the server build (no client chunks) alone', () => {
    expect(check({ 'entry.mjs': chunk('entry', [at('src/pages/index.astro')]), 'style.css': { type: 'asset' } })).toEqual([]);
  });
});

describe('client:request', () => {
  it('registers the directive "request" with the file that hydrates on request', () => {
    const addClientDirective = vi.fn();
    const setup = onRequestDirective().hooks['astro:config:setup'] as unknown as (options: {
      addClientDirective: typeof addClientDirective;
    }) => void;
    setup({ addClientDirective });
    expect(addClientDirective).toHaveBeenCalledWith({ name: 'request', entrypoint: ON_REQUEST_ENTRYPOINT });
    expect(ON_REQUEST_ENTRYPOINT).toBe(at('src/exercises/on-request.ts'));
    expect(existsSync(ON_REQUEST_ENTRYPOINT)).toBe(true);
  });
});
