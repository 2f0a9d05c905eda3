// One class and week on the review page (issue 24): the roster (what each student did for each
// practice), the class view (a row per student, a column per shared area, the class median kept in
// view, sortable), the change since the class's week before, and the way out to a spreadsheet and to
// one question across the class. The CSV and question code loads on first use (ClassTools.lazy.tsx).
import { useState } from 'preact/hooks';
import { weekLabel } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import type { HandIn } from '../../lib/transfer/hand-in';
import { isRatings, strengthOf } from '../../exercises/shared-areas';
import { useLazy } from '../../exercises/shared/use-exercise';
import { WE_CAN_EXERCISE } from '../../lib/exercise-ids';
import { classListProblem, handedInLine, listedRoster, MAX_LIST_TEXT, MAX_NAMES, namesOf, type RosterRow } from '../../lib/class-list';
import { setClassList } from '../../stores/class-lists';
import { Field } from '../../exercises/shared/fields';
import { classGrid, compareGrids, listInWords, type ClassGrid, type ClassWeek } from '../../lib/class-view';
import { didAssigned, practiceStatuses, statusText, type PracticeStatus } from '../../lib/roster-status';
import { BY_NAME, nextSort, sortRows, type Sort, type StudentRow } from '../../lib/class-table';

/** "Student 2" before "Student 10". */
const byNumber = new Intl.Collator(undefined, { numeric: true });

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : 'no change');
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

type Tools = typeof import('./ClassTools.lazy');
let toolsLoading: Promise<Tools> | undefined;
/** The CSV writer and the question view, fetched once on first use (a failed fetch is tried again next time). */
const loadTools = () =>
  (toolsLoading ??= import('./ClassTools.lazy').catch((error: unknown) => {
    toolsLoading = undefined;
    throw error;
  }));

/**
 * Only one part of the page prints: the page's rules hide everything else while the body says so
 * (review.css). `done` runs once printing is over.
 */
function printPart(done: () => void) {
  document.body.dataset['print'] = 'part';
  addEventListener(
    'afterprint',
    () => {
      delete document.body.dataset['print'];
      done();
    },
    { once: true },
  );
  setTimeout(() => print());
}

export interface ClassWeekProps {
  id: string;
  group: ClassWeek;
  /** The same class's earlier weeks on the page (opened or kept), oldest first. */
  earlierWeeks: ClassWeek[];
  /** A hand-in's student as shown (tidied, or "Student 3" with names hidden). */
  name: (h: HandIn) => string;
  listedName: (name: string) => string;
  /** The class's list as typed ('' for none). */
  list: string;
  hideNames: boolean;
  practices: PracticeInfo[];
  /** For a hand-in whose shared words signal risk (named view only): the id of its heading below; else undefined. */
  needsLook: (h: HandIn) => string | undefined;
  /** A hand-in as the page shows it (with names hidden, flagged words left out): what exports and the question view read. */
  shown: (h: HandIn) => HandIn;
}

/** One class and week: the roster, the class view, its change since the class's week before, exports. */
export function ClassWeekView({ id, group, earlierWeeks, name, listedName, list, hideNames, practices, needsLook, shown }: ClassWeekProps) {
  const practice = (p: string) => practices.find((x) => x.id === p);
  const worksheetsOf = (p: string) => practice(p)?.worksheets.map((w) => w.id) ?? [];
  const statuses = group.handIns.map((h) => practiceStatuses(h, group.practices, worksheetsOf));
  const grid = classGrid(group, isRatings);
  const earlier = earlierWeeks.at(-1);
  const before = earlier && classGrid(earlier, isRatings);
  const changes = grid && before ? compareGrids(before, grid) : undefined;
  // The "We can" class picture loads only for a class whose hand-ins hold "We can" entries.
  const hasWeCan = (week: ClassWeek) => week.handIns.some((h) => h.entries.some((e) => e.exercise === WE_CAN_EXERCISE));
  const weCan = useLazy(hasWeCan(group), () => import('./WeCanPicture'));
  // The picture compares with the class's latest earlier week that has "We can" hand-ins.
  const weCanBefore = earlierWeeks.findLast(hasWeCan);
  const label = `${group.className || 'No class name'}, ${weekLabel(group.week).replace(/^W/, 'w')}`;
  const students = group.handIns.map(name);
  const [sort, setSort] = useState<Sort>(BY_NAME);
  const [tools, setTools] = useState<Tools>();
  const [toolsFailed, setToolsFailed] = useState(false);
  const [question, setQuestion] = useState(false);
  const withTools = (use: (t: Tools) => void) =>
    void loadTools().then(
      (t) => {
        setToolsFailed(false);
        setTools(() => t);
        use(t);
      },
      () => setToolsFailed(true),
    );
  const rows: StudentRow[] = group.handIns.map((_, i) => ({
    name: students[i]!,
    ratings: grid?.rows.map((r) => r.ratings[i]) ?? [],
    index: i,
  }));
  const sorted = sortRows(rows, sort);
  const exportArgs = () => ({
    group,
    practices: group.practices.map((p) => ({ id: p, title: practice(p)?.title ?? p })),
    students: sorted.map((r) => ({
      name: r.name,
      handIn: shown(group.handIns[r.index]!),
      ratings: r.ratings,
      statuses: statuses[r.index]!,
      needsLook: needsLook(group.handIns[r.index]!),
    })),
  });
  return (
    <section class="class-week" aria-labelledby={`${id}-heading`} data-class-week={label}>
      <h2 id={`${id}-heading`}>{label}</h2>
      <Roster
        id={id}
        group={group}
        statuses={statuses}
        students={students}
        list={list}
        hideNames={hideNames}
        listedName={listedName}
        practiceTitle={(p) => practice(p)?.title ?? p}
        needsLook={needsLook}
      />
      {grid && (
        <ClassTable id={id} label={label} grid={grid} areas={grid.rows.map((r) => r.area)} rows={sorted} sort={sort} onSort={setSort} />
      )}
      {changes && earlier && (
        <div class="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-change-caption`}>
          <table data-class-change>
            <caption id={`${id}-change-caption`}>Change since the {weekLabel(earlier.week).replace(/^W/, 'w')} (class medians)</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">{weekLabel(earlier.week)}</th>
                <th scope="col">{weekLabel(group.week)}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.area}>
                  <th scope="row">{c.area}</th>
                  <td>{c.before === undefined ? 'not rated' : fmt(c.before)}</td>
                  <td>{c.after === undefined ? 'not rated' : fmt(c.after)}</td>
                  <td>{c.change === undefined ? '–' : signed(c.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {grid?.own.some((o) => o.length > 0) && (
        <>
          <h3>Areas students added on their own</h3>
          <ul data-class-own>
            {grid.own.map((o, i) =>
              o.length > 0 ? (
                <li key={i}>
                  {students[i]}: {o.map((r) => `${r.domain} ${r.rating}`).join(', ')}
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
      <p class="button-row no-print">
        <button type="button" class="quiet" onClick={() => withTools((t) => t.downloadClassView(exportArgs()))}>
          Download the class view as CSV
        </button>{' '}
        <button type="button" class="quiet" onClick={() => withTools((t) => t.downloadAnswers(exportArgs()))}>
          Download every shared answer as CSV
        </button>{' '}
        <button
          type="button"
          class="quiet"
          aria-expanded={question}
          onClick={() => (question ? setQuestion(false) : withTools(() => setQuestion(true)))}
        >
          Read one question across the class
        </button>
      </p>
      <p class="muted no-print">
        The CSV files open in any spreadsheet. Cells that a spreadsheet could run as a formula start with an apostrophe.
      </p>
      <div role="status" aria-live="polite" class="no-print">
        {toolsFailed && (
          <p class="notice notice--warning">This part of the page could not be loaded. Check your connection and press the button again.</p>
        )}
      </div>
      {question && tools && <tools.QuestionView id={`${id}-question`} {...exportArgs()} printPart={printPart} Mark={NeedsALookMark} />}
      {weCan && (
        <weCan.WeCanPicture
          id={id}
          handIns={group.handIns.map(shown)}
          {...(weCanBefore ? { earlier: { week: weCanBefore.week, handIns: weCanBefore.handIns.map(shown) } } : {})}
        />
      )}
    </section>
  );
}

const ROSTER_CLASS: Record<PracticeStatus['done'], string> = {
  done: 'roster__in',
  private: 'roster__private',
  reflection: 'roster__part',
  nothing: 'roster__missing',
};

/** Who handed in what: a row per student (per listed name, with a class list), a column per practice. */
function Roster({
  id,
  group,
  statuses,
  students,
  list,
  hideNames,
  listedName,
  practiceTitle,
  needsLook,
}: {
  id: string;
  group: ClassWeek;
  statuses: PracticeStatus[][];
  students: string[];
  list: string;
  hideNames: boolean;
  listedName: (name: string) => string;
  practiceTitle: (id: string) => string;
  needsLook: (h: HandIn) => string | undefined;
}) {
  const listProblem = classListProblem(list);
  const names = listProblem ? [] : namesOf(list);
  // With a list: one row per listed name, then anyone not on it; without, one row per hand-in.
  const rows: RosterRow[] =
    names.length > 0
      ? listedRoster(
          names,
          group.handIns.map((h) => h.student),
        )
      : group.handIns.map((h, i) => ({ name: h.student, handIn: i, listed: true }));
  const rowLabel = (row: RosterRow) => (names.length > 0 && row.listed ? listedName(row.name) : students[row.handIn!]!);
  // With names hidden the rows go Student 1, 2, 3…: left in the list's (often alphabetical) order,
  // where the numbers of those who did not hand in stand would tell the class who they are.
  const ordered = hideNames ? [...rows].sort((a, b) => byNumber.compare(rowLabel(a), rowLabel(b))) : rows;
  return (
    <>
      {hideNames ? (
        <p class="muted no-print">The class list is hidden while students’ names are hidden.</p>
      ) : (
        <details class="class-list no-print" data-class-list>
          <summary>
            Your class list
            {names.length > 0
              ? ` (${names.length} name${names.length === 1 ? '' : 's'})`
              : listProblem
                ? ' (has a problem)'
                : ' (add it to see who is missing)'}
          </summary>
          <Field
            id={`${id}-list`}
            label={group.className ? `Names in ${group.className}, one per line` : 'Names, one per line'}
            hint={`Up to ${MAX_NAMES} names, each as you like to see it; matched to hand-ins in any case. Kept in this browser and used for every week of this class, so the roster shows who has not handed in.`}
            value={list}
            rows={6}
            maxLength={MAX_LIST_TEXT}
            error={listProblem}
            onInput={(v) => setClassList(group.className, v)}
          />
        </details>
      )}
      <div class="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-roster-caption`}>
        <table class="roster" data-roster>
          <caption id={`${id}-roster-caption`}>Who did what</caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              {group.practices.map((p) => (
                <th scope="col" key={p}>
                  {practiceTitle(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((row, i) => (
              <tr key={i}>
                <th scope="row">
                  {rowLabel(row)}
                  {!row.listed && <span class="roster__unlisted"> (not on your class list)</span>}
                  {row.handIn !== undefined && <NeedsALookMark target={needsLook(group.handIns[row.handIn]!)} />}
                </th>
                {row.handIn === undefined
                  ? group.practices.map((p) => (
                      <td key={p} class="roster__missing">
                        Not handed in
                      </td>
                    ))
                  : statuses[row.handIn]!.map((s, j) => (
                      <td key={j} class={ROSTER_CLASS[s.done]}>
                        {statusText(s)}
                      </td>
                    ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-roster-count>
        <strong>{handedInLine(rows, (i) => didAssigned(statuses[i]!))}</strong>
      </p>
      <p class="muted no-print">
        Done: the practice’s worksheet was shared (a practice without a worksheet, its reflection). Early: saved before the week began.
        Late: handed in after the week ended.
      </p>
      {listProblem && !hideNames && (
        <p class="muted">Your class list has a problem (marked above): until it is fixed, the roster shows only who handed in.</p>
      )}
    </>
  );
}

/**
 * The class view: a row per student, a column per shared area, the class median in the header so it
 * stays in view as the rows scroll (and repeats on every printed page). Each column header is a sort
 * button; the header that sorts says so with aria-sort.
 */
function ClassTable({
  id,
  label,
  grid,
  areas,
  rows,
  sort,
  onSort,
}: {
  id: string;
  label: string;
  grid: ClassGrid;
  areas: string[];
  rows: StudentRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const [printing, setPrinting] = useState(false);
  const sortedBy = (column: Sort['column']) => (sort.column === column ? sort.direction : undefined);
  const heading = (column: Sort['column'], text: string) => (
    <th scope="col" aria-sort={sortedBy(column)} class={column === 'name' ? 'class-table__name' : undefined}>
      <button type="button" class="class-table__sort" onClick={() => onSort(nextSort(sort, column))}>
        {text}
        <span aria-hidden="true" class="class-table__arrow">
          {sortedBy(column) === 'ascending' ? ' ▲' : sortedBy(column) === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
  const sortedWords =
    sort.column === 'name'
      ? `Sorted by name, ${sort.direction === 'ascending' ? 'A to Z' : 'Z to A'}.`
      : `Sorted by ${areas[sort.column]}, ${sort.direction === 'ascending' ? 'lowest' : 'highest'} first.`;
  return (
    <div class="class-grid" data-class-view data-print-only={printing ? '' : undefined}>
      <div
        class={`class-table${areas.length > 6 ? ' class-table--wide' : ''}`}
        tabIndex={0}
        role="group"
        aria-labelledby={`${id}-grid-caption`}
      >
        <table data-class-table>
          <caption id={`${id}-grid-caption`}>
            The class’s efficacy grid: {label}. How sure each student is, from 1 (not at all) to 10 (completely).
          </caption>
          <thead>
            <tr>
              {heading('name', 'Student')}
              {areas.map((area, a) => heading(a, area))}
            </tr>
            <tr class="class-table__median" data-class-median>
              <th scope="row">Class median</th>
              {grid.rows.map((row) => (
                <td key={row.area} class={row.median === undefined ? 'class-grid__none' : `class-grid__${strengthOf(row.median)}`}>
                  {row.median === undefined ? <NotRated /> : fmt(row.median)}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.index}>
                <th scope="row">{row.name}</th>
                {row.ratings.map((r, a) => (
                  <td key={a} class={r === undefined ? 'class-grid__none' : `class-grid__${strengthOf(r)}`}>
                    {r === undefined ? <NotRated /> : r}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.lowest.length > 0 && (
        <p data-class-lowest>
          <strong>The class is least sure about: {listInWords(grid.lowest)}.</strong>
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {sort === BY_NAME ? '' : sortedWords}
      </p>
      <p class="class-grid__key">
        Press a column’s heading to sort by it. Shading repeats the number: <span class="class-grid__low">1–4 low</span>,{' '}
        <span class="class-grid__middle">5–7 middling</span>, <span class="class-grid__strong">8–10 strong</span>.
      </p>
      <p class="no-print">
        <button type="button" class="quiet" onClick={() => (setPrinting(true), printPart(() => setPrinting(false)))}>
          Print the class grid
        </button>
      </p>
    </div>
  );
}

/** A missing rating: a dash to see, words to hear (kept inside its cell: review.css). */
function NotRated() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">not rated</span>
    </>
  );
}

/** The roster's mark, a link down to the hand-in it is about. */
export function NeedsALookMark({ target }: { target: string | undefined }) {
  return target ? (
    <>
      {' '}
      <a class="needs-look" href={`#${target}`} data-needs-look>
        Needs a look
      </a>
    </>
  ) : null;
}
