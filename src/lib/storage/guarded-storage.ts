// A localStorage wrapper that never throws and never silently drops a write.
//
// - Reads and writes go through try/catch: blocked storage (privacy settings make the `localStorage`
//   getter itself throw) and a full quota become a status the page shows, and the data is kept in
//   memory for the visit.
// - Writes are debounced, so typing never waits on storage, and flushed at once when asked (the page
//   calls flush() when the tab is hidden or closed).
// - Before each write it checks whether another tab changed the key since this tab last saw it; if
//   so, a per-key resolver merges the two instead of overwriting the newer work.
// Written as a closure rather than a class: exercise pages have a 20 KB JavaScript budget, and local
// names minify where method names would not.

export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Why saving does not work: storage refused entirely, full, or another failure. */
export type SaveProblem = 'blocked' | 'full' | 'failed';

export interface SaveStatus {
  /** idle: nothing written yet; pending: a write is waiting; saved; unsaved: the last write failed. */
  state: 'idle' | 'pending' | 'saved' | 'unsaved';
  problem?: SaveProblem;
  /** Epoch ms of the last successful write. */
  savedAt?: number;
  /**
   * Set by an exercise whose saved entries are at the limit (MAX_ENTRIES): 'full', the next one will
   * not be saved; 'refused', one was not saved.
   */
  atLimit?: false | 'full' | 'refused';
  /** Set by an exercise whose list of saved entries is empty: a write can only be its draft. */
  listEmpty?: boolean;
  /** Set by an exercise when another tab deleted what it showed: everything, or how many entries. */
  removedElsewhere?: false | 'everything' | number;
}

/**
 * Combines what another tab stored with what this tab is about to write; returns the value to write.
 * `base` is the stored value this tab last saw (what both sides started from), when known.
 */
/**
 * Returns undefined when it cannot merge yet (its code is still loading): the write then waits,
 * unless the page is going away, when ours is written (the other tab merges it back: see `includes`).
 */
export type Resolver = ((stored: string | null, ours: string, base: string | null | undefined) => string | undefined) & {
  /**
   * Whether `stored` was written knowing `ours` (it is ours, or was made from it). Storage is shared
   * between tabs without locks, so two writes can cross: each tab read the other's old value. The
   * tab whose write was replaced unseen merges it in again.
   */
  includes?: (stored: string | null, ours: string) => boolean;
};

/**
 * A value to write, or a function that makes it from the stored value it replaces: made only when
 * written, so typing fast costs little.
 */
export type Pending = string | null | ((replaces: string | null) => string);

export interface GuardedStorageOptions {
  /** Returns the real storage; may throw (blocked) or return null (none in this environment). */
  backend: () => StorageBackend | null;
  /** Debounce delay for writes, ms. */
  delay?: number;
  /** Longest a write may wait while writes keep coming, ms. */
  maxWait?: number;
  /** Clock and timers, replaceable in tests. */
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * Where a deletion of everything is recorded (a new random id each time); every write checks it
   * first. None: deletions are not checked.
   */
  epochKey?: string;
  /** How long to wait before trying again a write storage refused, ms. */
  retry?: number;
}

export interface GuardedStorage {
  /** The current value as this tab sees it: its own unsaved write first, then storage. */
  read(key: string): string | null;
  /** Reads storage itself, bypassing this tab's queue. */
  readStored(key: string): string | null;
  /** Queues a write; null removes the key. A function is called only when the value is needed. */
  write(key: string, value: Pending): void;
  /**
   * Writes at once, outside the queue (backups); false if storage refused. With `keepTrying` the value
   * is a copy (a conflict copy): refused, it is held in memory and written with the next write that
   * works; and it never replaces a different value under its key (another tab may have named its own
   * copy alike meanwhile), but goes under `<key>-2`, `<key>-3`…, or nowhere when it is stored already.
   */
  writeNow(key: string, value: string, keepTrying?: boolean): boolean;
  removeNow(key: string): void;
  /** Every key with this prefix, in storage or held in memory. */
  keys(prefix: string): string[];
  setResolver(key: string, resolver: Resolver): void;
  /**
   * Called when the record under `epochKey` changed (everything was deleted, in this tab or another):
   * this tab's unsaved writes were dropped, since they are what was deleted.
   */
  onWiped: () => void;
  /** Keeps a key out of storage for this visit (its stored value could not be kept aside). */
  freeze(key: string): void;
  /** Lets a frozen key be written again (its stored value has now been kept aside). */
  thaw(key: string): void;
  /**
   * Another tab changed `key`: returns the value this tab should now show, which is storage's value
   * merged with this tab's own unsaved write when there is one (that write stays queued, merged).
   */
  externalChange(key: string): string | null;
  /**
   * Writes everything queued now; calls onMerged with values that changed by merging. `final`
   * (the default) writes even what cannot be merged yet; the debounce timer passes false.
   */
  flush(final?: boolean): void;
  /** Tries a write and removal, to learn early whether saving works here. */
  probe(key: string): void;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Set by the store layer: shows merged values after a flush. */
  onMerged: (merged: Map<string, string>) => void;
}

function problemOf(error: unknown): SaveProblem {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  return name === 'SecurityError' ? 'blocked' : 'failed';
}

export function createGuardedStorage(options: GuardedStorageOptions): GuardedStorage {
  const {
    delay = 400,
    maxWait = 2000,
    now = Date.now,
    setTimer = (fn, ms) => setTimeout(fn, ms),
    clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  } = options;
  /** Writes waiting for the debounce; null means "remove the key". */
  const pending = new Map<string, Pending>();
  /** A queued value, made now if it was queued as a function. */
  const made = (key: string): string | null => {
    const value = pending.get(key);
    if (typeof value !== 'function') return value ?? null;
    const text = value(lastSeen.get(key) ?? null);
    pending.set(key, text);
    return text;
  };
  /** Values kept only in memory because storage refused them: tried again with every flush. */
  const memory = new Map<string, string | null>();
  /** Keys of copies held in memory: written once, never over another value (see `place`). */
  const copies = new Set<string>();
  const { epochKey, retry = 3000 } = options;
  /** The record of the last deletion of everything, as this tab first read it (undefined: not read yet). */
  let epoch: string | null | undefined;
  /** The stored value as this tab last read or wrote it, to notice other tabs' writes. */
  const lastSeen = new Map<string, string | null>();
  const resolvers = new Map<string, Resolver>();
  /** This tab's last write per key, and the stored value it was made from, until another tab's write follows it. */
  const ownWrites = new Map<string, { value: string; base: string | null | undefined }>();
  const frozen = new Set<string>();
  const listeners = new Set<(status: SaveStatus) => void>();
  let timer: unknown;
  let firstPendingAt: number | undefined;
  let current: SaveStatus = { state: 'idle' };

  const setStatus = (next: SaveStatus) => {
    if (next.state === current.state && next.problem === current.problem && next.savedAt === current.savedAt) return;
    current = next;
    for (const listener of listeners) listener(next);
  };
  const fail = (error: unknown) => setStatus({ state: 'unsaved', problem: problemOf(error) });

  /**
   * Whether another tab deleted everything since this tab read the record. If so, what this tab holds
   * to write is dropped (it is what was deleted) and the page is told.
   */
  function wiped(backend: StorageBackend): boolean {
    if (!epochKey) return false;
    const now = backend.getItem(epochKey);
    if (epoch === undefined || now === null || now === epoch) {
      epoch ??= now;
      return false;
    }
    epoch = now;
    pending.clear();
    memory.clear();
    copies.clear();
    ownWrites.clear();
    lastSeen.clear();
    clearTimer(timer);
    timer = firstPendingAt = undefined;
    setStatus({ state: 'idle' });
    api.onWiped();
    return true;
  }

  /** Runs fn against the real storage; on any exception records the problem and returns fallback. */
  function attempt<T>(fn: (backend: StorageBackend) => T, fallback: T): T {
    try {
      const backend = options.backend();
      if (backend && epoch === undefined) wiped(backend); // reads the record before anything else
      return backend ? fn(backend) : fallback;
    } catch (error) {
      fail(error);
      return fallback;
    }
  }

  const readStored = (key: string) => attempt((b) => b.getItem(key), null);
  /** This tab's own unsaved value: queued, or held in memory because storage refused it. */
  const own = (key: string): string | null => (pending.has(key) ? made(key) : (memory.get(key) ?? null));
  /**
   * Stores a copy under `key`, or under the first of `<key>-2`, `<key>-3`… that is free, unless one of
   * them holds it already: copies are named by the time, and two tabs can name theirs alike while one
   * holds its copy in memory (issue 23: the held copy, written later, replaced the other tab's words).
   */
  function place(b: StorageBackend, key: string, value: string): void {
    for (let n = 1, at = key; ; at = `${key}-${++n}`) {
      const stored = b.getItem(at);
      if (stored === null) b.setItem(at, value);
      if (stored === null || stored === value) return void lastSeen.set(at, value);
    }
  }
  /** Tries the queue and what storage refused again in a while (nothing else may write meanwhile). */
  const later = (ms: number) => {
    if (timer === undefined) timer = setTimer(() => api.flush(false), ms);
  };

  const api: GuardedStorage = {
    readStored,
    read(key) {
      if (pending.has(key) || memory.has(key)) return own(key);
      // What this tab reads from storage it shows, and edits from: the base of its next merge, even
      // before the storage event says another tab wrote it (issue 23: merged against what it had seen
      // long before, an edit made from it beat another tab's deletion).
      const value = readStored(key);
      lastSeen.set(key, value);
      return value;
    },
    write(key, value) {
      // Compared without reading it as seen: a write made from an older value must still merge.
      if (!pending.has(key) && typeof value !== 'function' && (memory.has(key) ? own(key) : readStored(key)) === value) return;
      pending.set(key, value);
      if (current.state !== 'unsaved') setStatus({ ...current, state: 'pending' });
      const t = now();
      firstPendingAt ??= t;
      clearTimer(timer);
      timer = setTimer(() => api.flush(false), Math.max(0, Math.min(delay, firstPendingAt + maxWait - t)));
    },
    writeNow(key, value, keepTrying) {
      const ok = attempt((b) => {
        // After a deletion elsewhere there is nothing to write: what this tab held was deleted. (A new
        // record of a deletion is written whatever this tab has heard.)
        if (key !== epochKey && wiped(b)) return true;
        if (keepTrying) place(b, key, value);
        else {
          b.setItem(key, value);
          lastSeen.set(key, value);
        }
        memory.delete(key);
        copies.delete(key);
        return true;
      }, false);
      if (!ok && keepTrying) {
        memory.set(key, value);
        copies.add(key);
        later(retry);
      }
      return ok;
    },
    onWiped: () => {},
    removeNow(key) {
      pending.delete(key);
      memory.delete(key);
      copies.delete(key);
      attempt((b) => {
        b.removeItem(key);
        lastSeen.set(key, null);
      }, undefined);
    },
    keys(prefix) {
      const found = new Set<string>(attempt((b) => Array.from({ length: b.length }, (_, i) => b.key(i) ?? ''), [] as string[]));
      for (const [key, value] of [...memory, ...pending]) found[value === null ? 'delete' : 'add'](key);
      return [...found].filter((key) => key.startsWith(prefix)).sort();
    },
    setResolver: (key, resolver) => void resolvers.set(key, resolver),
    freeze: (key) => void frozen.add(key),
    thaw: (key) => void frozen.delete(key),
    externalChange(key) {
      if (attempt(wiped, false)) return readStored(key);
      const stored = readStored(key);
      const seen = lastSeen.get(key);
      let base = seen;
      // This tab's own unsaved value: queued, or held in memory because storage refused it.
      let ours = pending.has(key) ? made(key) : (memory.get(key) ?? null);
      lastSeen.set(key, stored);
      const resolver = resolvers.get(key);
      const own = ownWrites.get(key);
      if (own && stored !== own.value) {
        ownWrites.delete(key);
        // Our last write was replaced by one made without it: merge it in again.
        if (ours == null && resolver?.includes && !resolver.includes(stored, own.value)) {
          ours = own.value;
          base = own.base;
        }
      }
      if (ours == null || !resolver) return stored;
      const merged = resolver(stored, ours, base);
      if (merged === undefined) {
        // Not yet: as if this change had not been seen, so the next look merges it.
        if (seen === undefined) lastSeen.delete(key);
        else lastSeen.set(key, seen);
        if (own) ownWrites.set(key, own);
        return ours;
      }
      if (merged !== stored || pending.has(key) || memory.has(key)) api.write(key, merged);
      return merged;
    },
    flush(final = true) {
      clearTimer(timer);
      timer = firstPendingAt = undefined;
      // Checked even with nothing to write: an import flushes first, then writes what it planned.
      try {
        const backend = options.backend();
        if (backend && wiped(backend)) return;
      } catch {
        // blocked: each write below says so
      }
      // What storage refused before goes again, so it is written as soon as storage works.
      for (const [key, value] of memory) if (!pending.has(key)) pending.set(key, value);
      if (pending.size === 0) {
        // Nothing queued and nothing held: no longer "not saved" (a refused write was deleted since).
        if (current.state === 'unsaved') setStatus({ state: 'idle' });
        return;
      }
      const merged = new Map<string, string>();
      let problem: SaveProblem | undefined;
      let waiting = false;
      for (const key of [...pending.keys()]) {
        const queued = made(key);
        let value = queued;
        try {
          if (frozen.has(key)) throw { name: 'QuotaExceededError' };
          const backend = options.backend();
          if (!backend) throw { name: 'SecurityError' };
          const stored = backend.getItem(key);
          const resolver = resolvers.get(key);
          if (copies.has(key) && value !== null) {
            place(backend, key, value);
            copies.delete(key);
          } else {
            if (value !== null && resolver && lastSeen.has(key) && stored !== lastSeen.get(key)) {
              const resolved = resolver(stored, value, lastSeen.get(key));
              if (resolved === undefined && !final) {
                waiting = true;
                continue; // stays queued, tried again in a moment
              }
              value = resolved ?? value;
              if (value !== queued) merged.set(key, value);
            }
            if (value === null) backend.removeItem(key);
            else if (value !== stored) {
              backend.setItem(key, value);
              ownWrites.set(key, { value, base: stored });
            }
            lastSeen.set(key, value);
          }
          memory.delete(key);
        } catch (error) {
          problem = problemOf(error);
          memory.set(key, value);
        }
        pending.delete(key);
      }
      // A copy held since this flush began (a conflict copy refused during a merge) is not saved either.
      if (!problem && memory.size > 0) problem = current.problem ?? 'failed';
      if (waiting) {
        timer = setTimer(() => api.flush(false), 100);
        if (!problem) return;
      } else if (problem) later(retry);
      setStatus(problem ? { state: 'unsaved', problem } : { state: 'saved', savedAt: now() });
      if (merged.size > 0) api.onMerged(merged);
    },
    probe(key) {
      attempt((b) => {
        b.setItem(key, '1');
        b.removeItem(key);
      }, undefined);
    },
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onMerged: () => {},
  };
  return api;
}
