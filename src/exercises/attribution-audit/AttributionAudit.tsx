// The attribution audit: what happened, how you explained it, how you mark the cause; then
// suggestions for a reframe (from the pure rules in lib/exercises/attribution-audit) and your own.
import { useState } from 'preact/hooks';
import {
  attributionAuditFields,
  AUDIT_ORDER,
  auditEntry,
  auditProblems,
  auditReady,
  emptyAuditDraft,
  MARKS,
  type AttributionAuditDraft,
  type AttributionAuditEntry,
  type AttributionAuditFields,
  type AuditField,
  type MarkKey,
} from './data';
import { attributionAudit as store } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import type { ExerciseProps } from '../shared/ExerciseFrame';
import { ExerciseFrame } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { describedBy, ErrorMessage, Field } from '../shared/fields';
import { useExercise, useLazy } from '../shared/use-exercise';
import { useRisk } from '../shared/care';

const ID = 'attribution-audit';
/** Ids of a field; the first field is `<prefix>-first`, which the entry list focuses when editing. */
const fid = (p: string, k: AuditField) => `${p}-${k === 'outcome' ? 'first' : k}`;

type TextKey = 'happened' | 'explanation' | 'reframe';
const TEXT: Record<TextKey, [string, string?]> = {
  happened: ['What happened?'],
  explanation: ['How did you explain it to yourself?', 'In the words you used in your head.'],
  reframe: ['Your reframe (optional)', 'An explanation you can act on or repeat.'],
};

interface SheetProps {
  p: string;
  v: AttributionAuditDraft;
  /** Takes the change as a function of the value now stored: two quick changes before a render both count. */
  set: (patch: (current: AttributionAuditDraft) => Partial<AttributionAuditDraft>) => void;
  errors: Partial<Record<AuditField, string>>;
}

/** The worksheet's fields, for the new audit and for editing a saved one. */
function Sheet({ p, v, set, errors }: SheetProps) {
  const radios = (k: MarkKey) => {
    const base = fid(p, k);
    const error = errors[k];
    return (
      <fieldset key={k} class={error ? 'choices field--error' : 'choices'} aria-describedby={describedBy(base, 0, error)}>
        <legend class="field__label">{MARKS[k].legend}</legend>
        <ErrorMessage id={base} error={error} />
        {Object.entries(MARKS[k].options).map(([value, label], i) => {
          const id = i ? `${base}-${value}` : base;
          return (
            <div class="choice" key={value}>
              <input
                type="radio"
                id={id}
                name={base}
                checked={v.marks[k] === value}
                onChange={() => set((current) => ({ marks: { ...current.marks, [k]: value } }))}
              />
              <label for={id}>{label}</label>
            </div>
          );
        })}
      </fieldset>
    );
  };
  const text = (k: TextKey) => (
    <Field
      key={k}
      rows={3}
      id={fid(p, k)}
      label={TEXT[k][0]}
      hint={TEXT[k][1]}
      value={v[k]}
      error={errors[k]}
      onInput={(value) => set(() => ({ [k]: value }))}
      care={4}
    />
  );
  return (
    <>
      {AUDIT_ORDER.slice(0, 6).map((k) => (k in MARKS ? radios(k as MarkKey) : text(k as TextKey)))}
      <Suggestions v={v} />
      {text('reframe')}
    </>
  );
}

/**
 * Reframe ideas, in a polite live region, once the explanation and every mark are in. Their rules
 * load at that point (Reframes.lazy.tsx): most of the form needs none of them.
 */
function Suggestions({ v }: { v: AttributionAuditDraft }) {
  // Care first: an explanation whose words signal risk gets the help panel beside it, never a reframe.
  const care = useRisk(`${v.happened}\n${v.explanation}`);
  const ready = auditReady(v) && !care;
  const Reframes = useLazy(ready, () => import('./Reframes.lazy'));
  return <div aria-live="polite">{ready && Reframes && <Reframes.Reframes v={v} />}</div>;
}

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: AttributionAuditEntry) => (
  <dl class="entry__fields">
    {attributionAuditFields.map((f) => {
      const value = entry[f.key as keyof AttributionAuditFields];
      const shown = f.format ? f.format(value) : (value as string);
      return (
        shown && (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{shown}</dd>
          </div>
        )
      );
    })}
  </dl>
);

const renderEditor = (entry: AttributionAuditEntry, prefix: string) => (
  <Sheet
    p={prefix}
    v={entry}
    errors={{}}
    set={(patch) => {
      const current = store.$state.get().entries.find((e) => e.id === entry.id) as AttributionAuditDraft | undefined;
      store.update(entry.id, patch(current ?? entry) as Partial<AttributionAuditFields>);
    }}
  />
);

export default function AttributionAudit({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(store);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<Said>('');
  const errors = tried ? auditProblems(draft) : {};

  const save = (event: Event) => {
    event.preventDefault();
    const draft = store.$state.get().draft.value; // not this render's: see SelfCompassion
    const entry = auditEntry(draft);
    if (!entry) {
      setSaved(''); // a refused save must not leave an earlier "Saved" beside its errors
      setTried(true);
      document.getElementById(fid(ID, Object.keys(auditProblems(draft))[0] as AuditField))?.focus();
      return;
    }
    const added = store.add(entry);
    store.setDraft(emptyAuditDraft());
    setTried(false);
    setSaved(added ? 'Saved. It is in your list below.' : NOT_SAVED);
    document.getElementById(fid(ID, 'outcome'))?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={save} noValidate>
        <Sheet
          p={ID}
          v={draft}
          errors={errors}
          set={(patch) => {
            const current = store.$state.get().draft.value;
            store.setDraft({ ...current, ...patch(current) });
            setSaved('');
          }}
        />
        <SaveBar save="Save this audit" said={saved} status={status} />
      </form>
      <SavedEntries<AttributionAuditEntry>
        store={store}
        title="Your saved audits"
        noun="audit"
        level={level}
        entries={entries}
        empty="Nothing saved yet."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
