// The teacher's review page: open hand-in links (the one in this page's address, pasted ones, or
// downloaded files), read each student's work, see the class's grid ratings per area, keep the
// hand-ins in this browser and export them. Everything is decoded and checked on the device
// (src/lib/transfer/hand-in.ts); nothing is sent anywhere, and all text is shown as text.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { weekLabel } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries } from '../../lib/storage/entries';
import { codeFromText, decodeHandIn, MAX_FILE_CODE_LENGTH, MAX_CODE_LENGTH, type HandIn } from '../../lib/transfer/hand-in';
import type { CollectedHandIn } from '../../lib/transfer/hand-ins-data';
import { handIns } from '../../stores/hand-ins';
import { dateStamp, downloadText } from '../../exercises/shared/download';
import { formatMoment } from '../../lib/date-format';
import { $saveStatus } from '../../stores/persistence';
import { Notices } from '../../exercises/shared/Notices';
import { exportText } from '../../stores/kept-copies';
import { loadBackups, type ExerciseStore } from '../../stores/exercise-store';
import type { EntryMeta } from '../../lib/storage/entries';
import { EntryFields } from '../workbook/EntryFields';
import { exerciseById } from '../../exercises/catalog';
import { classListProblem, listFor, matchKey, namesOf } from '../../lib/class-list';
import type { ClassList } from '../../lib/class-lists-data';
import { classLists } from '../../stores/class-lists';
import { tidyName } from '../../lib/display-name';
import { ClassWeekView } from './ClassView';
import { useRiskCheck } from '../../exercises/shared/care';
import { fieldKey, flaggedParts, needsALook, type FlaggedParts } from '../../lib/care/hand-in-care';
import { classWeeks, latestPerStudent } from '../../lib/class-view';

interface Received {
  key: string;
  handIn: HandIn;
}

const NOTHING_FLAGGED: FlaggedParts = { fields: new Set(), reflections: new Set() };

const keyOf = (h: HandIn) => `${h.student}|${h.handedInAt}|${h.entries.length}|${h.reflections.length}`;

export default function Review({ practices }: { practices: PracticeInfo[] }) {
  const known = useMemo(() => new Set(practices.map((p) => p.id)), [practices]);
  const titleOf = (id: string) => practices.find((p) => p.id === id)?.title ?? id;
  const [received, setReceived] = useState<Received[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [hideNames, setHideNames] = useState(false);
  // Care first: what a student shared is checked for words that signal risk (src/lib/care/risk.ts),
  // once per hand-in. With names hidden (the view a class may see) those words are not shown at all.
  const check = useRiskCheck();
  const flagsOf = useMemo(() => {
    const cache = new WeakMap<HandIn, FlaggedParts>();
    return (h: HandIn): FlaggedParts => {
      if (!check) return NOTHING_FLAGGED;
      let parts = cache.get(h);
      if (!parts) cache.set(h, (parts = flaggedParts(h, check.riskIn)));
      return parts;
    };
  }, [check]);
  const kept = liveEntries(useStore(handIns.$state, { ssr: 'initial' })) as CollectedHandIn[];
  const lists = liveEntries(useStore(classLists.$state, { ssr: 'initial' })) as ClassList[];
  const status = useStore($saveStatus, { ssr: 'initial' });
  const notSaving = status.state === 'unsaved';
  // Saved data that could not be read is kept aside (the store did that); say so, as the worksheets do.
  const recovery = useStore(handIns.$recovery, { ssr: 'initial' });
  const backups = useStore(handIns.$backups, { ssr: 'initial' });
  const listsRecovery = useStore(classLists.$recovery, { ssr: 'initial' });
  const listsBackups = useStore(classLists.$backups, { ssr: 'initial' });
  useEffect(() => {
    loadBackups(handIns as unknown as ExerciseStore<EntryMeta, unknown>);
    loadBackups(classLists as unknown as ExerciseStore<EntryMeta, unknown>);
  }, []);

  /** Opens each code on its own: the good ones open, and each bad one is named with its problem. */
  const add = (codes: { code: string; from: string; file?: boolean }[]) => {
    const fresh: Received[] = [];
    const bad: string[] = [];
    for (const { code, from, file } of codes) {
      const decoded = decodeHandIn(code, known, file ? MAX_FILE_CODE_LENGTH : MAX_CODE_LENGTH);
      if (decoded.ok) fresh.push({ key: keyOf(decoded.handIn), handIn: decoded.handIn });
      else bad.push(`${from}: ${decoded.message}`);
    }
    setProblems(bad);
    setReceived((current) => [...current, ...fresh.filter((f) => !current.some((c) => c.key === f.key))]);
  };

  // A hand-in link opened directly: its code is in this page's fragment, which never left the browser.
  // Read on arrival and again whenever another hand-in link is opened in the same tab.
  const addLatest = useRef(add);
  addLatest.current = add;
  useEffect(() => {
    const read = () => {
      if (location.hash.includes('h=')) addLatest.current([{ code: codeFromText(location.hash), from: 'The link you opened' }]);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const openFiles = async (files: FileList | null) => {
    const codes: { code: string; from: string; file: boolean }[] = [];
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_FILE_CODE_LENGTH + 1000) {
        codes.push({ code: 'x'.repeat(MAX_FILE_CODE_LENGTH + 1), from: file.name, file: true });
        continue;
      }
      let code: string;
      try {
        const parsed = JSON.parse(await file.text()) as { format?: unknown; code?: unknown };
        code = parsed.format === 'efficacy-lab-hand-in' && typeof parsed.code === 'string' ? parsed.code : '';
      } catch {
        code = '';
      }
      codes.push({ code, from: file.name, file: true });
    }
    add(codes);
  };

  // Kept hand-ins first, then those opened this visit; the same student's newer hand-in (same class
  // and week) replaces the older one, and the page says so.
  const opened: Received[] = [
    ...kept.map((k) => ({ key: keyOf(k.handIn), handIn: k.handIn })),
    ...received.filter((r) => !kept.some((k) => keyOf(k.handIn) === r.key)),
  ];
  const { current: all, replaced } = latestPerStudent(opened);
  const keptOf = (key: string) => kept.find((k) => keyOf(k.handIn) === key);
  const unsaved = all.filter((r) => !keptOf(r.key));
  const keepAll = () => {
    for (const r of unsaved) handIns.add({ handIn: r.handIn });
    // A kept hand-in the student has since replaced goes, once the newer one is kept.
    for (const { older } of replaced) {
      const old = keptOf(older.key);
      if (old) handIns.remove(old.id);
    }
  };
  const groups = classWeeks(all.map((r) => r.handIn));
  // Each class's list, when it can be used (a list with a problem is shown with it, not used).
  const namesFor = (className: string) => {
    const text = listFor(lists, className)?.names ?? '';
    return classListProblem(text) ? [] : namesOf(text);
  };
  // Students are numbered in the order the class view lists them (by name, class by class; then names
  // only on a class list), so the numbers run along the columns and stay put after a reload.
  const numbers = new Map<string, number>();
  const number = (who: string) => {
    if (!numbers.has(who)) numbers.set(who, numbers.size + 1);
  };
  const whoOf = (h: HandIn) => matchKey(h.student) || `unnamed ${h.handedInAt}`;
  for (const group of groups) for (const h of group.handIns) number(whoOf(h));
  for (const group of groups) for (const n of namesFor(group.className)) number(matchKey(n));
  const name = (h: HandIn) => (hideNames || !h.student ? `Student ${numbers.get(whoOf(h)) ?? ''}` : tidyName(h.student));
  const listedName = (n: string) => (hideNames ? `Student ${numbers.get(matchKey(n)) ?? ''}` : n);

  return (
    <div class="review">
      <div role="status" aria-live="polite" class="no-print">
        {(notSaving || backups.length > 0) && (
          <Notices status={status} store={handIns as unknown as ExerciseStore<EntryMeta, unknown>} recovery={recovery} backups={backups} />
        )}
        {/* The notice's "Download a copy" keeps the hand-ins; the class lists are a kind of their own. */}
        {notSaving && lists.length > 0 && (
          <p>
            <button
              type="button"
              class="quiet"
              onClick={() =>
                downloadText(
                  `efficacy-lab-class-lists-${dateStamp()}.json`,
                  exportText(classLists as unknown as ExerciseStore<EntryMeta, unknown>),
                )
              }
            >
              Download your class lists
            </button>
          </p>
        )}
        {/* Class lists kept aside are offered too; "not being saved" is said once, above. */}
        {listsBackups.length > 0 && (
          <Notices
            status={{ state: 'idle' }}
            store={classLists as unknown as ExerciseStore<EntryMeta, unknown>}
            recovery={listsRecovery}
            backups={listsBackups}
          />
        )}
      </div>
      <section aria-labelledby="open-heading" class="no-print">
        <h2 id="open-heading">Open hand-ins</h2>
        <div class="field">
          <label class="field__label" for="paste-links">
            Paste hand-in links
          </label>
          <p class="field__hint" id="paste-links-hint">
            One or more links, one per line, as students sent them.
          </p>
          <textarea
            id="paste-links"
            rows={3}
            aria-describedby="paste-links-hint"
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p>
            <button
              type="button"
              onClick={() => {
                add(
                  pasted
                    .split(/\s+/)
                    .filter(Boolean)
                    .slice(0, 200)
                    .map((line, i) => ({ code: codeFromText(line), from: `Link ${i + 1}` })),
                );
                setPasted('');
              }}
            >
              Open the links
            </button>
          </p>
        </div>
        <div class="field">
          <label class="field__label" for="handin-files">
            Or open hand-in files
          </label>
          <input
            type="file"
            id="handin-files"
            multiple
            accept=".json,application/json"
            onChange={(e) => void openFiles((e.currentTarget as HTMLInputElement).files)}
          />
        </div>
        <div role="status" aria-live="polite">
          {problems.length > 0 && (
            <div class="notice notice--warning" data-review-problems>
              <p>
                <strong>{problems.length === 1 ? 'One hand-in' : `${problems.length} hand-ins`} could not be opened:</strong>
              </p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {replaced.length > 0 && (
            <div class="notice notice--quiet" data-review-replaced>
              <ul>
                {replaced.map(({ newer, older }) => (
                  <li key={older.key}>
                    {name(newer.handIn)} handed in again: the hand-in of {formatMoment(newer.handIn.handedInAt)} replaces the one of{' '}
                    {formatMoment(older.handIn.handedInAt)}
                    {keptOf(older.key) ? ' (kept in this browser until you keep the newer one)' : ''}.
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      {all.length === 0 ? (
        <p data-review-empty>No hand-ins open yet. Open a student’s link, paste links above, or open hand-in files.</p>
      ) : (
        <>
          <section aria-labelledby="class-heading" class="no-print">
            <h2 id="class-heading">
              {all.length} hand-in{all.length === 1 ? '' : 's'}
            </h2>
            <p class="field--checkbox">
              <input
                type="checkbox"
                id="hide-names"
                checked={hideNames}
                onChange={(e) => setHideNames((e.currentTarget as HTMLInputElement).checked)}
              />
              <label for="hide-names">Hide students’ names (for showing the class view)</label>
            </p>
            <p class="button-row">
              {(unsaved.length > 0 || replaced.some(({ older }) => keptOf(older.key))) && (
                <button type="button" onClick={keepAll}>
                  {unsaved.length === 0
                    ? 'Remove the replaced hand-ins from this browser'
                    : `Keep ${unsaved.length === 1 ? 'this hand-in' : `these ${unsaved.length} hand-ins`} in this browser`}
                </button>
              )}{' '}
              {kept.length > 0 && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() =>
                    downloadText(
                      `efficacy-lab-hand-ins-${dateStamp()}.json`,
                      `${JSON.stringify({ format: 'efficacy-lab-hand-ins', handIns: kept.map((k) => k.handIn) }, null, 2)}\n`,
                    )
                  }
                >
                  Export the kept hand-ins
                </button>
              )}
            </p>
          </section>
          {groups.map((group, g) => (
            <ClassWeekView
              key={`${group.className}|${group.week}`}
              id={`class-${g}`}
              group={group}
              earlier={groups
                .slice(0, g)
                .filter((o) => o.className.toLocaleLowerCase() === group.className.toLocaleLowerCase())
                .pop()}
              name={name}
              listedName={listedName}
              list={listFor(lists, group.className)?.names ?? ''}
              hideNames={hideNames}
              practices={practices}
              needsLook={(h) => (!hideNames && needsALook(flagsOf(h)) ? `student-${all.findIndex((r) => r.handIn === h)}` : undefined)}
              shown={(h) => (hideNames ? withoutFlagged(h, flagsOf(h)) : h)}
            />
          ))}
          {all.map(({ key, handIn }, i) => {
            const keptEntry = keptOf(key);
            const flags = flagsOf(handIn);
            // Named view: the mark and what to do. Names hidden: the flagged words are left out altogether.
            const shown = (i: number, fields: Record<string, unknown>) =>
              hideNames ? Object.fromEntries(Object.entries(fields).filter(([k]) => !flags.fields.has(fieldKey(i, k)))) : fields;
            const reflections = hideNames ? handIn.reflections.filter((r) => !flags.reflections.has(r.practice)) : handIn.reflections;
            return (
              <article key={key} class="review__student" aria-labelledby={`student-${i}`} data-hand-in>
                <h2 id={`student-${i}`}>
                  {name(handIn)}: {handIn.assignment.practices.map(titleOf).join('; ')},{' '}
                  {weekLabel(handIn.assignment.week).replace(/^W/, 'w')}
                </h2>
                <p class="muted">
                  {handIn.assignment.className ? `${handIn.assignment.className}. ` : ''}Handed in {formatMoment(handIn.handedInAt)}.
                  {keptEntry ? (notSaving ? ' Not kept: this browser is not saving.' : ' Kept in this browser.') : ''}
                </p>
                {!hideNames && needsALook(flags) && <NeedsALook />}
                {handIn.entries.length === 0 && handIn.reflections.length === 0 && <p>Nothing was shared.</p>}
                {handIn.entries.map((entry, j) => (
                  <div class="entry" key={j}>
                    <p class="entry__when">
                      {exerciseById(entry.exercise)?.title}, {formatMoment(entry.createdAt)}
                    </p>
                    <EntryFields fields={exerciseById(entry.exercise)?.fields ?? []} values={shown(j, entry.fields)} />
                  </div>
                ))}
                {reflections.length > 0 && (
                  <dl class="entry__fields">
                    {reflections.map((r) => (
                      <>
                        <dt>Reflection on “{titleOf(r.practice)}”</dt>
                        <dd>{r.text}</dd>
                      </>
                    ))}
                  </dl>
                )}
                {keptEntry && (
                  <p class="no-print">
                    <button type="button" class="quiet danger" onClick={() => handIns.remove(keptEntry.id)}>
                      Remove from this browser
                    </button>
                  </p>
                )}
              </article>
            );
          })}
        </>
      )}
    </div>
  );
}

/** A hand-in without the fields and reflections whose words signal risk: what the class may see with names hidden. */
function withoutFlagged(h: HandIn, flags: FlaggedParts): HandIn {
  return {
    ...h,
    entries: h.entries.map((e, i) => ({
      ...e,
      fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => !flags.fields.has(fieldKey(i, k)))),
    })),
    reflections: h.reflections.filter((r) => !flags.reflections.has(r.practice)),
  };
}

/** Beside a hand-in whose shared words signal risk: what the mark means and what to do. */
function NeedsALook() {
  return (
    <div class="needs-look-note" role="note" data-needs-look-note>
      <p>
        <strong class="needs-look">Needs a look.</strong> Some words this student shared may mean they are at risk of harm (self-harm,
        suicide or abuse). Follow your school’s safeguarding procedure today.
      </p>
      <p>
        This is a word check, not a diagnosis: it can be wrong, and it can miss things, so read every hand-in as you always would. Help
        lines to pass on are on the <a href="/help/">help page</a>.
      </p>
    </div>
  );
}
