// The "I can't" rewriter island: a thought in, a task statement out (editable), with whatever the
// rules left out of the task (a verdict, a reason, a comparison, a forecast) shown below it, then the
// one skill and a first step. The rewriting rules are in ./rules.ts; they are loaded
// when the person first focuses the thought field (4 KB gzipped that a reader who never writes a
// thought does not need), together with the risk check: a thought that signals risk (self-harm,
// suicide, abuse) gets the help panel before any rule runs, and no task, skill or step is asked for.
import { useMemo, useState } from 'preact/hooks';
import { canSaveRewrite, EMPTY_CANT_DRAFT, NARROWING_QUESTION, type CantRewriterDraft, type CantRewriterEntry } from './data';
import { cantRewriter } from './store';
import { SavedEntries } from '../shared/SavedEntries';
import type { ExerciseProps } from '../shared/ExerciseFrame';
import { ExerciseFrame } from '../shared/ExerciseFrame';
import { NOT_SAVED, SaveBar, type Said } from '../shared/SaveBar';
import { Field } from '../shared/fields';
import { useExercise } from '../shared/use-exercise';
import { LeftOut } from './LeftOut';
import { loadRiskCheck } from '../shared/care';

const ID = 'cant-rewriter';
const ids = {
  thought: `${ID}-thought`,
  rewrite: `${ID}-rewrite`,
  skill: `${ID}-skill`,
  step: `${ID}-step`,
};

type Rules = typeof import('./rules') & Pick<import('../shared/care').RiskCheck, 'riskIn' | 'CarePanel'>;
let rulesLoading: Promise<Rules> | undefined;
const loadRules = () =>
  (rulesLoading ??= Promise.all([import('./rules'), loadRiskCheck()]).then(([rules, care]) => ({
    ...rules,
    riskIn: care.riskIn,
    CarePanel: care.CarePanel,
  })));

const CARE = { kind: 'care' } as const;

/** Care first: before any rewriting rule runs, words that signal risk get the help panel instead. */
function readThought(thought: string, rules: Rules) {
  return rules.riskIn(thought) ? CARE : rules.rewriteCant(thought);
}

/** Until the person edits the rewrite themselves, it follows the thought (and is empty when it signals risk). */
function withSuggestion(draft: CantRewriterDraft, rules: Rules): CantRewriterDraft {
  if (draft.rewriteEdited) return draft;
  const r = readThought(draft.thought, rules);
  return { ...draft, rewrite: r.kind === 'rewrite' ? r.text : '' };
}

// Module functions, not inline arrows: the saved list re-renders only when they or the entries change.
const renderEntry = (entry: CantRewriterEntry) => (
  <dl class="entry__fields">
    <dt>Thought</dt>
    <dd>{entry.thought}</dd>
    {entry.rewrite && (
      <>
        <dt>Rewrite</dt>
        <dd>{entry.rewrite}</dd>
      </>
    )}
    {entry.skill && (
      <>
        <dt>One skill</dt>
        <dd>{entry.skill}</dd>
      </>
    )}
    {entry.step && (
      <>
        <dt>First step</dt>
        <dd>{entry.step}</dd>
      </>
    )}
  </dl>
);

const renderEditor = (entry: CantRewriterEntry, prefix: string) => (
  <>
    <Field
      id={`${prefix}-first`}
      label="Thought"
      value={entry.thought}
      rows={2}
      onInput={(thought) => cantRewriter.update(entry.id, { thought })}
      care={4}
    />
    <Field
      id={`${prefix}-rewrite`}
      label="Rewrite"
      value={entry.rewrite}
      rows={2}
      onInput={(rewrite) => cantRewriter.update(entry.id, { rewrite })}
    />
    <Field id={`${prefix}-skill`} label="One skill" value={entry.skill} onInput={(skill) => cantRewriter.update(entry.id, { skill })} />
    <Field id={`${prefix}-step`} label="First step" value={entry.step} onInput={(step) => cantRewriter.update(entry.id, { step })} />
  </>
);

export default function CantRewriter({ level = 3 }: ExerciseProps) {
  const { draft, entries, status, frame } = useExercise(cantRewriter);
  const [error, setError] = useState<string | undefined>(undefined);
  const [savedMessage, setSavedMessage] = useState<Said>('');
  const [rules, setRules] = useState<Rules>();
  const result = useMemo(() => (rules && draft.thought.trim() ? readThought(draft.thought, rules) : undefined), [rules, draft.thought]);
  const care = result?.kind === 'care';
  // It loaded with the rules (a `result` means they are here).
  const CarePanel = rules?.CarePanel;
  const suggestion = result?.kind === 'rewrite' ? result.text : '';
  const getRules = () => void loadRules().then((loaded) => setRules(() => loaded));

  const change = (fields: Partial<CantRewriterDraft>) => {
    let next = { ...cantRewriter.$state.get().draft.value, ...fields };
    if (fields.thought !== undefined) {
      if (rules) next = withSuggestion(next, rules);
      else
        void loadRules().then((loaded) => {
          setRules(() => loaded);
          cantRewriter.setDraft(withSuggestion(cantRewriter.$state.get().draft.value, loaded));
        });
    }
    cantRewriter.setDraft(next);
    setSavedMessage('');
    if (error && canSaveRewrite(next)) setError(undefined);
  };

  const save = (event: Event) => {
    event.preventDefault();
    // The store's draft, not this render's: a save can arrive before the last keystroke re-rendered.
    const draft = cantRewriter.$state.get().draft.value;
    // Only the thought is needed (see canSaveRewrite): saving never waits for the rules to load.
    if (!canSaveRewrite(draft)) {
      setSavedMessage(''); // a refused save must not leave an earlier "Saved" beside its error
      setError('Write a thought first.');
      document.getElementById(ids.thought)?.focus();
      return;
    }
    const added = cantRewriter.add({
      thought: draft.thought.trim(),
      rewrite: draft.rewrite.trim(),
      skill: draft.skill.trim(),
      step: draft.step.trim(),
    });
    cantRewriter.setDraft(EMPTY_CANT_DRAFT);
    setSavedMessage(added ? 'Saved. It is in your list below.' : NOT_SAVED);
    document.getElementById(ids.thought)?.focus();
  };

  return (
    <ExerciseFrame {...frame}>
      <form class="exercise__form" onSubmit={save} noValidate>
        <Field
          id={ids.thought}
          label="Your thought"
          hint="In your own words, as it sounds in your head. For example: “I can’t draw, I have no talent” or “I’m bad at maths”."
          value={draft.thought}
          onInput={(thought) => change({ thought })}
          onFocus={getRules}
          rows={2}
          maxLength={600}
          error={error && !draft.thought.trim() ? error : undefined}
        />
        <div class="rewrite-output" role="status" aria-live="polite" data-rewrite-output>
          {!result ? null : result.kind === 'care' ? (
            CarePanel && <CarePanel id={ids.thought} level={level === 2 ? 3 : 4} />
          ) : result.kind === 'guidance' ? (
            <p class="notice notice--quiet" data-guidance={result.reason}>
              {result.message}
            </p>
          ) : (
            <p>
              <span class="rewrite-output__label">Suggested rewrite:</span> <span data-suggestion>{result.text}</span>
            </p>
          )}
          {result && result.kind !== 'care' && rules && <LeftOut parts={result.leftOut} info={rules.LEFT_OUT} />}
        </div>
        {!care && (
          <>
            <Field
              id={ids.rewrite}
              label="Rewritten as a task"
              hint="Edit it until it sounds true to you."
              value={draft.rewrite}
              onInput={(rewrite) => change({ rewrite, rewriteEdited: rewrite !== suggestion })}
              rows={2}
            />
            {draft.rewriteEdited && suggestion && draft.rewrite !== suggestion && (
              <p>
                <button type="button" class="quiet" onClick={() => change({ rewrite: suggestion, rewriteEdited: false })}>
                  Use the suggestion instead
                </button>
              </p>
            )}
            <Field
              id={ids.skill}
              label={NARROWING_QUESTION}
              hint="One skill, small enough to practise this week. For example: “opening a talk with one clear sentence”."
              value={draft.skill}
              onInput={(skill) => change({ skill })}
            />
            <Field
              id={ids.step}
              label="A first small step"
              hint="Something you could do today that is almost impossible to fail."
              value={draft.step}
              onInput={(step) => change({ step })}
            />
          </>
        )}
        <SaveBar save="Save this rewrite" said={savedMessage} status={status} />
      </form>
      <SavedEntries<CantRewriterEntry>
        store={cantRewriter}
        title="Your saved rewrites"
        noun="rewrite"
        level={level}
        entries={entries}
        empty="Nothing saved yet. Your rewrites will be listed here, newest first."
        renderEntry={renderEntry}
        renderEditor={renderEditor}
      />
    </ExerciseFrame>
  );
}
