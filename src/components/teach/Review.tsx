// The teacher's review page: open hand-in links (the one in this page's address, pasted ones, or
// downloaded files), read each student's work, see the class's grid ratings per area, keep the
// hand-ins in this browser and export them. Everything is decoded and checked on the device
// (src/lib/transfer/hand-in.ts); nothing is sent anywhere, and all text is shown as text.
// The parts are in ./review/; the bookkeeping is src/lib/review-page.ts.
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries } from '../../lib/storage/entries';
import type { HandIn } from '../../lib/transfer/hand-in';
import type { CollectedHandIn } from '../../lib/transfer/hand-ins-data';
import { atom } from 'nanostores';
import { $saveStatus } from '../../stores/persistence';
import { FramedNotice } from '../workbook/FramedNotice';
import { classListProblem, listFor, matchKey, namesOf } from '../../lib/class-list';
import type { ClassList } from '../../lib/class-lists-data';
import { classLists } from '../../stores/class-lists';
import { tidyName } from '../../lib/display-name';
import { useRiskCheck } from '../../exercises/shared/care';
import type { FlaggedParts } from '../../lib/care/hand-in-care';
import { handInIdentity } from '../../lib/hand-in-identity';
import { handInsOnPage, numberInOrder, type Opened } from '../../lib/review-page';
import { ReviewNotices } from './review/ReviewNotices';
import { OpenHandIns } from './review/OpenHandIns';
import { useHandInTrust } from './review/useHandInTrust';
import { useOpenHandIns } from './review/useOpenHandIns';
import { useKeepOpened } from './review/useKeepOpened';
import { useReviewData } from './review/useReviewData';

const NOTHING_FLAGGED: FlaggedParts = { fields: new Set(), reflections: new Set() };
/** Stands for the kept hand-ins until their store has loaded (./review/useReviewData.ts). */
const NOTHING_KEPT = atom(undefined);

export default function Review({ practices }: { practices: PracticeInfo[] }) {
  const known = useMemo(() => new Set(practices.map((p) => p.id)), [practices]);
  const titleOf = (id: string) => practices.find((p) => p.id === id)?.title ?? id;
  const worksheetsOf = (p: string) => practices.find((x) => x.id === p)?.worksheets.map((w) => w.id) ?? [];
  const opening = useOpenHandIns(known);
  /** Versions chosen before they are kept (a kept one keeps its choice in its entry). */
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [hideNames, setHideNames] = useState(false);
  // Care first: what a student shared is checked for words that signal risk (src/lib/care/risk.ts),
  // once per hand-in. With names hidden (the view a class may see) those words are not shown at all.
  const check = useRiskCheck();
  // The kept hand-ins and the worksheets' catalog load only when there are hand-ins to show.
  const data = useReviewData();
  const flagsOf = useMemo(() => {
    const cache = new WeakMap<HandIn, FlaggedParts>();
    return (h: HandIn): FlaggedParts => {
      if (!check || !data) return NOTHING_FLAGGED;
      let parts = cache.get(h);
      if (!parts) cache.set(h, (parts = data.flaggedParts(h, check.riskIn)));
      return parts;
    };
  }, [check, data]);
  const handIns = data?.handIns;
  const keptState = useStore(handIns?.$state ?? NOTHING_KEPT, { ssr: 'initial' });
  const kept = (keptState ? liveEntries(keptState) : []) as CollectedHandIn[];
  // Opened hand-ins wait for the catalog too (opening one loads it first).
  const received = data ? opening.received : [];
  const lists = liveEntries(useStore(classLists.$state, { ssr: 'initial' })) as ClassList[];
  const notSaving = useStore($saveStatus, { ssr: 'initial' }).state === 'unsaved';

  // Every opened hand-in is kept at once (issue 24); one removed this visit stays off the page.
  const keeping = useKeepOpened(handIns, received, kept, (identity) => choices.get(identity));
  const opened = handInsOnPage(
    kept,
    received.filter((h) => !keeping.removed.has(handInIdentity(h))),
    choices,
  );
  const { marks: trust, view } = useHandInTrust(opened);
  const now = Date.now();
  const versions = data?.versionsPerStudent(opened, now, (o) => ['first', 'same'].includes(trust?.get(o.key)?.mark ?? ''));
  const all = versions?.current ?? [];
  const multiple = versions?.multiple ?? [];
  const versionsOf = (o: Opened) => multiple.find((m) => m.versions.includes(o));
  const choose = (o: Opened) => {
    const at = new Date().toISOString();
    if (o.keptId) handIns?.update(o.keptId, { chosenAt: at });
    else setChoices((m) => new Map(m).set(o.key, at));
  };
  // Every hand-in is shown: the counted one of each student, then that student's other versions.
  const shownInOrder = all.flatMap((o) => [o, ...(versionsOf(o)?.versions.filter((v) => v !== o) ?? [])]);
  const groups = data?.classWeeks(all.map((r) => r.handIn)) ?? [];
  // Each class's list, when it can be used (a list with a problem is shown with it, not used).
  const namesFor = (className: string) => {
    const text = listFor(lists, className)?.names ?? '';
    return classListProblem(text) ? [] : namesOf(text);
  };
  // Students are numbered in the order the class view lists them (by name, class by class; then names
  // only on a class list), so the numbers run along the columns and stay put after a reload.
  const whoOf = (h: HandIn) => matchKey(h.student) || `unnamed ${handInIdentity(h)}`;
  const numbers = numberInOrder([
    ...groups.flatMap((group) => group.handIns.map(whoOf)),
    ...groups.flatMap((group) => namesFor(group.className).map(matchKey)),
    ...shownInOrder.map((o) => whoOf(o.handIn)),
  ]);
  const name = (h: HandIn) => (hideNames || !h.student ? `Student ${numbers.get(whoOf(h)) ?? ''}` : tidyName(h.student));
  const listedName = (n: string) => (hideNames ? `Student ${numbers.get(matchKey(n)) ?? ''}` : n);
  const articleId = (o: Opened) => `student-${shownInOrder.indexOf(o)}`;

  return (
    <div class="review">
      <FramedNotice />
      <ReviewNotices hasLists={lists.length > 0} handIns={handIns} />
      <OpenHandIns
        known={known}
        opening={opening}
        explainer={view && <view.TrustExplainer />}
        versionsNotice={
          !hideNames &&
          view &&
          multiple.length > 0 && (
            <view.VersionsNotice
              students={multiple.map((m) => ({
                name: name(m.counted.handIn),
                count: m.versions.length,
                counted: m.counted.handIn.handedInAt,
                chosen: m.chosen,
                target: articleId(m.counted),
              }))}
            />
          )
        }
      />

      <div role="status" aria-live="polite" class="no-print">
        {keeping.lastRemoved && (
          <p class="notice" data-removed-hand-in>
            Removed {tidyName(keeping.lastRemoved.handIn.student) || 'an unnamed student'}’s hand-in from this browser.{' '}
            <button type="button" class="quiet" onClick={keeping.undo}>
              Undo
            </button>
          </p>
        )}
      </div>
      {all.length === 0 || !data ? (
        <p data-review-empty>No hand-ins open yet. Open a student’s link, paste links above, or open hand-in files.</p>
      ) : (
        <>
          <data.KeepHandIns
            students={all.length}
            handInCount={opened.length}
            hideNames={hideNames}
            onHideNames={setHideNames}
            notKept={opened.filter((o) => !o.keptId).length}
            notSaving={notSaving}
            kept={kept}
          />
          {groups.map((group, g) => (
            <data.ClassWeekView
              key={`${group.className}|${group.week}`}
              id={`class-${g}`}
              group={group}
              earlierWeeks={groups.slice(0, g).filter((o) => o.className.toLocaleLowerCase() === group.className.toLocaleLowerCase())}
              name={name}
              listedName={listedName}
              list={listFor(lists, group.className)?.names ?? ''}
              hideNames={hideNames}
              practices={practices}
              needsLook={(h) => {
                const o = all.find((r) => r.handIn === h);
                return !hideNames && o && data.needsALook(flagsOf(h)) ? articleId(o) : undefined;
              }}
              shown={(h) => (hideNames ? data.withoutFlagged(h, flagsOf(h)) : h)}
            />
          ))}
          {shownInOrder.map((o, i) => (
            <data.StudentHandIn
              key={o.key}
              opened={o}
              exerciseById={data.exerciseById}
              headingId={`student-${i}`}
              name={name(o.handIn)}
              titleOf={titleOf}
              worksheetsOf={worksheetsOf}
              hideNames={hideNames}
              flags={flagsOf(o.handIn)}
              versions={versionsOf(o)}
              trust={trust}
              view={view}
              now={now}
              notSaving={notSaving}
              onChoose={() => choose(o)}
              onRemove={keeping.remove}
            />
          ))}
        </>
      )}
    </div>
  );
}
