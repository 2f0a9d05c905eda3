// An in-memory localStorage for tests that can be told to fail the way real browsers do.
import type { StorageBackend } from '../../../src/lib/storage/guarded-storage';

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
