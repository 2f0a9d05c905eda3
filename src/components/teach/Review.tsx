// The teacher's review page: open hand-in links (the one in this page's address, pasted ones, or
// downloaded files), read each student's work, see the class's grid ratings per area, keep the
// hand-ins in this browser and export them. Everything is decoded and checked on the device
// (src/lib/transfer/hand-in.ts); nothing is sent anywhere, and all text is shown as text.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { weekLabel } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries } from '../../lib/storage/entries';
import { codeFromText, decodeHandIn, MAX_CODE_LENGTH, type HandIn } from '../../lib/transfer/hand-in';
import type { Trust } from '../../lib/hand-in-trust';
import { refuseWhenFramed } from '../../lib/framing';
import type { CollectedHandIn } from '../../lib/transfer/hand-ins-data';
import { handIns } from '../../stores/hand-ins';
import { dateStamp, downloadText } from '../../exercises/shared/download';
import { formatMoment } from '../../lib/date-format';
import { $saveStatus } from '../../stores/persistence';
import { Notices } from '../../exercises/shared/Notices';
import { exportText } from '../../stores/kept-copies';
import { loadBackups } from '../../stores/exercise-store';
import { EntryFields } from '../workbook/EntryFields';
import { FramedNotice } from '../workbook/FramedNotice';
import { exerciseById } from '../../exercises/catalog';
import { classListProblem, listFor, matchKey, namesOf } from '../../lib/class-list';
import type { ClassList } from '../../lib/class-lists-data';
import { classLists } from '../../stores/class-lists';
import { tidyName } from '../../lib/display-name';
import { ClassWeekView } from './ClassView';
import { useRiskCheck } from '../../exercises/shared/care';
import { fieldKey, flaggedParts, needsALook, type FlaggedParts } from '../../lib/care/hand-in-care';
import { classWeeks, handInIdentity, isDatedInFuture, offAssignment, versionsPerStudent } from '../../lib/class-view';

/** A hand-in on the page: kept in this browser (`keptId`) or opened this visit. */
interface Opened {
  /** Its identity (class-view.ts handInIdentity): two different hand-ins never share it. */
  key: string;
  handIn: HandIn;
  keptId?: string;
  /** When the teacher chose it to count among the student's versions. */
  chosenAt?: string;
}

const NOTHING_FLAGGED: FlaggedParts = { fields: new Set(), reflections: new Set() };

/** The most pasted links opened at once (each is checked and unpacked on this device). */
const MAX_PASTED_LINKS = 200;

export default function Review({ practices }: { practices: PracticeInfo[] }) {
  const known = useMemo(() => new Set(practices.map((p) => p.id)), [practices]);
  const titleOf = (id: string) => practices.find((p) => p.id === id)?.title ?? id;
  const worksheetsOf = (p: string) => practices.find((x) => x.id === p)?.worksheets.map((w) => w.id) ?? [];
  const [received, setReceived] = useState<HandIn[]>([]);
  /** Versions chosen before they are kept (a kept one keeps its choice in its entry). */
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
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
    loadBackups(handIns);
    loadBackups(classLists);
  }, []);

  /** Opens hand-ins read elsewhere: the new ones join the page, each problem is named. */
  const addOpened = (fresh: HandIn[], bad: string[]) => {
    setProblems(bad);
    setReceived((current) => {
      const seen = new Set(current.map(handInIdentity));
      return [...current, ...fresh.filter((h) => !seen.has(handInIdentity(h)) && seen.add(handInIdentity(h)))];
    });
  };
  /** Opens each code on its own: the good ones open, and each bad one is named with its problem. */
  const add = (codes: { code: string; from: string }[], extra: string[] = []) => {
    const fresh: HandIn[] = [];
    const bad: string[] = [];
    for (const { code, from } of codes) {
      const decoded = decodeHandIn(code, known, MAX_CODE_LENGTH);
      if (decoded.ok) fresh.push(decoded.handIn);
      else bad.push(`${from}: ${decoded.message}`);
    }
    addOpened(fresh, [...bad, ...extra]);
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

  const openPasted = () => {
    const links = pasted.split(/\s+/).filter(Boolean);
    const rest = links.slice(MAX_PASTED_LINKS);
    add(
      links.slice(0, MAX_PASTED_LINKS).map((line, i) => ({ code: codeFromText(line), from: `Link ${i + 1}` })),
      rest.length > 0 ? [notOpenedLine(rest.length)] : [],
    );
    // The links not opened stay in the box, to be opened next.
    setPasted(rest.join('\n'));
  };

  // Each file is read after its size is checked (src/lib/transfer/hand-in-file.ts): a student's
  // hand-in file, or a file of kept hand-ins exported from this page.
  const openFiles = async (files: FileList | null) => {
    const fresh: HandIn[] = [];
    const bad: string[] = [];
    // Loaded when a file is chosen: most visits open links.
    const { readHandInFile } = await import('../../lib/transfer/hand-in-file');
    for (const file of Array.from(files ?? [])) {
      const opened = await readHandInFile(file, known);
      fresh.push(...opened.handIns);
      bad.push(...opened.problems.map((p) => `${file.name}: ${p}`));
    }
    addOpened(fresh, bad);
  };

  // Kept hand-ins first (in the order they were kept), then those opened this visit. A student's
  // later hand-in never replaces an earlier one: both stay, as versions, and one counts.
  const opened: Opened[] = [];
  const onPage = new Set<string>();
  // The store lists the newest first; the first seen must come first (hand-ins kept together: by their dates).
  const keptInOrder = [...kept].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.handIn.handedInAt.localeCompare(b.handIn.handedInAt),
  );
  for (const k of keptInOrder) {
    const key = handInIdentity(k.handIn);
    if (onPage.has(key)) continue;
    onPage.add(key);
    opened.push({ key, handIn: k.handIn, keptId: k.id, ...(k.chosenAt ? { chosenAt: k.chosenAt } : {}) });
  }
  for (const h of received) {
    const key = handInIdentity(h);
    if (onPage.has(key)) continue;
    onPage.add(key);
    opened.push({ key, handIn: h, ...(choices.has(key) ? { chosenAt: choices.get(key)! } : {}) });
  }
  const { marks: trust, view } = useHandInTrust(opened);
  const now = Date.now();
  const { current: all, multiple } = versionsPerStudent(opened, now, (o) => ['first', 'same'].includes(trust?.get(o.key)?.mark ?? ''));
  const versionsOf = (o: Opened) => multiple.find((m) => m.versions.includes(o));
  const unsaved = opened.filter((o) => !o.keptId);
  const keepAll = () => {
    for (const o of unsaved) handIns.add({ handIn: o.handIn, ...(o.chosenAt ? { chosenAt: o.chosenAt } : {}) });
  };
  const choose = (o: Opened) => {
    const at = new Date().toISOString();
    if (o.keptId) handIns.update(o.keptId, { chosenAt: at });
    else setChoices((m) => new Map(m).set(o.key, at));
  };
  // Every hand-in is shown: the counted one of each student, then that student's other versions.
  const shownInOrder = all.flatMap((o) => [o, ...(versionsOf(o)?.versions.filter((v) => v !== o) ?? [])]);
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
  const whoOf = (h: HandIn) => matchKey(h.student) || `unnamed ${handInIdentity(h)}`;
  for (const group of groups) for (const h of group.handIns) number(whoOf(h));
  for (const group of groups) for (const n of namesFor(group.className)) number(matchKey(n));
  for (const o of shownInOrder) number(whoOf(o.handIn));
  const name = (h: HandIn) => (hideNames || !h.student ? `Student ${numbers.get(whoOf(h)) ?? ''}` : tidyName(h.student));
  const listedName = (n: string) => (hideNames ? `Student ${numbers.get(matchKey(n)) ?? ''}` : n);
  const articleId = (o: Opened) => `student-${shownInOrder.indexOf(o)}`;

  return (
    <div class="review">
      <FramedNotice />
      <div role="status" aria-live="polite" class="no-print">
        {(notSaving || backups.length > 0) && <Notices status={status} store={handIns} recovery={recovery} backups={backups} />}
        {/* The notice's "Download a copy" keeps the hand-ins; the class lists are a kind of their own. */}
        {notSaving && lists.length > 0 && (
          <p>
            <button
              type="button"
              class="quiet"
              onClick={() => downloadText(`efficacy-lab-class-lists-${dateStamp()}.json`, exportText(classLists))}
            >
              Download your class lists
            </button>
          </p>
        )}
        {/* Class lists kept aside are offered too; "not being saved" is said once, above. */}
        {listsBackups.length > 0 && (
          <Notices status={{ state: 'idle' }} store={classLists} recovery={listsRecovery} backups={listsBackups} />
        )}
      </div>
      <section aria-labelledby="open-heading" class="no-print">
        <h2 id="open-heading">Open hand-ins</h2>
        <div class="field">
          <label class="field__label" for="paste-links">
            Paste hand-in links
          </label>
          <p class="field__hint" id="paste-links-hint">
            One or more links, one per line, as students sent them (up to {MAX_PASTED_LINKS} at a time).
          </p>
          <textarea
            id="paste-links"
            rows={3}
            aria-describedby="paste-links-hint"
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p>
            <button type="button" onClick={openPasted}>
              Open the links
            </button>
          </p>
        </div>
        <div class="field">
          <label class="field__label" for="handin-files">
            Or open hand-in files
          </label>
          <p class="field__hint" id="handin-files-hint">
            Files students downloaded, or a file of kept hand-ins you exported from this page.
          </p>
          <input
            type="file"
            id="handin-files"
            multiple
            accept=".json,application/json"
            aria-describedby="handin-files-hint"
            onChange={(e) => void openFiles((e.currentTarget as HTMLInputElement).files)}
          />
        </div>
        {view && <view.TrustExplainer />}
        <div role="status" aria-live="polite">
          {problems.length > 0 && (
            <div class="notice notice--warning" data-review-problems>
              <p>
                <strong>{problemsHeading(problems)}</strong>
              </p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {!hideNames && view && multiple.length > 0 && (
            <view.VersionsNotice
              students={multiple.map((m) => ({
                name: name(m.counted.handIn),
                count: m.versions.length,
                counted: m.counted.handIn.handedInAt,
                chosen: m.chosen,
                target: articleId(m.counted),
              }))}
            />
          )}
        </div>
      </section>

      {all.length === 0 ? (
        <p data-review-empty>No hand-ins open yet. Open a student’s link, paste links above, or open hand-in files.</p>
      ) : (
        <>
          <section aria-labelledby="class-heading" class="no-print">
            <h2 id="class-heading">
              {all.length === opened.length
                ? `${all.length} hand-in${all.length === 1 ? '' : 's'}`
                : `${all.length} student${all.length === 1 ? '' : 's'}, ${opened.length} hand-ins`}
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
              {unsaved.length > 0 && (
                <button type="button" onClick={keepAll}>
                  {`Keep ${unsaved.length === 1 ? 'this hand-in' : `these ${unsaved.length} hand-ins`} in this browser`}
                </button>
              )}{' '}
              {kept.length > 0 && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() =>
                    void import('../../lib/transfer/hand-in-file').then(({ keptHandInsFile }) =>
                      downloadText(`efficacy-lab-hand-ins-${dateStamp()}.json`, keptHandInsFile(kept.map((k) => k.handIn))),
                    )
                  }
                >
                  Export the kept hand-ins
                </button>
              )}
            </p>
            {kept.length > 0 && <p class="muted">The exported file opens again on this page, under “Or open hand-in files”.</p>}
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
              needsLook={(h) => {
                const o = all.find((r) => r.handIn === h);
                return !hideNames && o && needsALook(flagsOf(h)) ? articleId(o) : undefined;
              }}
              shown={(h) => (hideNames ? withoutFlagged(h, flagsOf(h)) : h)}
            />
          ))}
          {shownInOrder.map((o, i) => {
            const { key, handIn } = o;
            const flags = flagsOf(handIn);
            const versions = versionsOf(o);
            const off = offAssignment(handIn, worksheetsOf);
            // Named view: the mark and what to do. Names hidden: the flagged words are left out altogether.
            const shown = (i: number, fields: Record<string, unknown>) => (hideNames ? unflaggedFields(i, fields, flags) : fields);
            const reflections = handIn.reflections
              .map((r, j) => ({ ...r, off: off.reflections[j] }))
              .filter((r) => !hideNames || !flags.reflections.has(r.practice));
            return (
              <article key={key} class="review__student" aria-labelledby={`student-${i}`} data-hand-in>
                <h2 id={`student-${i}`}>
                  {name(handIn)}: {handIn.assignment.practices.map(titleOf).join('; ')},{' '}
                  {weekLabel(handIn.assignment.week).replace(/^W/, 'w')}
                </h2>
                <p class="muted">
                  {handIn.assignment.className ? `${handIn.assignment.className}. ` : ''}Handed in {formatMoment(handIn.handedInAt)}.
                  {o.keptId ? (notSaving ? ' Not kept: this browser is not saving.' : ' Kept in this browser.') : ''}
                </p>
                {!hideNames && view && (
                  <view.HandInMarks
                    trust={trust?.get(key)}
                    checking={trust === undefined}
                    future={isDatedInFuture(handIn, now)}
                    handedInAt={handIn.handedInAt}
                    versions={versions && { count: versions.versions.length, counted: versions.counted === o, onChoose: () => choose(o) }}
                  />
                )}
                {!hideNames && needsALook(flags) && <NeedsALook />}
                {handIn.entries.length === 0 && handIn.reflections.length === 0 && <p>Nothing was shared.</p>}
                {handIn.entries.map((entry, j) => (
                  <div class="entry" key={j}>
                    <p class="entry__when">
                      {exerciseById(entry.exercise)?.title}, {formatMoment(entry.createdAt)}
                      {view && <view.OffAssignmentTag off={off.entries[j]} />}
                    </p>
                    <EntryFields fields={exerciseById(entry.exercise)?.fields ?? []} values={shown(j, entry.fields)} />
                  </div>
                ))}
                {reflections.length > 0 && (
                  <dl class="entry__fields">
                    {reflections.map((r) => (
                      <>
                        <dt>
                          Reflection on “{titleOf(r.practice)}”{view && <view.OffAssignmentTag off={r.off} />}
                        </dt>
                        <dd>{r.text}</dd>
                      </>
                    ))}
                  </dl>
                )}
                {o.keptId && (
                  <p class="no-print">
                    <button type="button" class="quiet danger" onClick={() => removeKept(o.keptId!)}>
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

/** A kept hand-in removed (never while another site frames this page: src/lib/framing.ts). */
function removeKept(id: string) {
  if (refuseWhenFramed()) return;
  handIns.remove(id);
}

/** "One hand-in could not be opened:", or how many; a note about links left unopened is counted apart. */
function problemsHeading(problems: readonly string[]): string {
  const failed = problems.filter((p) => !p.startsWith(NOT_OPENED)).length;
  if (failed === 0) return 'Not everything was opened:';
  return `${failed === 1 ? 'One hand-in' : `${failed} hand-ins`} could not be opened:`;
}

const NOT_OPENED = 'Not opened: ';
/** Said when more links were pasted than the page opens at once: how many, and where they are. */
export const notOpenedLine = (count: number): string =>
  `${NOT_OPENED}${count === 1 ? '1 more link' : `${count} more links`}. The page opens ${MAX_PASTED_LINKS} links at a time; ${count === 1 ? 'it is' : 'they are'} left in the box above: choose “Open the links” again.`;

type TrustView = typeof import('./HandInTrust');

/**
 * The review page's trust check (src/lib/hand-in-trust.ts) and the words that show it
 * (./HandInTrust.tsx), loaded once hand-ins are open: a visit without hand-ins loads neither.
 * `marks` is keyed by hand-in identity; undefined while checking.
 */
function useHandInTrust(opened: readonly Opened[]): { marks: ReadonlyMap<string, Trust> | undefined; view: TrustView | undefined } {
  const [trust, setTrust] = useState<{ of: string; marks: ReadonlyMap<string, Trust> }>();
  const [view, setView] = useState<TrustView>();
  const of = opened.map((o) => serialOf(o.key)).join(',');
  useEffect(() => {
    if (opened.length === 0) return;
    let live = true;
    const list = opened.map((o) => o.handIn);
    void import('./HandInTrust').then(
      (m) => live && setView(() => m),
      () => undefined,
    );
    import('../../lib/hand-in-trust')
      .then((m) => m.assessHandIns(list))
      .then(
        (marks) => live && setTrust({ of, marks: new Map(list.map((h) => [handInIdentity(h), marks.get(h)!])) }),
        // Without the check (the part did not load) every hand-in says it could not be checked.
        () => live && setTrust({ of, marks: new Map() }),
      );
    return () => {
      live = false;
    };
  }, [of]); // eslint-disable-line react-hooks/exhaustive-deps
  return { marks: trust?.of === of ? trust.marks : undefined, view };
}

/** A short number per hand-in identity, so the trust check's dependency is not every hand-in's whole text. */
const serials = new Map<string, number>();
const serialOf = (key: string) => {
  if (!serials.has(key)) serials.set(key, serials.size);
  return serials.get(key)!;
};

/** Entry `i`'s fields without those whose words signal risk. */
const unflaggedFields = (i: number, fields: Record<string, unknown>, flags: FlaggedParts) =>
  Object.fromEntries(Object.entries(fields).filter(([k]) => !flags.fields.has(fieldKey(i, k))));

/** A hand-in without the fields and reflections whose words signal risk: what the class may see with names hidden. */
function withoutFlagged(h: HandIn, flags: FlaggedParts): HandIn {
  return {
    ...h,
    entries: h.entries.map((e, i) => ({
      ...e,
      fields: unflaggedFields(i, e.fields, flags),
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
