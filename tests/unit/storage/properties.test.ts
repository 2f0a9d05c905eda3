// Issue 23, item 9: property-based tests (fast-check) of the saving layer. Random interleavings of
// two tabs' typing, new entries, edits, deletes, "Delete everything", clock jumps, a full disk and
// storage events, run on the real modules (two copies of them over one storage, ./tabs.ts). The
// invariants: no text a person typed is ever lost unless that person deleted it afterwards (or typed
// it into what another tab had already deleted, which the tab then drops and says so), and nothing
// deleted comes back. Bounded runs keep `npm test` quick; a failure prints the seed and the shortest
// sequence of steps that fails (fast-check's report), which `FC_SEED=<seed>` replays.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEnvelope, sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';
import { blankState, isTombstone, liveEntries, type EntryMeta, type SavedState, type Stored } from '../../../src/lib/storage/entries';
import { isIsoStamp, str } from '../../../src/lib/storage/shape';
import { savedStateCheck } from '../../../src/lib/exercises/saved-state-schema';
import { mergeStates } from '../../../src/lib/merge/merge-states';
import { mergeThreeWay } from '../../../src/lib/merge/three-way';
import { planImport } from '../../../src/lib/transfer/import-plan';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import type { CantRewriterState } from '../../../src/exercises/cant-rewriter/data';
import { BACKUP_PREFIX, DATA_PREFIX, DRAFT_PREFIX, STORAGE_PREFIX } from '../../../src/lib/storage-keys';
import { FakeStorage } from './fake-storage';
import { openTab, type Tab } from './tabs';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

type Note = EntryMeta & { text: string };
type NoteDraft = { a: string; b: string };
type NoteState = SavedState<Note, NoteDraft>;

// A fixed seed in `npm test`, so CI checks the same sequences as the machine before it; a search with
// other seeds and more runs is in docs/saving.md ("Property-based tests").
// FC_SEED=<n> replays another seed, FC_RUNS=<n> searches longer.
const seed = Number(process.env['FC_SEED'] ?? 1);
/** FC_RUNS=<n> searches longer than the bounded default (e.g. before a release). */
const settings = (numRuns: number) => ({ numRuns: Number(process.env['FC_RUNS'] ?? numRuns), seed });

let n = 0;
function noteSpec(): DataSpec<NoteState> {
  n += 1;
  return {
    exercise: `prop-${n}`,
    version: 1,
    migrations: {},
    isValid: savedStateCheck<{ text: string }, NoteDraft>({ text: str() }, (v): v is NoteDraft => typeof v === 'object' && v !== null),
    blank: () => blankState({ a: '', b: '' }),
  };
}

const tab = fc.constantFrom(0, 1);
const DAY = 86_400_000;
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('type' as const), tab, field: fc.constantFrom('a' as const, 'b' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add' as const), tab }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), tab, pick: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), tab, pick: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wipe' as const), tab }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('flush' as const), tab }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('event' as const), tab }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('clock' as const),
      by: fc.constantFrom(-3 * DAY, -600_000, -1, 1000, 600_000, 3 * DAY, 400 * 365 * DAY),
    }),
  },
  // The disk fills up (room left: a few characters, not enough for any write that grows), or is freed.
  { weight: 2, arbitrary: fc.record({ op: fc.constant('disk' as const), full: fc.boolean(), slack: fc.nat(120) }) },
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const used = (fake: FakeStorage) => [...fake.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);

/** Where a token was typed, when, and what its tab knew of deletions then. */
interface Typed {
  token: string;
  tab: number;
  at: number;
  entry?: string;
  /** The last "Delete everything" this tab had heard of when it typed. */
  knew: number;
}

async function play(steps: Step[]) {
  const fake = new FakeStorage();
  const spec = noteSpec();
  const tabs: Tab[] = [];
  const stores = [];
  /** Per tab, the step of the last Delete everything it has heard of (-1: none). */
  const heard = [-1, -1];
  const wipes: number[] = [];
  const unrecorded: number[] = [];
  for (const i of [0, 1]) {
    const t = await openTab(fake);
    tabs.push(t);
    stores.push(t.stores.createExerciseStore(spec));
    t.persistence.onEverythingDeleted(() => (heard[i] = wipes.at(-1) ?? -1));
  }
  const typed: Typed[] = [];
  const deleted = new Set<string>();
  for (const [at, s] of steps.entries()) {
    const token = `<t${at}>`;
    if (s.op === 'clock') vi.setSystemTime(Date.now() + s.by);
    else if (s.op === 'disk') fake.quota = s.full ? used(fake) + s.slack : Infinity;
    else {
      const store = stores[s.tab]!;
      const live = liveEntries(store.$state.get());
      const base = { tab: s.tab, at, knew: heard[s.tab]! };
      if (s.op === 'type') {
        const draft = store.$state.get().draft.value;
        store.setDraft({ ...draft, [s.field]: `${draft[s.field]}${token}` });
        typed.push({ token, ...base });
      } else if (s.op === 'add') {
        const entry = store.add({ text: token });
        if (entry) typed.push({ token, entry: entry.id, ...base });
      } else if (s.op === 'edit' && live.length > 0) {
        const entry = live[s.pick % live.length]!;
        store.update(entry.id, { text: `${entry.text}${token}` });
        typed.push({ token, entry: entry.id, ...base });
      } else if (s.op === 'remove' && live.length > 0) {
        const entry = live[s.pick % live.length]!;
        store.remove(entry.id);
        deleted.add(entry.id);
      } else if (s.op === 'wipe') {
        // With no room even for the record of it, other tabs cannot know: the page says to close them.
        if (tabs[s.tab]!.everything.deleteEverything()) {
          wipes.push(at);
          heard[s.tab] = at;
        } else unrecorded.push(at);
      } else if (s.op === 'flush') tabs[s.tab]!.storage.flush();
      else if (s.op === 'event') await store.sync();
    }
  }
  // Room again, and every tab writes and hears of the other's writes, twice over.
  fake.quota = Infinity;
  for (let round = 0; round < 3; round++) {
    for (const [i, t] of tabs.entries()) {
      t.storage.flush();
      await stores[i]!.sync();
      t.storage.flush();
    }
  }
  return { fake, spec, tabs, typed, deleted, wipes, unrecorded };
}

function check({ fake, spec, tabs, typed, deleted, wipes, unrecorded }: Awaited<ReturnType<typeof play>>) {
  const mine = (k: string) => k.startsWith(STORAGE_PREFIX);
  const all = [...fake.data]
    .filter(([k]) => mine(k))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  const data = openEnvelope(fake.getItem(`${DATA_PREFIX}${spec.exercise}`), spec);
  const draft = openEnvelope(fake.getItem(`${DRAFT_PREFIX}${spec.exercise}`), spec);
  // Everything stored is readable: no stamp from a wild clock made it unreadable.
  expect(data.status).not.toBe('unreadable');
  expect(draft.status).not.toBe('unreadable');
  expect([...fake.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toEqual([]);
  for (const m of all.matchAll(/"(?:updatedAt|createdAt|deletedAt|at)":"([^"]+)"/g)) expect(isIsoStamp(m[1])).toBe(true);
  // Once there is room, nothing is held in memory and no tab says it is not saved.
  for (const t of tabs) expect(t.persistence.$saveStatus.get().state).not.toBe('unsaved');
  // Nothing deleted comes back.
  const live = data.status === 'ok' ? liveEntries(data.data).map((e) => e.id) : [];
  expect(live.filter((id) => deleted.has(id))).toEqual([]);
  for (const t of typed) {
    const wiped = wipes.some((w) => w > t.at || t.knew < w);
    // Typed before a deletion the browser would not let the site record: it may be saved again.
    if (!wiped && unrecorded.some((w) => w > t.at)) continue;
    if (wiped) expect(all, `${t.token} was deleted with everything`).not.toContain(t.token);
    else if (!(t.entry && deleted.has(t.entry))) expect(all, `${t.token} (typed in tab ${t.tab}) was lost`).toContain(t.token);
  }
}

const T = Date.UTC(2026, 5, 1, 12, 0);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T);
});
afterEach(() => vi.useRealTimers());

describe('property: two tabs, deletes, clock jumps and a full disk', () => {
  // A loss the search found (seed 20261206, shrunk): the disk fills while both tabs type field a; tab 1
  // merges, keeps tab 0's words as a conflict copy it must hold in memory (no room), and writes its
  // own; tab 0 types on, and once there is room keeps tab 1's words as a copy named by the same moment.
  // Tab 1's held copy, written then, replaced it: tab 1's words were gone. Held copies now never
  // replace another value under their key (guarded-storage.ts, `place`).
  it('two tabs typing one draft field while the disk is full keep both their words (a held copy takes a free key)', async () => {
    vi.setSystemTime(T);
    check(
      await play([
        { op: 'type', tab: 0, field: 'a' },
        { op: 'flush', tab: 0 },
        { op: 'disk', full: true, slack: 21 },
        { op: 'type', tab: 1, field: 'a' },
        { op: 'flush', tab: 1 },
        { op: 'event', tab: 1 },
        { op: 'type', tab: 0, field: 'a' },
        { op: 'type', tab: 0, field: 'a' },
        { op: 'edit', tab: 0, pick: 0 },
      ]),
    );
  });

  it(
    'no typed text is lost unless deleted afterwards, and nothing deleted comes back',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 30 }), async (steps) => {
          vi.setSystemTime(T);
          check(await play(steps));
        }),
        {
          ...settings(60),
          // What the search found, kept as fixed cases: a disk too full to record Delete everything; an
          // unsaved draft held in memory dropped from view when another tab wrote; the draft copy in the
          // entries' key shown over a merged draft of the same moment; a second Delete everything, from a
          // tab that had not heard of the first, not recorded.
          examples: [
            // A deleted entry came back (FC_SEED=55 FC_RUNS=2000): tab 1 showed the entry tab 0 had stored
            // (read with the merge of its own draft, before any storage event), edited it, and merged the
            // edit against what it had read long before (nothing), so the edit beat tab 0's deletion.
            // What a tab reads from storage is now the base of its next merge.
            [
              [
                { op: 'type', tab: 0, field: 'a' },
                { op: 'add', tab: 0 },
                { op: 'clock', by: -259_200_000 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'flush', tab: 0 },
                { op: 'remove', tab: 0, pick: 0 },
                { op: 'type', tab: 0, field: 'a' },
                { op: 'flush', tab: 1 },
                { op: 'edit', tab: 1, pick: 0 },
              ],
            ],
            // A clock set back three days, two tabs typing one draft field: tab 0's merge of the two drafts
            // (dated by its clock) looked older than tab 1's copy of its draft beside the entries, which
            // was shown instead, and tab 0's words were lost (found with FC_SEED=6 FC_RUNS=500). The
            // draft's own key is read, the copy only when that key holds no draft.
            [
              [
                { op: 'add', tab: 0 },
                { op: 'flush', tab: 0 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'type', tab: 0, field: 'a' },
                { op: 'clock', by: -259_200_000 },
                { op: 'add', tab: 1 },
                { op: 'flush', tab: 1 },
                { op: 'clock', by: -1 },
                { op: 'flush', tab: 0 },
                { op: 'event', tab: 0 },
                { op: 'add', tab: 0 },
                { op: 'disk', full: false, slack: 0 },
              ],
            ],
            // A clock set back three days between two tabs typing one draft field: the stale copy of the
            // draft kept with the entries replaced the merged draft (found on CI with seed 463502374).
            [
              [
                { op: 'type', tab: 1, field: 'a' },
                { op: 'add', tab: 1 },
                { op: 'type', tab: 0, field: 'a' },
                { op: 'clock', by: -259_200_000 },
                { op: 'event', tab: 0 },
                { op: 'event', tab: 0 },
                { op: 'disk', full: false, slack: 0 },
              ],
            ],
            [
              [
                { op: 'wipe', tab: 0 },
                { op: 'type', tab: 0, field: 'a' },
                { op: 'wipe', tab: 1 },
                { op: 'add', tab: 0 },
              ],
            ],
            [
              [
                { op: 'disk', full: true, slack: 0 },
                { op: 'flush', tab: 0 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'type', tab: 0, field: 'a' },
                { op: 'wipe', tab: 0 },
              ],
            ],
            [
              [
                { op: 'disk', full: true, slack: 0 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'flush', tab: 1 },
                { op: 'event', tab: 1 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'event', tab: 0 },
              ],
            ],
            [
              [
                { op: 'type', tab: 0, field: 'a' },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'add', tab: 0 },
                { op: 'flush', tab: 0 },
                { op: 'event', tab: 1 },
                { op: 'remove', tab: 0, pick: 0 },
                { op: 'type', tab: 1, field: 'a' },
                { op: 'event', tab: 0 },
                { op: 'type', tab: 0, field: 'a' },
              ],
            ],
          ] as Step[][][],
        },
      );
    },
    Math.max(30_000, 60 * Number(process.env['FC_RUNS'] ?? 0)),
  );
});

// The merge on its own: states made of random entries and deletions with random (even wild) dates.
const stamp = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 1) + 5 * DAY }).map((t) => new Date(t).toISOString());
const stored = fc.oneof(
  fc.record({ id: fc.constantFrom('e1', 'e2', 'e3', 'e4'), text: fc.string({ maxLength: 4 }), createdAt: stamp, updatedAt: stamp }),
  fc.record({ id: fc.constantFrom('e1', 'e2', 'e3', 'e4'), updatedAt: stamp }).map((t) => ({ ...t, deletedAt: t.updatedAt })),
) as fc.Arbitrary<Stored<Note>>;
const state = fc
  .record({ entries: fc.uniqueArray(stored, { selector: (e) => e.id, maxLength: 4 }), a: fc.string({ maxLength: 3 }), at: stamp })
  .map(({ entries, a, at }): NoteState => ({ entries, draft: { value: { a, b: '' }, updatedAt: at } }));

describe('property: merging', () => {
  it('mergeStates is commutative and idempotent, and keeps the newer version of every entry', () => {
    fc.assert(
      fc.property(state, state, (x, y) => {
        const xy = mergeStates(x, y);
        expect(mergeStates(y, x)).toEqual(xy);
        expect(mergeStates(xy, xy)).toEqual(xy);
        for (const e of [...x.entries, ...y.entries]) {
          const kept = xy.entries.find((k) => k.id === e.id)!;
          expect(kept.updatedAt >= e.updatedAt).toBe(true);
        }
      }),
      settings(300),
    );
  });

  it('three-way: every edit either side made is kept or copied, and a deletion either side made stands', () => {
    fc.assert(
      fc.property(state, state, state, (base, x, y) => {
        // Each side is the base changed by its own edits (entries it did not touch stay as in base).
        const side = (changes: NoteState): NoteState => mergeStates({ ...base, entries: base.entries }, changes);
        const theirs = side(x);
        const ours = side(y);
        const { state: merged, conflicts } = mergeThreeWay(base, theirs, ours);
        const baseById = new Map(base.entries.map((e) => [e.id, e]));
        const byId = new Map(merged.entries.map((e) => [e.id, e]));
        for (const s of [theirs, ours]) {
          for (const e of s.entries) {
            const before = baseById.get(e.id);
            const changed = !before || JSON.stringify(before) !== JSON.stringify(e);
            if (!changed) continue;
            const result = byId.get(e.id)!;
            if (isTombstone(e) && before && !isTombstone(before)) expect(isTombstone(result)).toBe(true);
            else if (!isTombstone(e)) {
              const copied = conflicts.some((c) => JSON.stringify(c.value) === JSON.stringify(e));
              const same = !isTombstone(result) && result.text === e.text;
              const deletedBySomeone = isTombstone(result);
              expect(same || copied || deletedBySomeone).toBe(true);
            }
          }
        }
      }),
      settings(300),
    );
  });
});

describe('property: the import plan', () => {
  const rewriter = fc
    .array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c'),
        thought: fc.string({ maxLength: 5 }),
        at: fc.oneof(stamp, fc.constant('2999-01-01T00:00:00.000Z')),
        gone: fc.boolean(),
      }),
      { maxLength: 4 },
    )
    .map((rows): CantRewriterState => {
      const entries = new Map<string, CantRewriterState['entries'][number]>();
      for (const r of rows) {
        entries.set(
          r.id,
          r.gone
            ? { id: r.id, updatedAt: r.at, deletedAt: r.at }
            : { id: r.id, thought: r.thought, rewrite: '', skill: '', step: '', createdAt: r.at, updatedAt: r.at },
        );
      }
      return { ...cantRewriterSpec.blank(), entries: [...entries.values()] };
    });
  const KEY = `${DATA_PREFIX}cant-rewriter`;

  it('never writes a date more than a day ahead, never loses an entry here for an older one, and keeps what a future date replaces', () => {
    const now = new Date(Date.UTC(2026, 0, 3));
    fc.assert(
      fc.property(rewriter, rewriter, (here, file) => {
        const plan = planImport(
          DATA_KINDS,
          { [KEY]: sealEnvelope(file, cantRewriterSpec) },
          (k) => (k === KEY ? sealEnvelope(here, cantRewriterSpec) : null),
          now,
        );
        const written = plan.writes[KEY];
        if (!written) return;
        const after = openEnvelope(written, cantRewriterSpec);
        expect(after.status).toBe('ok');
        if (after.status !== 'ok') return;
        const limit = new Date(now.getTime() + DAY).toISOString();
        for (const e of after.data.entries) expect(e.updatedAt <= limit).toBe(true);
        for (const e of here.entries) {
          if (isTombstone(e)) continue;
          const result = after.data.entries.find((r) => r.id === e.id)!;
          const kept = !isTombstone(result) && result.thought === e.thought;
          const copied = plan.replacedFromFuture.some((c) => c.entryId === e.id);
          const replacedByNewer = result.updatedAt >= (e.updatedAt > limit ? now.toISOString() : e.updatedAt);
          expect(kept || copied || replacedByNewer).toBe(true);
        }
      }),
      settings(300),
    );
  });
});
