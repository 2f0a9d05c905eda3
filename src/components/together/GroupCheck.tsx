// "We can" for a family or a team, without a teacher (issue 25): a person makes a link for their own
// group (the same assignment link a teacher makes, with `g` naming the kind of group, so the members'
// pages speak of the group rather than a class), the members hand in the same way (links or files),
// and the person opens the hand-ins here and sees the same picture the review page draws. Nothing is
// sent anywhere: links and files are read on this device, and the hand-ins opened here are not stored.
// What the person writes to make the link is kept in this browser through the site's one write path
// (src/stores/group-links.ts), so a reload loses none of it.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../exercises/shared/fields';
import { useLazy } from '../../exercises/shared/use-exercise';
import { CopyField } from '../teach/CopyField';
import { isoDay, weekStart } from '../../lib/dates';
import {
  buildAssignmentQuery,
  linkLengthProblem,
  MAX_CLASS_NAME,
  MAX_LINK_STATEMENTS,
  OWN_GROUPS,
  statementsProblems,
  textProblem,
  type Assignment,
  type OwnGroup,
} from '../../lib/assignment-link';
import { OWN_GROUP_LABELS } from '../../lib/group-words';
import type { HandIn } from '../../lib/transfer/hand-in';
import { MAX_TEXT } from '../../lib/exercises/saved-state-schema';
import { blankGroupLink, type GroupLinkDraft } from '../../lib/group-links-data';
import { groupLinks } from '../../stores/group-links';
import { DraftNotices } from '../teach/DraftNotices';

const ID = 'group-check';
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Reading hand-ins: loaded when the person first opens some (making a link does not need it). */
const loadReader = () =>
  Promise.all([import('../../lib/transfer/hand-in-code'), import('../../lib/transfer/hand-in-file'), import('../../exercises/catalog')]);

export default function GroupCheck({
  practice,
  known,
  banks,
}: {
  /** The practice whose worksheets include "We can": the link assigns it. */
  practice: string;
  /** Every practice id this site has (a hand-in naming another is refused). */
  known: string[];
  /** Suggested statements for each kind of group (the worksheet's own banks). */
  banks: Record<OwnGroup, readonly string[]>;
}) {
  const {
    group,
    name,
    statements: statementsText,
  } = { ...blankGroupLink(), ...useStore(groupLinks.$state, { ssr: 'initial' }).draft.value };
  // From the store, not this render's values: two quick changes before a render must both count.
  const set = (fields: Partial<GroupLinkDraft>) =>
    groupLinks.setDraft({ ...blankGroupLink(), ...groupLinks.$state.get().draft.value, ...fields });
  const setGroup = (kind: OwnGroup) => set({ group: kind });
  const setName = (text: string) => set({ name: text });
  const setStatementsText = (text: string) => set({ statements: text });
  const [origin, setOrigin] = useState('');
  const [pasted, setPasted] = useState('');
  const [handIns, setHandIns] = useState<HandIn[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  // The site's address is known only on the device (the page is the same file everywhere).
  useEffect(() => setOrigin(location.origin), []);

  const statements = linesOf(statementsText);
  const nameProblem = textProblem(name, MAX_CLASS_NAME);
  const assignment: Assignment = {
    practices: [practice],
    week: isoDay(weekStart(new Date())),
    className: name.trim(),
    note: '',
    statements,
    group,
  };
  const statementProblem =
    statements.length === 0 ? 'Write at least one statement, or add one from the suggestions.' : statementsProblems(statements)[0];
  const problem = nameProblem ?? statementProblem ?? linkLengthProblem(assignment);
  const link = problem || !origin ? '' : `${origin}/assignment/${buildAssignmentQuery(assignment)}`;

  /** Each member's newest hand-in counts (the same name in any case); the others are earlier versions. */
  const open = (fresh: HandIn[], bad: string[]) => {
    setProblems(bad);
    setHandIns((current) => {
      const newest = new Map<string, HandIn>();
      for (const h of [...current, ...fresh]) {
        const key = h.student.trim().toLocaleLowerCase();
        const there = newest.get(key);
        if (!there || there.handedInAt < h.handedInAt) newest.set(key, h);
      }
      return [...newest.values()];
    });
  };
  const openLinks = async () => {
    const [{ codeFromText, decodeHandIn }, , { exerciseById }] = await loadReader();
    const fresh: HandIn[] = [];
    const bad: string[] = [];
    pasted
      .split(/\s+/)
      .filter(Boolean)
      .forEach((line, i) => {
        const decoded = decodeHandIn(exerciseById, codeFromText(line), new Set(known));
        if (decoded.ok) fresh.push(decoded.handIn);
        else bad.push(`Link ${i + 1}: ${decoded.message}`);
      });
    open(fresh, bad);
    setPasted('');
  };
  const openFiles = async (files: FileList | null) => {
    const [, { readHandInFile }, { exerciseById }] = await loadReader();
    const fresh: HandIn[] = [];
    const bad: string[] = [];
    for (const file of Array.from(files ?? [])) {
      const opened = await readHandInFile(exerciseById, file, new Set(known));
      fresh.push(...opened.handIns);
      bad.push(...opened.problems.map((p) => `${file.name}: ${p}`));
    }
    open(fresh, bad);
  };
  const picture = useLazy(handIns.length > 0, () => import('../teach/WeCanPicture'));

  return (
    <>
      <section aria-labelledby={`${ID}-make`}>
        <h2 id={`${ID}-make`}>1. Make a link for your group</h2>
        <p class="muted">
          What you write here is kept in this browser, so you can come back to it; the members’ hand-ins you open below are not.
        </p>
        <DraftNotices store={groupLinks} />
        <fieldset class="we-can-group" aria-describedby={`${ID}-kind-hint`}>
          <legend class="fieldset__legend">Your group</legend>
          <p class="field__hint" id={`${ID}-kind-hint`}>
            The suggestions below fit the kind of group you choose.
          </p>
          <div class="choices">
            {OWN_GROUPS.map((kind) => (
              <div class="choice" key={kind}>
                <input
                  type="radio"
                  name={`${ID}-kind`}
                  id={`${ID}-kind-${kind}`}
                  checked={group === kind}
                  onChange={() => setGroup(kind)}
                />
                <label for={`${ID}-kind-${kind}`}>{OWN_GROUP_LABELS[kind]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field
          id={`${ID}-name`}
          label="Name the group (optional)"
          hint="In a few words, for example “the Okafors” or “the under-14s”. It goes in the link, so members see it."
          maxLength={MAX_CLASS_NAME}
          value={name}
          error={nameProblem}
          onInput={setName}
          care={3}
        />
        <Field
          id={`${ID}-statements`}
          label="What your group can do together, one per line"
          hint={`Five to ${MAX_LINK_STATEMENTS}: each member’s check rates at least five (fewer, and members add their own). Each finishes the sentence “How sure am I that we, as a group, can …”. Everyone rates the same ones, so their answers can be put side by side; each member may add their own.`}
          rows={6}
          maxLength={MAX_TEXT}
          value={statementsText}
          error={statements.length > 0 ? statementProblem : undefined}
          onInput={setStatementsText}
          care={3}
        />
        <div class="suggestions">
          <span class="suggestions__label" id={`${ID}-suggestions`}>
            Suggestions:
          </span>
          <ul aria-labelledby={`${ID}-suggestions`}>
            {banks[group].map((text) => (
              <li key={text}>
                <button
                  type="button"
                  class="chip"
                  disabled={statements.includes(text) || statements.length >= MAX_LINK_STATEMENTS}
                  aria-label={`Add “${text}” to the statements`}
                  onClick={() => setStatementsText([...statements, text].join('\n'))}
                >
                  + {text}
                </button>
              </li>
            ))}
          </ul>
        </div>
        {link ? (
          <>
            <CopyField id={`${ID}-link`} label="Link for your group" value={link} />
            <p class="muted">
              Send it to each member in a message. Each opens it, rates the statements and sends you back a hand-in link or file. The
              statements travel inside the link; nothing is stored anywhere but on each person’s own device.
            </p>
          </>
        ) : (
          <p class="muted" role="status">
            {problem ?? ''} The link appears here once the statements can go in it.
          </p>
        )}
      </section>

      <section aria-labelledby={`${ID}-see`}>
        <h2 id={`${ID}-see`}>2. See your group’s picture</h2>
        <Field
          id={`${ID}-links`}
          label="Paste the members’ hand-in links"
          hint="One per line, or separated by spaces. They are opened on this device only, and not kept: open them again next time."
          rows={4}
          maxLength={400_000}
          value={pasted}
          onInput={setPasted}
        />
        <p class="button-row">
          <button type="button" onClick={() => void openLinks()} disabled={!pasted.trim()}>
            Open the links
          </button>
        </p>
        <div class="field">
          <label class="field__label" for={`${ID}-files`}>
            Or open hand-in files
          </label>
          <input
            type="file"
            id={`${ID}-files`}
            multiple
            accept=".json,application/json"
            onChange={(e) => void openFiles(e.currentTarget.files)}
          />
        </div>
        <div role="status" aria-live="polite">
          {problems.length > 0 && (
            <ul class="notice notice--warning">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {handIns.length > 0 && <p>Hand-ins open: {handIns.length}, the newest from each member.</p>}
        </div>
        {picture && <picture.WeCanPicture id={ID} handIns={handIns} group />}
      </section>
    </>
  );
}
