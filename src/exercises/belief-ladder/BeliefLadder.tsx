// Belief ladder: one field, saved as dated entries. Made by `npm run new:worksheet`; shape it from here.
import { useState } from 'preact/hooks';
import { canSaveBeliefLadder, EMPTY_BELIEF_LADDER_DRAFT, type BeliefLadderEntry } from './data';
import type { EntryMeta } from '../../lib/storage/entries';
import type { ExerciseStore } from '../../stores/exercise-store';
import { beliefLadder } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import { ExerciseFrame, NOT_SAVED, savedWords, type ExerciseProps } from '../shared/ExerciseFrame';
import { Field } from '../shared/fields';
import { useExercise } from '../shared/use-exercise';

const ID = 'belief-ladder';

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: BeliefLadderEntry) => <p>{entry.note}</p>;
const renderEditor = (entry: BeliefLadderEntry, prefix: string) => (
  <Field id={`${prefix}-first`} rows={3} label="Note" value={entry.note} onInput={(note) => beliefLadder.update(entry.id, { note })} care={4} />
);

export default function BeliefLadder({ level = 3 }: ExerciseProps) {
  const { draft, entries, recovery, backups, status } = useExercise(beliefLadder);
  const [error, setError] = useState<string | undefined>();
  const [savedMessage, setSavedMessage] = useState('');

  const save = (event: Event) => {
    event.preventDefault();
    // The store's draft, not this render's: a save can arrive before the last keystroke re-rendered.
    const current = beliefLadder.$state.get().draft.value;
    if (!canSaveBeliefLadder(current)) {
      setSavedMessage('');
      setError('Write something first.');
      document.getElementById(`${ID}-note`)?.focus();
      return;
    }
    const added = beliefLadder.add({ note: current.note.trim() });
    beliefLadder.setDraft(EMPTY_BELIEF_LADDER_DRAFT);
    setSavedMessage(added ? 'Saved. It is in your list below.' : NOT_SAVED);
    document.getElementById(`${ID}-note`)?.focus();
  };

  return (
    <ExerciseFrame store={beliefLadder as unknown as ExerciseStore<EntryMeta, unknown>} status={status} recovery={recovery} backups={backups}>
      <form class="exercise__form" onSubmit={save} noValidate>
        <Field
          id={`${ID}-note`}
          rows={3}
          label="Your note"
          hint="Say what to write here, with an example."
          value={draft.note}
          error={error && !draft.note.trim() ? error : undefined}
          onInput={(note) => {
            beliefLadder.setDraft({ note });
            setSavedMessage('');
          }}
          care={level === 2 ? 3 : 4}
        />
        <div class="exercise__actions">
          <button type="submit">Save this note</button>
          <span class="exercise__saved" role="status" aria-live="polite">
            {savedWords(savedMessage, status)}
          </span>
        </div>
      </form>
      <SavedEntries<BeliefLadderEntry>
        id={`${ID}-entries`}
        title="Your saved notes"
        noun="note"
        level={level === 2 ? 3 : 4}
        entries={entries}
        empty="Nothing saved yet. Your notes will be listed here, newest first."
        onDelete={beliefLadder.remove}
        onUndo={beliefLadder.restore}
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
