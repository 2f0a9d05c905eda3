// This browser's hand-in signing key (issue 23), made on its first hand-in and kept in IndexedDB as
// a non-extractable CryptoKey: IndexedDB stores a CryptoKey as it is, so the private key never
// exists as readable data, not in localStorage, not in an export file, not even for this page's own
// script. (A JWK in localStorage would be readable by any script on the site and would travel in
// the workbook's export, letting a copy sign as this device.) Loaded only when a hand-in is made.
import { makeDeviceKey, signHandIn, type DeviceKey } from './transfer/hand-in-signature';
import type { HandIn } from './transfer/hand-in';

/** Where the key is kept: IndexedDB in the browser, a Map in tests. */
export interface KeyStore {
  get(): Promise<DeviceKey | undefined>;
  /** Keeps `key` unless a key is kept already (another tab made one first): returns the one kept. */
  putFirst(key: DeviceKey): Promise<DeviceKey>;
}

const DB_NAME = 'efficacy-lab-device';
const STORE = 'keys';
const ID = 'hand-in-signing';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(DB_NAME, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

export const indexedDbKeyStore: KeyStore = {
  async get() {
    const db = await open();
    try {
      return (await request(db.transaction(STORE).objectStore(STORE).get(ID))) as DeviceKey | undefined;
    } finally {
      db.close();
    }
  },
  async putFirst(key) {
    const db = await open();
    try {
      // add(), not put(): two tabs making their first hand-in at once keep one key, not the last.
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, ID));
      return key;
    } catch {
      return (await request(db.transaction(STORE).objectStore(STORE).get(ID))) as DeviceKey;
    } finally {
      db.close();
    }
  },
};

/** Deletes the key (with "Delete everything"): this browser's next hand-in starts a new key. */
export function deleteDeviceKey(): void {
  try {
    indexedDB.deleteDatabase(DB_NAME);
  } catch {
    // No IndexedDB: there is no key to delete.
  }
}

/** This device's key, made and kept on first use. */
export async function deviceKey(store: KeyStore = indexedDbKeyStore): Promise<DeviceKey> {
  return (await store.get()) ?? store.putFirst(await makeDeviceKey());
}

/**
 * The hand-in, signed by this device; unsigned (and `signed: false`) when this browser cannot
 * sign: no WebCrypto (a page not served over HTTPS) or no IndexedDB (some private windows).
 */
export async function signOnThisDevice(handIn: HandIn, store: KeyStore = indexedDbKeyStore): Promise<{ handIn: HandIn; signed: boolean }> {
  try {
    return { handIn: await signHandIn(handIn, await deviceKey(store)), signed: true };
  } catch {
    return { handIn, signed: false };
  }
}
