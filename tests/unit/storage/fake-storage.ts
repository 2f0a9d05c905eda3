// An in-memory localStorage for tests that can be told to fail the way real browsers do.
import { beforeAll, beforeEach } from 'vitest';
import type { StorageBackend } from '../../../src/lib/storage/guarded-storage';
import { loadMerging } from '../../../src/stores/exercise-store';
import { setStorageBackend, storage } from '../../../src/stores/persistence';

export class FakeStorage implements StorageBackend {
  readonly data = new Map<string, string>();
  /** Throw on every setItem, as a full quota does. */
  full = false;
  /** Bytes allowed in all (keys and values); beyond it setItem throws QuotaExceededError. */
  quota = Infinity;
  writes = 0;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.has(key) ? this.data.get(key)! : null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (this.full || used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.writes += 1;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** What a privacy setting does: merely touching window.localStorage throws. */
export const blocked = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/**
 * Gives every test of the file a new, empty FakeStorage behind the site's storage engine, with the
 * merge code loaded from the start (a page loads it on demand). Returns the current one.
 */
export function fakeStoragePerTest(): () => FakeStorage {
  let fake = new FakeStorage();
  beforeAll(() => loadMerging());
  beforeEach(() => {
    storage.flush();
    fake = new FakeStorage();
    setStorageBackend(() => fake);
  });
  return () => fake;
}
