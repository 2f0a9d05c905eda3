// The shared sorting worksheet: items sorted into categories with buttons (each answer followed by
// the lesson's reading and why), an optional ordering of the categories with Move up / Move down
// buttons, then a reflection and a saved round. No score anywhere. The items come in as props (the
// island's props), so no exercise's text is part of this code.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  answer,
  answerOf,
  blankSorterDraft,
  choiceMark,
  currentOrder,
  feedback,
  finished,
  labeller,
  move,
  orderMatches,
  type SorterData,
  type SorterDraft,
  type SorterEntry,
  type SortItem,
} from './rules';
import type { ExerciseStore } from '../../stores/exercise-store';
import { ExerciseFrame, type ExerciseProps } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { Field } from '../shared/fields';
import { SavedEntries } from '../shared/SavedEntries';
import { useExercise, useLazy } from '../shared/use-exercise';

export type SorterProps = SorterData & ExerciseProps;

export function Sorter(props: SorterProps & { id: string; store: ExerciseStore<SorterEntry, SorterDraft> }) {
  const { id, store, level = 3, title, hint, items, categories, order, prompt, text: t } = props;
  const { draft, entries, status, frame } = useExercise(store);
  // How a saved round reads loads with the saved list, once there is one (SavedRound.lazy.tsx).
  const Round = useLazy(entries.length > 0, () => import('./SavedRound.lazy'));
  // Stable between keystrokes, so the saved list does not re-render while the person types; new when
  // the lazy part arrives, so the rounds show then.
  const renderEntry = useCallback(
    (entry: SorterEntry) => Round && <Round.SavedRound entry={entry} categories={categories} order={order} text={t} />,
    [Round, categories, order, t],
  );
  const renderEditor = useCallback(
    (entry: SorterEntry, prefix: string) => (
      <Field
        id={`${prefix}-first`}
        rows={3}
        label={prompt}
        value={entry.reflection}
        onInput={(reflection) => store.update(entry.id, { reflection })}
        care={4}
      />
    ),
    [prompt, store],
  );
  const [said, say] = useState('');
  const [note, setNote] = useState<Said>('');
  const focusNext = useRef('');
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = '';
  });
  const H = level === 2 ? 'h3' : 'h4';
  const label = labeller(categories);
  const set = (fields: Partial<SorterDraft>) => {
    store.setDraft({ ...store.$state.get().draft.value, ...fields });
    setNote('');
  };
  const choose = (item: SortItem, choice: string) => {
    set(answer(store.$state.get().draft.value, item, choice));
    say(feedback(item, choice, label));
  };

  const ordered = order && currentOrder(draft, order.start);
  const shift = (c: string, by: -1 | 1) => {
    const next = move(ordered as string[], c, by);
    const at = next.indexOf(c);
    set({ order: next });
    // Focus stays on the moved item's button, or its other one once it reaches an edge.
    const edge = by < 0 ? at === 0 : at === next.length - 1;
    focusNext.current = `${id}-${c}-${by < 0 !== edge ? 'up' : 'down'}`;
    say(`${label(c)}: place ${at + 1} of ${next.length}.`);
  };
  const matches = order && orderMatches(ordered as string[], order.expected, order.ties);
  const orderVerdict = matches ? t.same : t.differs;

  const save = (event: Event) => {
    event.preventDefault();
    // The store's draft, not this render's: a save can arrive before the last keystroke re-rendered,
    // and the draft is cleared below, so words typed after that render would be lost (a flaky e2e
    // under load saved "Whether I can give the" of "…the talk on Friday.").
    const current = store.$state.get().draft.value;
    const added = store.add({ answers: current.answers, order: ordered ?? [], reflection: current.reflection.trim() });
    store.setDraft(blankSorterDraft());
    setNote(added ? t.saved : NOT_SAVED);
    focusNext.current = `${id}-note`;
  };

  return (
    <ExerciseFrame {...frame}>
      <H class="sorter__title">{title}</H>
      <p class="field__hint">{hint}</p>
      <ol class="sorter__items">
        {items.map((item) => {
          const a = answerOf(draft, item.id);
          const p = `${id}-${item.id}`;
          return (
            <li key={item.id} class="sorter__item">
              <fieldset aria-describedby={a && `${p}-why`}>
                <legend class="sorter__text">{item.text}</legend>
                <div class="sorter__choices">
                  {categories.map((c) => {
                    const mark = choiceMark(item, a?.choice, c.id);
                    return (
                      <button
                        type="button"
                        key={c.id}
                        id={`${p}-${c.id}`}
                        aria-pressed={a?.choice === c.id}
                        aria-disabled={a ? 'true' : undefined}
                        data-mark={mark}
                        onClick={() => !a && choose(item, c.id)}
                      >
                        {c.label}
                        {/* In words, not colour alone: a differing answer never looks like a match. */}
                        {mark && mark !== 'match' && <span class="sorter__mark">{mark === 'lesson' ? t.lessonMark : t.differsMark}</span>}
                      </button>
                    );
                  })}
                </div>
                {a && (
                  <p class="sorter__why" id={`${p}-why`}>
                    {feedback(item, a.choice, label)}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      {order && ordered && (
        <>
          <H class="sorter__title">{order.title}</H>
          <p class="field__hint">{order.hint}</p>
          <ol class="sorter__order">
            {ordered.map((c, i) => (
              <li key={c} class="sorter__slot">
                <span class="sorter__name">{label(c)}</span>
                {([-1, 1] as const).map((by) => (
                  <button
                    type="button"
                    key={by}
                    class="quiet"
                    id={`${id}-${c}-${by < 0 ? 'up' : 'down'}`}
                    disabled={by < 0 ? i === 0 : i === ordered.length - 1}
                    onClick={() => shift(c, by)}
                  >
                    Move <span class="visually-hidden">{label(c)} </span>
                    {by < 0 ? 'up' : 'down'}
                  </button>
                ))}
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              set({ checked: true });
              say(`${orderVerdict} ${t.orderFollows}`);
            }}
          >
            {t.check}
          </button>
          {draft.checked && (
            <div class="sorter__why">
              <p>
                {orderVerdict} {t.lessonOrder}
              </p>
              <ol>
                {order.expected.map((c) => (
                  <li key={c}>
                    <strong>{label(c)}.</strong> {order.why[c]}
                  </li>
                ))}
              </ol>
              <p>{order.note}</p>
            </div>
          )}
        </>
      )}

      <div class="visually-hidden" aria-live="polite">
        {said}
      </div>
      {finished(draft, props) ? (
        <form class="exercise__form" onSubmit={save} noValidate>
          <Field
            id={`${id}-reflection`}
            rows={3}
            label={prompt}
            hint={t.reflectionHint}
            value={draft.reflection}
            onInput={(reflection) => set({ reflection })}
            care={4}
          />
          <button type="submit">{t.save}</button>
        </form>
      ) : (
        <p class="field__hint">{t.later}</p>
      )}
      {/* The button is in the form above; a save's words (a refusal's too) are said here, clearing's as they are. */}
      <SaveBar said={note} plain={note === t.cleared} status={status} id={`${id}-note`}>
        {draft.answers.length > 0 && (
          <button
            type="button"
            class="quiet"
            onClick={() => {
              // The answers go; anything written in the reflection stays (nothing typed is thrown away).
              store.setDraft({ ...blankSorterDraft(), reflection: store.$state.get().draft.value.reflection });
              setNote(t.cleared);
              focusNext.current = `${id}-${items[0]?.id}-${categories[0]?.id}`;
            }}
          >
            {t.again}
          </button>
        )}
      </SaveBar>

      <SavedEntries<SorterEntry>
        store={store}
        title={t.list}
        noun="round"
        level={level}
        entries={entries}
        empty={t.empty}
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
