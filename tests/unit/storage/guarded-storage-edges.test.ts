// The guarded storage's less travelled paths (src/lib/storage/guarded-storage.ts), found untested by
// the mutation run (npm run test:mutation): how each browser failure is named, keys and removals,
// backups that keep trying, a deletion of everything in another tab, a merge that is not ready yet.
import { describe, expect, it, vi } from 'vitest';
import { createGuardedStorage, type Resolver, type SaveStatus } from '../../../src/lib/storage/guarded-storage';
import { FakeStorage } from './fake-storage';

function setup(backend: () => FakeStorage | null, epochKey?: string) {
  const timers: { fn: () => void; ms: number }[] = [];
  const statuses: SaveStatus[] = [];
  const storage = createGuardedStorage({
    backend,
    now: () => 1000,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => timers.splice(0),
    retry: 3000,
    ...(epochKey ? { epochKey } : {}),
  });
  const unsubscribe = storage.subscribe((s) => statuses.push(s));
  return { storage, statuses, timers, unsubscribe, fireTimer: () => timers.splice(0).forEach((t) => t.fn()) };
}

/** A storage whose writes throw `error`. */
function failing(error: unknown): FakeStorage {
  const fake = new FakeStorage();
  fake.setItem = () => {
    throw error;
  };
  return fake;
}

describe('guarded storage: naming what went wrong', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'full'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'full'],
    [{ name: 'Error', code: 22 }, 'full'],
    [{ name: 'Error', code: 1014 }, 'full'],
    [{ name: 'SecurityError' }, 'blocked'],
    [{ name: 'InvalidStateError' }, 'failed'],
    [null, 'failed'],
  ])('%j → %s', (error, problem) => {
    const fake = failing(error);
    const { storage } = setup(() => fake);
    storage.write('k', 'words');
    storage.flush();
    expect(storage.status()).toEqual({ state: 'unsaved', problem });
    expect(storage.read('k')).toBe('words');
  });

  it('no storage at all in this browser reads as blocked', () => {
    const { storage } = setup(() => null);
    storage.write('k', 'words');
    storage.flush();
    expect(storage.status()).toEqual({ state: 'unsaved', problem: 'blocked' });
  });

  it('the probe writes and removes a test key, and reports a full storage', () => {
    const fake = new FakeStorage();
    const { storage } = setup(() => fake);
    storage.probe('probe');
    expect(fake.writes).toBe(1);
    expect(fake.getItem('probe')).toBeNull();
    expect(storage.status().state).toBe('idle');
    const full = failing({ name: 'QuotaExceededError' });
    const other = setup(() => full);
    other.storage.probe('probe');
    expect(other.storage.status()).toEqual({ state: 'unsaved', problem: 'full' });
  });
});

describe('guarded storage: status', () => {
  it('starts idle, tells listeners each change once, and stops telling one that unsubscribed', () => {
    const fake = new FakeStorage();
    const { storage, statuses, unsubscribe } = setup(() => fake);
    expect(storage.status()).toEqual({ state: 'idle' });
    storage.write('k', 'a');
    storage.write('k', 'ab');
    expect(statuses).toEqual([{ state: 'pending' }]);
    storage.flush();
    expect(statuses).toEqual([{ state: 'pending' }, { state: 'saved', savedAt: 1000 }]);
    unsubscribe();
    storage.write('k', 'abc');
    expect(statuses).toHaveLength(2);
  });

  it('stays "not saved" while new typing waits, until a write works', () => {
    const fake = new FakeStorage();
    fake.full = true;
    const { storage } = setup(() => fake);
    storage.write('k', 'a');
    storage.flush();
    storage.write('k', 'ab');
    expect(storage.status()).toEqual({ state: 'unsaved', problem: 'full' });
    fake.full = false;
    storage.flush();
    expect(storage.status()).toEqual({ state: 'saved', savedAt: 1000 });
  });

  it('is no longer "not saved" when what was refused is gone and nothing waits', () => {
    const fake = new FakeStorage();
    fake.full = true;
    const { storage } = setup(() => fake);
    storage.write('k', 'a');
    storage.flush();
    expect(storage.status().state).toBe('unsaved');
    storage.removeNow('k');
    storage.flush();
    expect(storage.status()).toEqual({ state: 'idle' });
  });

  it('a refused write is tried again after the retry delay', () => {
    const fake = new FakeStorage();
    fake.full = true;
    const { storage, timers, fireTimer } = setup(() => fake);
    storage.write('k', 'a');
    storage.flush();
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    fake.full = false;
    fireTimer();
    expect(fake.getItem('k')).toBe('a');
    expect(timers).toEqual([]);
  });
});

describe('guarded storage: keys, removals and queued values', () => {
  it('lists keys with a prefix, sorted, counting queued writes and leaving out queued removals', () => {
    const fake = new FakeStorage();
    for (const key of ['p:b', 'p:gone', 'q:x']) fake.data.set(key, '1');
    const { storage } = setup(() => fake);
    storage.write('p:a', 'new');
    storage.write('p:gone', null);
    expect(storage.keys('p:')).toEqual(['p:a', 'p:b']);
  });

  it('removeNow drops the key from storage and from the queue', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'stored');
    const { storage } = setup(() => fake);
    storage.write('k', 'queued');
    storage.removeNow('k');
    expect(storage.read('k')).toBeNull();
    storage.flush();
    expect(fake.getItem('k')).toBeNull();
  });

  it('a value made from what it replaces is given the stored value this tab last saw', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'a');
    const { storage } = setup(() => fake);
    expect(storage.read('k')).toBe('a');
    const make = vi.fn((replaces: string | null) => `${replaces},b`);
    storage.write('k', make);
    expect(storage.read('k')).toBe('a,b');
    expect(storage.read('k')).toBe('a,b');
    expect(make).toHaveBeenCalledTimes(1);
    storage.flush();
    expect(fake.getItem('k')).toBe('a,b');
  });

  it('a value made by a function is queued even when a plain value equal to storage would not be', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'same');
    const { storage } = setup(() => fake);
    storage.write('k', () => 'same');
    expect(storage.status().state).toBe('pending');
  });

  it('a frozen key is refused as full, and written once thawed', () => {
    const fake = new FakeStorage();
    const { storage } = setup(() => fake);
    storage.freeze('k');
    storage.write('k', 'words');
    storage.flush();
    expect(storage.status()).toEqual({ state: 'unsaved', problem: 'full' });
    expect(fake.getItem('k')).toBeNull();
    storage.thaw('k');
    storage.flush();
    expect(fake.getItem('k')).toBe('words');
  });
});

describe('guarded storage: writeNow (backups and conflict copies)', () => {
  it('with keepTrying, a refused copy is held, readable, and written once storage has room', () => {
    const fake = new FakeStorage();
    fake.full = true;
    const { storage, timers, fireTimer } = setup(() => fake);
    expect(storage.writeNow('copy', 'conflict copy', true)).toBe(false);
    expect(storage.read('copy')).toBe('conflict copy');
    expect(storage.keys('co')).toEqual(['copy']);
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    fake.full = false;
    fireTimer();
    expect(fake.getItem('copy')).toBe('conflict copy');
  });

  it('without keepTrying, a refused copy is not held', () => {
    const fake = new FakeStorage();
    fake.full = true;
    const { storage, timers } = setup(() => fake);
    expect(storage.writeNow('copy', 'backup', false)).toBe(false);
    expect(storage.read('copy')).toBeNull();
    expect(timers).toEqual([]);
  });

  it('a copy written at once is what the tab then sees, and a later write of the same text is skipped', () => {
    const fake = new FakeStorage();
    const { storage } = setup(() => fake);
    expect(storage.writeNow('k', 'v')).toBe(true);
    storage.write('k', 'v');
    expect(storage.status().state).toBe('idle');
  });
});

describe('guarded storage: everything deleted in another tab', () => {
  it('drops what this tab held, tells the page, and writes nothing of it', () => {
    const fake = new FakeStorage();
    fake.data.set('epoch', 'first');
    const { storage, statuses } = setup(() => fake, 'epoch');
    const onWiped = vi.fn();
    storage.onWiped = onWiped;
    storage.write('k', 'typed before the deletion');
    fake.data.set('epoch', 'second'); // the other tab deleted everything
    storage.flush();
    expect(onWiped).toHaveBeenCalledTimes(1);
    expect(fake.getItem('k')).toBeNull();
    expect(storage.read('k')).toBeNull();
    expect(statuses.at(-1)).toEqual({ state: 'idle' });
    // Once heard, later writes go through.
    storage.write('k', 'new words');
    storage.flush();
    expect(fake.getItem('k')).toBe('new words');
  });

  it('a backup written before this tab heard of the deletion is not written: it is what was deleted', () => {
    const fake = new FakeStorage();
    fake.data.set('epoch', 'first');
    const { storage } = setup(() => fake, 'epoch');
    const onWiped = vi.fn();
    storage.onWiped = onWiped;
    storage.read('k');
    fake.data.set('epoch', 'second');
    expect(storage.writeNow('backup', 'old words')).toBe(true);
    expect(fake.getItem('backup')).toBeNull();
    expect(onWiped).toHaveBeenCalledTimes(1);
    // The record of a deletion itself is always written.
    expect(storage.writeNow('epoch', 'third')).toBe(true);
    expect(fake.getItem('epoch')).toBe('third');
  });

  it("a storage event after a deletion elsewhere shows what is stored, not this tab's typing", () => {
    const fake = new FakeStorage();
    fake.data.set('epoch', 'first');
    const { storage } = setup(() => fake, 'epoch');
    storage.setResolver('k', () => 'merged');
    storage.write('k', 'typed');
    fake.data.set('epoch', 'second');
    fake.data.set('k', 'after the deletion');
    expect(storage.externalChange('k')).toBe('after the deletion');
  });

  it('without an epoch key, a changed record means nothing', () => {
    const fake = new FakeStorage();
    fake.data.set('epoch', 'first');
    const { storage } = setup(() => fake);
    storage.write('k', 'typed');
    fake.data.set('epoch', 'second');
    storage.flush();
    expect(fake.getItem('k')).toBe('typed');
  });
});

describe('guarded storage: a merge that is not ready yet', () => {
  const union: Resolver = (stored, ours) =>
    [...new Set([...(stored ?? '').split(','), ...ours.split(',')])].filter(Boolean).sort().join(',');

  it('the debounce waits for the merge code, then merges; the last flush writes ours', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'a');
    const { storage, timers, fireTimer } = setup(() => fake);
    let ready = false;
    storage.setResolver('k', (stored, ours, base) => (ready ? union(stored, ours, base) : undefined));
    storage.read('k');
    storage.write('k', 'a,b');
    fake.data.set('k', 'a,c'); // another tab wrote
    fireTimer(); // flush(false): cannot merge yet
    expect(fake.getItem('k')).toBe('a,c');
    expect(timers.map((t) => t.ms)).toEqual([100]);
    expect(storage.status().state).toBe('pending');
    ready = true;
    const merged = vi.fn();
    storage.onMerged = merged;
    fireTimer();
    expect(fake.getItem('k')).toBe('a,b,c');
    expect(merged).toHaveBeenCalledWith(new Map([['k', 'a,b,c']]));
  });

  it('a final flush writes ours when the merge code is not there (the other tab merges it back)', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'a');
    const { storage } = setup(() => fake);
    storage.setResolver('k', () => undefined);
    storage.read('k');
    storage.write('k', 'a,b');
    fake.data.set('k', 'a,c');
    storage.flush();
    expect(fake.getItem('k')).toBe('a,b');
  });

  it('a storage event that cannot be merged yet keeps showing ours and merges on the next look', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'a');
    const { storage } = setup(() => fake);
    let ready = false;
    storage.setResolver('k', (stored, ours, base) => (ready ? union(stored, ours, base) : undefined));
    storage.read('k');
    storage.write('k', 'a,b');
    fake.data.set('k', 'a,c');
    expect(storage.externalChange('k')).toBe('a,b');
    ready = true;
    expect(storage.externalChange('k')).toBe('a,b,c');
  });

  it('no merge callback when merging changed nothing', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'a');
    const { storage } = setup(() => fake);
    storage.setResolver('k', (_stored, ours) => ours);
    storage.read('k');
    storage.write('k', 'a,b');
    fake.data.set('k', 'x');
    const merged = vi.fn();
    storage.onMerged = merged;
    storage.flush();
    expect(merged).not.toHaveBeenCalled();
    expect(fake.getItem('k')).toBe('a,b');
  });
});
