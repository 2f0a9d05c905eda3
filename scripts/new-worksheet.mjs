// `npm run new:worksheet -- <id> [--lesson <slug>]`: a new worksheet in one command. It writes a
// working one-field worksheet in src/exercises/<id>/ (definition, saved-data shape and spec, store,
// island, component, README with its accessibility criteria), registers the id in
// src/lib/exercise-ids.ts, and writes the v1 saved-data fixture the fixtures test asks for. The
// result builds, lints and passes the tests as it is; then make it the worksheet you want
// (docs/adding-a-worksheet.md says what to change and what each file is for).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The project to write into: this one, or another folder for the script's own test.
const ROOT = process.env['NEW_WORKSHEET_ROOT'] ?? join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const lessonAt = args.indexOf('--lesson');
const lesson = lessonAt >= 0 ? args[lessonAt + 1] : 'building-efficacy';
const id = args.find((a, i) => !a.startsWith('--') && !(lessonAt >= 0 && i === lessonAt + 1));

function fail(message) {
  console.error(`new:worksheet: ${message}`);
  process.exit(1);
}

if (!id) fail('name the worksheet: npm run new:worksheet -- <id> [--lesson <slug>]');
// Ids live in people's browsers and in links for good: lower-case words joined by hyphens.
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id) || id.length > 40) fail(`"${id}" is not an id: use lower-case words joined by hyphens.`);
const folder = join(ROOT, 'src', 'exercises', id);
if (existsSync(folder)) fail(`src/exercises/${id}/ exists already.`);
const lessons = readdirSync(join(ROOT, 'content'))
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.slice(0, -4));
if (!lessons.includes(lesson)) fail(`there is no lesson "${lesson}"; choose one of: ${lessons.join(', ')}.`);

const words = id.split('-');
const Pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const camel = Pascal[0].toLowerCase() + Pascal.slice(1);
const title = words.join(' ').replace(/^./, (c) => c.toUpperCase());

const files = {
  'data.ts': `// ${title}: what one saved entry holds, its draft, and how saved data is checked and migrated.
// One text field to start with: add fields here, in the fixture, and in ./exercise.ts together.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { obj } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export interface ${Pascal}Fields {
  /** What the person wrote. */
  note: string;
}
export type ${Pascal}Entry = EntryMeta & ${Pascal}Fields;
export interface ${Pascal}Draft {
  note: string;
}
export type ${Pascal}State = SavedState<${Pascal}Entry, ${Pascal}Draft>;

const isState = savedStateCheck<${Pascal}Fields, ${Pascal}Draft>({ note: text() }, obj<${Pascal}Draft>({ note: text() }));

export const EMPTY_${words.join('_').toUpperCase()}_DRAFT: ${Pascal}Draft = { note: '' };

export const ${camel}Shape: DataShape<${Pascal}State> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(EMPTY_${words.join('_').toUpperCase()}_DRAFT),
};

/** An entry needs its words; whitespace alone does not count. */
export function canSave${Pascal}(draft: ${Pascal}Draft): boolean {
  return draft.note.trim().length > 0;
}
`,
  'spec.ts': `// What this exercise saves, under efficacy-lab:data:${id}: shape, version and migrations (./data.ts).
import { exerciseSpec } from '../../lib/exercises/define';
import { ${camel}Shape } from './data';

export default exerciseSpec('${id}', ${camel}Shape);
`,
  'store.ts': `// This exercise's saved entries and draft (a module singleton: every island on a page shares it).
import { createExerciseStore } from '../../stores/exercise-store';
import spec from './spec';

export const ${camel} = createExerciseStore(spec);
`,
  'exercise.ts': `// Everything the site needs to know about this exercise, in one place (see src/lib/exercises/define.ts).
import { defineExercise } from '../../lib/exercises/define';
import spec from './spec';

export default defineExercise({
  title: '${title}',
  summary: 'A worksheet still being written: say in one or two sentences what it helps a person do.',
  lesson: '${lesson}',
  heading: '${title}',
  intro: 'Say what to do, in a sentence or two. Everything you write stays in this browser.',
  noun: ['note', 'notes'],
  spec,
  fields: [{ key: 'note', label: 'Note' }],
});
`,
  'Island.astro': `---
// The worksheet, rendered on the server and hydrated as an Astro island: near the viewport, or when
// the reader opens it (\`onRequest\`, the client:request directive in src/exercises/on-request.ts).
import ${Pascal} from './${Pascal}';
import type { IslandProps } from '../../lib/exercises/define';

type Props = IslandProps;
const { level, onRequest = false } = Astro.props;
---

<div class="exercise__island" data-island="${id}">
  {
    onRequest ? (
      <${Pascal} client:request level={level} />
    ) : (
      <${Pascal} client:visible={{ rootMargin: '400px' }} level={level} />
    )
  }
</div>
`,
  [`${Pascal}.tsx`]: `// ${title}: one field, saved as dated entries. Made by \`npm run new:worksheet\`; shape it from here.
import { useState } from 'preact/hooks';
import { canSave${Pascal}, EMPTY_${words.join('_').toUpperCase()}_DRAFT, type ${Pascal}Entry } from './data';
import { ${camel} } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { Field } from '../shared/fields';
import { useExercise } from '../shared/use-exercise';

const ID = '${id}';

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: ${Pascal}Entry) => <p>{entry.note}</p>;
const renderEditor = (entry: ${Pascal}Entry, prefix: string) => (
  <Field id={\`\${prefix}-first\`} rows={3} label="Note" value={entry.note} onInput={(note) => ${camel}.update(entry.id, { note })} care={4} />
);

export default function ${Pascal}({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(${camel});
  const [error, setError] = useState<string | undefined>();
  const [savedMessage, setSavedMessage] = useState<Said>('');

  const save = (event: Event) => {
    event.preventDefault();
    // The store's draft, not this render's: a save can arrive before the last keystroke re-rendered.
    const current = ${camel}.$state.get().draft.value;
    if (!canSave${Pascal}(current)) {
      setSavedMessage('');
      setError('Write something first.');
      document.getElementById(\`\${ID}-note\`)?.focus();
      return;
    }
    const added = ${camel}.add({ note: current.note.trim() });
    ${camel}.setDraft(EMPTY_${words.join('_').toUpperCase()}_DRAFT);
    setSavedMessage(added ? 'Saved. It is in your list below.' : NOT_SAVED);
    document.getElementById(\`\${ID}-note\`)?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={save} noValidate>
        <Field
          id={\`\${ID}-note\`}
          rows={3}
          label="Your note"
          hint="Say what to write here, with an example."
          value={draft.note}
          error={error && !draft.note.trim() ? error : undefined}
          onInput={(note) => {
            ${camel}.setDraft({ note });
            setSavedMessage('');
          }}
          care={level === 2 ? 3 : 4}
        />
        <SaveBar save="Save this note" said={savedMessage} status={status} />
      </form>
      <SavedEntries<${Pascal}Entry>
        store={${camel}}
        title="Your saved notes"
        noun="note"
        level={level}
        entries={entries}
        empty="Nothing saved yet. Your notes will be listed here, newest first."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
`,
  'README.md': `# ${title} (\`data-exercise="${id}"\`)

Made by \`npm run new:worksheet\`: one text field, saved as dated entries. Say here what the worksheet
is for, which lesson it belongs to (\`${lesson}\`), and what it saves.

- Saved data: \`src/exercises/${id}/data.ts\`. Store: \`src/exercises/${id}/store.ts\`. Fixture of every
  saved version: \`tests/fixtures/saved/${id}/\`.

## Accessibility criteria
- Every field has a visible label and hint tied by \`aria-describedby\`.
- Saving with the field empty shows an error on it (\`aria-invalid\`, message linked by
  \`aria-describedby\`) and moves focus to it.
- Words that signal risk show the help panel beside the field (\`care\`), never a task or a score.
- Saved entries are a list; each can be edited (saved as typed) or deleted (asks once, then Undo).
`,
};

mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);

// Register the id: appended, so no existing id moves (ids are stored in browsers and links).
const idsFile = join(ROOT, 'src', 'lib', 'exercise-ids.ts');
const ids = readFileSync(idsFile, 'utf8');
if (!ids.includes('] as const;')) fail('src/lib/exercise-ids.ts no longer ends its list with "] as const;": add the id by hand.');
writeFileSync(idsFile, ids.replace('] as const;', `  '${id}',\n] as const;`));

// The fixture of version 1, as the site saves it (tests/unit/fixtures.test.ts opens it).
const stamp = '2026-12-06T09:00:00.000Z';
const fixture = {
  app: 'efficacy-lab',
  exercise: id,
  version: 1,
  updatedAt: stamp,
  data: {
    entries: [
      { note: 'A first note, saved by version 1.', id: '00000000-0000-4000-8000-000000000001', createdAt: stamp, updatedAt: stamp },
    ],
    draft: { value: { note: '' }, updatedAt: stamp },
  },
};
const fixtures = join(ROOT, 'tests', 'fixtures', 'saved', id);
mkdirSync(fixtures, { recursive: true });
writeFileSync(join(fixtures, 'v1.json'), `${JSON.stringify(fixture, null, 2)}\n`);

console.log(`Made src/exercises/${id}/ (lesson "${lesson}"), registered "${id}" in src/lib/exercise-ids.ts, and wrote tests/fixtures/saved/${id}/v1.json.
Its page is /practice/${id}/. Next: write its texts in exercise.ts, its fields in data.ts (and the fixture),
and put it in its lesson with <Exercise id="${id}" /> if it belongs in the text. See docs/adding-a-worksheet.md.`);
