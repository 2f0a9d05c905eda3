// Two-line self-compassion: line one is what the inner critic said (private), line two is what you
// would say to a good friend in the same spot. Saved as dated pairs.
import { useState } from 'preact/hooks';
import { canSavePair, EMPTY_SELF_COMPASSION_DRAFT, type SelfCompassionDraft, type SelfCompassionEntry } from './data';
import { selfCompassion } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import type { ExerciseProps } from '../shared/ExerciseFrame';
import { ExerciseFrame } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { Field } from '../shared/fields';
import { useExercise } from '../shared/use-exercise';

const ID = 'self-compassion';
const ids = { criticism: `${ID}-criticism`, friend: `${ID}-friend` };

const PrivateTag = () => <span class="tag tag--private">Private</span>;

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: SelfCompassionEntry) => (
  <dl class="entry__fields">
    {entry.criticism && (
      <>
        <dt>
          Inner critic <PrivateTag />
        </dt>
        <dd>{entry.criticism}</dd>
      </>
    )}
    <dt>To a friend</dt>
    <dd>{entry.friend}</dd>
    <dt>When handed in</dt>
    <dd>{entry.shareCriticism ? 'Both lines are included.' : 'Only line two is included.'}</dd>
  </dl>
);

const renderEditor = (entry: SelfCompassionEntry, prefix: string) => (
  <>
    <Field
      rows={3}
      id={`${prefix}-first`}
      label={
        <>
          Line one: inner critic <PrivateTag />
        </>
      }
      value={entry.criticism}
      onInput={(criticism) => selfCompassion.update(entry.id, { criticism })}
      care={4}
    />
    <Field
      rows={3}
      id={`${prefix}-friend`}
      label="Line two: to a friend"
      value={entry.friend}
      onInput={(friend) => selfCompassion.update(entry.id, { friend })}
      care={4}
    />
    <div class="field field--checkbox">
      <input
        type="checkbox"
        id={`${prefix}-share`}
        checked={entry.shareCriticism}
        onChange={(event) => selfCompassion.update(entry.id, { shareCriticism: (event.currentTarget as HTMLInputElement).checked })}
      />
      <label for={`${prefix}-share`}>Include line one when I hand this pair in</label>
    </div>
  </>
);

export default function SelfCompassion({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(selfCompassion);
  const [errors, setErrors] = useState<Partial<Record<keyof SelfCompassionDraft, string | undefined>>>({});
  const [savedMessage, setSavedMessage] = useState<Said>('');

  const change = (fields: Partial<SelfCompassionDraft>) => {
    const next = { ...selfCompassion.$state.get().draft.value, ...fields };
    selfCompassion.setDraft(next);
    setSavedMessage('');
    if (fields.criticism?.trim()) setErrors((e) => ({ ...e, criticism: undefined }));
    if (fields.friend?.trim()) setErrors((e) => ({ ...e, friend: undefined }));
  };

  const save = (event: Event) => {
    event.preventDefault();
    // The store's draft, not this render's: a save can arrive before the last keystroke re-rendered.
    const draft = selfCompassion.$state.get().draft.value;
    if (!canSavePair(draft)) {
      setSavedMessage(''); // a refused save must not leave an earlier "Saved" beside its errors
      const next: typeof errors = {
        friend: draft.friend.trim() ? undefined : 'Write line two: what you would say to a good friend.',
      };
      setErrors(next);
      // Only line two is needed (line one can be skipped), so focus goes to the first field in error.
      document.getElementById(ids.friend)?.focus();
      return;
    }
    const added = selfCompassion.add({ criticism: draft.criticism.trim(), friend: draft.friend.trim(), shareCriticism: false });
    selfCompassion.setDraft(EMPTY_SELF_COMPASSION_DRAFT);
    setSavedMessage(added ? 'Saved. The pair is in your list below.' : NOT_SAVED);
    document.getElementById(ids.criticism)?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={save} noValidate>
        <Field
          rows={3}
          id={ids.criticism}
          label={
            <>
              Line one: what your inner critic said <PrivateTag />
            </>
          }
          hint={
            <>
              The automatic thought after the setback, as harsh as it was. For example: “You always mess this up.” You can skip this line
              and write only line two. If the harsh voice is about not wanting to live, this worksheet is not the place for it:{' '}
              <a href="/help/">go to the help page</a> and talk to someone.
            </>
          }
          value={draft.criticism}
          onInput={(criticism) => change({ criticism })}
          error={errors.criticism}
          care={level === 2 ? 3 : 4}
        />
        <Field
          rows={3}
          id={ids.friend}
          label="Line two: what you would say to a good friend"
          hint="Imagine a friend had the same setback and said line one about themselves. What would you tell them?"
          value={draft.friend}
          onInput={(friend) => change({ friend })}
          error={errors.friend}
          care={level === 2 ? 3 : 4}
        />
        <SaveBar save="Save this pair" said={savedMessage} status={status} />
      </form>
      <SavedEntries<SelfCompassionEntry>
        store={selfCompassion}
        title="Your saved pairs"
        noun="pair"
        level={level}
        entries={entries}
        empty="Nothing saved yet. Your pairs will be listed here, newest first."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
