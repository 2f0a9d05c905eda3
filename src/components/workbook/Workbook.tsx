// My workbook: everything saved in this browser, grouped by exercise and by week, with export,
// print, import, storage health and "delete everything". All logic that is not about the page is in
// src/lib/transfer (the file format, the import plan) and src/stores.
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createExport, isExportedKey, MAX_IMPORT_BYTES, readImport } from '../../lib/transfer/backup-file';
import { planImport, type ImportPlan } from '../../lib/transfer/import-plan';
import { LIST_PAGE, liveEntries, type EntryMeta } from '../../lib/storage/entries';
import { isoDay, weekLabel, weekStart } from '../../lib/dates';
import { STORAGE_PREFIX } from '../../lib/storage-keys';
import { countOf, countsByExercise, exportedSummary, formatQuota, formatStored } from '../../lib/counts';
import { $entriesByExercise, EXERCISE_STORES, type ExerciseWithStore } from '../../exercises/stores';
import { assignments } from '../../stores/assignments';
import { progress } from '../../stores/progress';
import { handIns } from '../../stores/hand-ins';
import { builtAssignments } from '../../stores/built-assignments';
import { classLists } from '../../stores/class-lists';
import { buildAssignmentQuery } from '../../lib/assignment-link';
import { $saveStatus, BACKUP_PREFIX, storage } from '../../stores/persistence';
import { applyImport } from '../../stores/saved-data-import';
import { deleteEverything } from '../../stores/delete-everything';
import { $storageInfo, recordExport, refreshStorageInfo } from '../../stores/storage-info';
import type { ReadableExerciseStore } from '../../stores/exercise-store';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { dateStamp, downloadText } from '../../exercises/shared/download';
import { formatMoment } from '../../lib/date-format';
import { EntryFields } from './EntryFields';
import { useRiskCheck } from '../../exercises/shared/care';
import { ConflictCopies } from './ConflictCopies';
import { FramedNotice } from './FramedNotice';
import { refuseWhenFramed } from '../../lib/framing';

const NO_ENTRIES: Readonly<Record<string, EntryMeta[]>> = {};

/** Storage keys this site uses, for export and for deleting everything. */
const ourKeys = () => storage.keys(STORAGE_PREFIX);

function useEntries<E extends EntryMeta>(store: ReadableExerciseStore<E>): E[] {
  const state = useStore(store.$state, { ssr: 'initial' });
  // liveEntries caches by the entries list: typing in the draft does not sort them again.
  return useMemo(() => liveEntries(state), [state]);
}

export default function Workbook({ practices, lessons }: { practices: PracticeInfo[]; lessons: string[] }) {
  // Empty on the server and on the first render, as the server rendered it (a computed store has no initial value).
  const byExercise = useStore($entriesByExercise, { ssr: 'initial' }) ?? NO_ENTRIES;
  const opened = useEntries(assignments);
  const marks = useEntries(progress);
  // A teacher's own data is named too before it is deleted (the stores are on this page already,
  // for the kept copies).
  const teacher: [number, [string, string]][] = [
    [useEntries(handIns).length, ['kept hand-in', 'kept hand-ins']],
    [useEntries(builtAssignments).length, ['assignment you built', 'assignments you built']],
    [useEntries(classLists).length, ['class list', 'class lists']],
  ];
  // Marks of lessons no longer in the course are not counted.
  const lessonsRead = marks.filter((m) => lessons.includes(m.id)).length;
  const entriesOf = (id: string) => byExercise[id] ?? [];
  const total = EXERCISE_STORES.reduce((sum, { definition }) => sum + entriesOf(definition.id).length, 0);
  // Long lists show their newest entries first; printing shows everything (Print, or the browser's own).
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    const all = () => setShowAll(true);
    addEventListener('beforeprint', all);
    return () => removeEventListener('beforeprint', all);
  }, []);

  return (
    <div class="workbook">
      <section aria-labelledby="work-heading">
        <h2 id="work-heading">Your work</h2>
        <p data-workbook-progress>
          Lessons read: {lessonsRead} of {lessons.length}. <a href="/#next-step">See your place in the course</a>
        </p>
        {total === 0 ? (
          <p data-workbook-empty>
            Nothing is saved in this browser yet. What you write in the <a href="/practice/">worksheets</a> will appear here, grouped by
            exercise and by week.
          </p>
        ) : (
          EXERCISE_STORES.map(({ definition }) => (
            <ExerciseSection key={definition.id} exercise={definition} entries={entriesOf(definition.id)} showAll={showAll} />
          ))
        )}
      </section>
      <Assignments opened={opened as OpenedAssignment[]} practices={practices} byExercise={byExercise} />
      <ExportAndPrint onPrint={() => setShowAll(true)} total={total} />
      <ConflictCopies />
      <Import />
      <StorageHealth />
      <DeleteEverything
        counts={[
          // Named by exercise: two that both count rounds read "1 round (…)" each, not "1 round, 1 round".
          ...countsByExercise(
            EXERCISE_STORES.map(({ definition: d }) => ({ title: d.title, noun: d.noun, count: entriesOf(d.id).length })),
          ),
          ...(opened.length > 0 ? [countOf(opened.length, ['opened assignment', 'opened assignments'])] : []),
          ...(marks.length > 0 ? [countOf(marks.length, ['lesson marked read', 'lessons marked read'])] : []),
          ...teacher.filter(([n]) => n > 0).map(([n, noun]) => countOf(n, noun)),
        ]}
      />
    </div>
  );
}

function ExerciseSection({
  exercise,
  entries,
  showAll,
}: {
  exercise: ExerciseWithStore['definition'];
  entries: EntryMeta[];
  showAll: boolean;
}) {
  const [shown, setShown] = useState(LIST_PAGE);
  const focusAfter = useRef<string>();
  useLayoutEffect(() => {
    // "Show more" moves focus to the first entry it added, so keyboard and screen reader users go on from there.
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  });
  const count = showAll ? entries.length : Math.min(shown, entries.length);
  // Care first: an entry whose words signal risk is listed like any other, with help beside it.
  const check = useRiskCheck();
  // Grouped once per list, not on every render of the page.
  const weeks = useMemo(() => {
    // Newest week first; within a week, newest entry first (liveEntries is already newest first).
    const byWeek = new Map<string, EntryMeta[]>();
    for (const entry of entries.slice(0, count)) {
      const week = isoDay(weekStart(new Date(entry.createdAt)));
      const list = byWeek.get(week);
      if (list) list.push(entry);
      else byWeek.set(week, [entry]);
    }
    return [...byWeek];
  }, [entries, count]);
  if (entries.length === 0) return null;
  const headingId = `wb-${exercise.id}`;
  return (
    <section class="workbook__exercise" aria-labelledby={headingId} data-workbook-exercise={exercise.id}>
      <h3 id={headingId}>
        {exercise.title} <span class="muted">({countOf(entries.length, exercise.noun)})</span>
      </h3>
      {weeks.map(([week, inWeek]) => (
        <div key={week} class="workbook__week">
          <h4>{weekLabel(week)}</h4>
          <ul class="workbook__entries">
            {inWeek.map((entry) => (
              <li key={entry.id} class="entry" id={`${headingId}-${entry.id}`} tabIndex={-1}>
                <p class="entry__when">
                  <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>
                </p>
                <EntryFields fields={exercise.fields} values={entry as unknown as Record<string, unknown>} markPrivate />
                {check && check.entrySignalsRisk(check, entry) && <check.EntryCareLine />}
                <a href={`/practice/${exercise.id}/?entry=${encodeURIComponent(entry.id)}`} class="no-print">
                  Open to edit
                  <span class="visually-hidden">
                    {' '}
                    this {exercise.noun[0]} from {formatMoment(entry.createdAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {entries.length > LIST_PAGE && (
        <p class="entries__more no-print">
          <span role="status" aria-live="polite" data-entries-shown>
            Showing {count} of {countOf(entries.length, exercise.noun)}, newest first.
          </span>{' '}
          {count < entries.length && (
            <button
              type="button"
              class="quiet"
              onClick={() => {
                focusAfter.current = `${headingId}-${entries[count]!.id}`;
                setShown(count + LIST_PAGE);
              }}
            >
              Show {Math.min(LIST_PAGE, entries.length - count)} more {exercise.noun[1]}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

interface OpenedAssignment extends EntryMeta {
  practices: string[];
  week: string;
  className: string;
  note: string;
  areas: string[];
  done: string[];
}

function Assignments({
  opened,
  practices,
  byExercise,
}: {
  opened: OpenedAssignment[];
  practices: PracticeInfo[];
  byExercise: Readonly<Record<string, EntryMeta[]>>;
}) {
  const byId = new Map(practices.map((p) => [p.id, p]));
  return (
    <section aria-labelledby="assignments-heading" class="workbook__assignments">
      <h2 id="assignments-heading">Assignments</h2>
      {opened.length === 0 ? (
        <p>No assignments yet. When a teacher sends you an assignment link and you open it, it is listed here.</p>
      ) : (
        <ul>
          {opened.map((a) => {
            const query = buildAssignmentQuery(a);
            const done = a.practices.filter((id) => {
              const p = byId.get(id);
              const ex = p?.worksheets[0]?.id;
              return (
                a.done.includes(id) ||
                (ex !== undefined && (byExercise[ex] ?? []).some((e) => isoDay(weekStart(new Date(e.createdAt))) === a.week))
              );
            });
            return (
              <li key={a.id}>
                <a href={`/assignment/${query}`}>
                  {a.className ? `${a.className}: ` : ''}
                  {weekLabel(a.week)}
                </a>{' '}
                <span class="muted">
                  ({done.length} of {a.practices.length} done: {a.practices.map((id) => byId.get(id)?.title ?? id).join('; ')})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ExportAndPrint({ onPrint, total }: { onPrint: () => void; total: number }) {
  const [message, setMessage] = useState('');
  const [printing, setPrinting] = useState('');
  const exportAll = async () => {
    storage.flush(); // include anything typed in the last moment
    const items: Record<string, string> = {};
    for (const key of ourKeys().filter(isExportedKey)) {
      const text = storage.readStored(key) ?? storage.read(key);
      if (text !== null) items[key] = text;
    }
    const now = new Date();
    downloadText(`efficacy-lab-workbook-${dateStamp(now)}.json`, await createExport(items, now));
    recordExport(now);
    // Entries, not storage keys: a worksheet's entries are kept under one key.
    const byExercise = $entriesByExercise.get() ?? NO_ENTRIES;
    setMessage(
      `${exportedSummary(EXERCISE_STORES.map(({ definition }) => byExercise[definition.id]?.length ?? 0))} to a file in your downloads.`,
    );
  };
  return (
    <section aria-labelledby="export-heading" class="no-print">
      <h2 id="export-heading">Keep a copy</h2>
      <p>
        Export everything to one file you can keep, move to another browser or import again. Or print your workbook, or save it as a PDF
        from the print dialog.
      </p>
      <p class="button-row">
        <button type="button" onClick={exportAll} data-export>
          Export everything
        </button>{' '}
        <button
          type="button"
          class="quiet"
          onClick={() => {
            // Every entry, not just the first of a long list, then print. Thousands take seconds to
            // lay out: say so first (painted before the work starts), and clear it once printed.
            setPrinting(`Preparing ${countOf(total, ['entry', 'entries'])} for printing…`);
            requestAnimationFrame(() =>
              setTimeout(() => {
                onPrint();
                setTimeout(() => {
                  print();
                  setPrinting('');
                });
              }),
            );
          }}
        >
          Print
        </button>
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <p role="status" aria-live="polite" data-print-status>
        {printing}
      </p>
    </section>
  );
}

function Import() {
  const [plan, setPlan] = useState<ImportPlan>();
  const [items, setItems] = useState<Record<string, string>>();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    setPlan(undefined);
    setMessage('');
    setProblem('');
    if (!file) return;
    // The size is checked before a byte is read: a huge file is refused at once.
    const read = await readImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    if (!read.ok) {
      setProblem(`“${file.name}”: ${read.message}`);
      return;
    }
    setItems(read.items);
    storage.flush(); // the preview counts what this tab typed a moment ago
    setPlan(planImport(read.items, storage.readStored));
  };

  // The preview was worked out earlier; the import merges against what is stored now.
  const apply = () => {
    if (!plan || !items) return;
    const outcome = applyImport((stored) => planImport(items, stored));
    setPlan(undefined);
    refreshStorageInfo();
    if (outcome.ok) setMessage('Imported. Your work above now includes the file’s entries.');
    else setProblem(outcome.message);
  };

  return (
    <section aria-labelledby="import-heading" class="no-print">
      <h2 id="import-heading">Import a file</h2>
      <p id="import-hint">
        Choose a file exported from a workbook (or a copy downloaded from a worksheet). It is checked before anything changes, and you will
        see what it adds before you confirm. Entries you have changed since are never replaced by older ones.
      </p>
      <div
        class={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="import-file" class="field__label">
          File to import
        </label>
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="field__hint">You can also drop a file here.</p>
      </div>
      <div role="status" aria-live="polite">
        {problem && (
          <p class="notice notice--warning" data-import-problem>
            {problem}
          </p>
        )}
        {message && <p data-import-done>{message}</p>}
      </div>
      {plan && (
        <div class="import-preview" data-import-preview>
          <h3>What this file will do</h3>
          {plan.previews.length === 0 && plan.keptCopies === 0 ? (
            <p>Nothing: everything in it is already here.</p>
          ) : (
            <section class="table-scroll" aria-label="Entries the import adds, updates and keeps" tabIndex={0}>
              <table>
                <caption class="visually-hidden">Entries the import adds, updates and keeps</caption>
                <thead>
                  <tr>
                    <th scope="col">Saved work</th>
                    <th scope="col">New</th>
                    <th scope="col">Newer in the file</th>
                    <th scope="col">Newer here (kept)</th>
                    <th scope="col">Deleted since</th>
                    <th scope="col">Already here</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.previews.map((p) => (
                    <tr key={p.kind}>
                      <th scope="row">{p.label}</th>
                      <td>{p.added}</td>
                      <td>{p.updated}</td>
                      <td>{p.keptNewer}</td>
                      <td>{p.deleted}</td>
                      <td>{p.unchanged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {plan.keptCopies > 0 && <p>It also brings {plan.keptCopies} kept-aside copy of data that could not be read earlier.</p>}
          {Object.keys(plan.writes).length === 0 && (
            <p data-import-nothing>Nothing to import: everything in this file is already here, or older than what is here.</p>
          )}
          {Object.keys(plan.keepAside).length > 0 && (
            <p>
              Saved data here that could not be read will be kept aside first, not replaced. If there is no room to keep it, nothing is
              imported.
            </p>
          )}
          {plan.replacedFromFuture.length > 0 && (
            <p data-import-future>
              {countOf(plan.replacedFromFuture.length, ['entry here', 'entries here'])} will be replaced by{' '}
              {plan.replacedFromFuture.length === 1 ? 'a version' : 'versions'} dated in the future (a device whose clock was wrong?). What
              is here now is kept first, under “Kept copies to look at”.
            </p>
          )}
          {plan.refusal && (
            <p class="notice notice--warning" data-import-refusal>
              {plan.refusal}
            </p>
          )}
          <p class="button-row">
            <button type="button" onClick={apply} disabled={Object.keys(plan.writes).length === 0 || plan.refusal !== undefined}>
              Import
            </button>{' '}
            <button type="button" class="quiet" onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

function StorageHealth() {
  const status = useStore($saveStatus, { ssr: 'initial' });
  const info = useStore($storageInfo, { ssr: 'initial' });
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number }>();
  const [persisted, setPersisted] = useState<boolean>();
  const [askResult, setAskResult] = useState('');

  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => undefined);
    void navigator.storage?.persisted?.().then(setPersisted, () => undefined);
  }, []);

  const ask = async () => {
    if (!navigator.storage?.persist) {
      setAskResult('This browser does not offer to keep site data on request.');
      return;
    }
    const granted = await navigator.storage.persist();
    setPersisted(granted);
    setAskResult(
      granted ? 'The browser agreed to keep this site’s data.' : 'The browser did not agree this time; it may decide on its own later.',
    );
  };

  return (
    <section aria-labelledby="health-heading" class="no-print">
      <h2 id="health-heading">Storage health</h2>
      <dl class="health" data-storage-health>
        <dt>Saving in this browser</dt>
        <dd>
          {status.state === 'unsaved'
            ? 'Not working: this browser is refusing to store anything. Export or print your work before you leave.'
            : 'Working.'}
        </dd>
        <dt>Stored by this site</dt>
        <dd>
          {formatStored(info?.bytes)}
          {estimate?.quota ? ` (the browser allows this site ${formatQuota(estimate.quota)})` : ''}
        </dd>
        <dt>Last export</dt>
        <dd>{info?.lastExport ? formatMoment(info.lastExport) : 'Never, in this browser.'}</dd>
        <dt>Kept by the browser</dt>
        <dd>
          {persisted === undefined
            ? 'Unknown.'
            : persisted
              ? 'Yes: the browser has agreed not to clear it to save space.'
              : 'Not guaranteed.'}
        </dd>
      </dl>
      {!persisted && (
        <p>
          <button type="button" class="quiet" onClick={ask}>
            Ask the browser to keep this data
          </button>{' '}
          <span role="status" aria-live="polite">
            {askResult}
          </span>
        </p>
      )}
      <p>
        Browsers can delete a site’s data: when you clear your history, when the device is short of space, and Safari deletes it after seven
        days without a visit unless the site is installed on the home screen. If your writing matters to you, export it now and then, or
        install the site.
      </p>
    </section>
  );
}

function DeleteEverything({ counts }: { counts: string[] }) {
  const [confirming, setConfirming] = useState(false);
  // 'unrecorded': the browser refused even the note of the deletion that stops other tabs saving again.
  const [done, setDone] = useState<false | 'recorded' | 'unrecorded'>(false);
  // Focus follows the step: to the warning when it opens, back to the first button when cancelled.
  const warning = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    (confirming ? warning.current : opener.current)?.focus();
  }, [confirming, moved]);
  const step = (next: boolean) => {
    setMoved(true);
    setConfirming(next);
  };
  const keys = confirming ? ourKeys() : [];
  const copies = keys.filter((k) => k.startsWith(BACKUP_PREFIX)).length;
  const remove = () => {
    // Never while another site frames this page (clickjacking: src/lib/framing.ts).
    if (refuseWhenFramed()) return;
    const recorded = deleteEverything();
    // This browser's hand-in signing key goes too: its next hand-in starts a new one (docs/hand-ins.md).
    void import('../../lib/device-key').then((m) => m.deleteDeviceKey());
    setDone(recorded ? 'recorded' : 'unrecorded');
    // A fresh load shows empty worksheets without writing anything back.
    if (recorded) setTimeout(() => location.reload(), 800);
  };
  return (
    <section aria-labelledby="delete-heading" class="no-print">
      <h2 id="delete-heading">Delete everything</h2>
      <FramedNotice />
      {done ? (
        <p role="status">
          Everything is deleted from this browser.
          {done === 'unrecorded' &&
            ' But the browser did not let the site note the deletion, so another tab of this site that is still open could save again what it shows: close those tabs now.'}
        </p>
      ) : confirming ? (
        <div class="notice notice--warning" role="group" aria-labelledby="delete-confirm">
          <p id="delete-confirm" tabIndex={-1} ref={warning}>
            <strong>This deletes, from this browser, for good:</strong> {counts.join(', ') || 'no saved entries'}
            {copies > 0 ? `, ${copies} kept-aside ${copies === 1 ? 'copy' : 'copies'}` : ''}, and your theme and role choices. It cannot be
            undone.
          </p>
          <p class="button-row">
            <ExportFirst />{' '}
            <button type="button" class="danger" onClick={remove} data-delete-confirm>
              Delete everything
            </button>{' '}
            <button type="button" class="quiet" onClick={() => step(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="quiet danger" onClick={() => step(true)} ref={opener}>
            Delete everything…
          </button>
        </p>
      )}
    </section>
  );
}

function ExportFirst() {
  return (
    <a href="#export-heading" class="button button--quiet">
      Export first
    </a>
  );
}
