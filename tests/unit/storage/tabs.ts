// Several "tabs" in one test: each a fresh copy of the saving layer's modules (its own engine, clock
// and stores) over one shared in-memory storage, as browser tabs share localStorage. A storage
// event is the store's sync(), called when the test says the event arrives.
import { vi } from 'vitest';
import type { FakeStorage } from './fake-storage';

export async function openTab(fake: FakeStorage) {
  vi.resetModules();
  const persistence = await import('../../../src/stores/persistence');
  persistence.setStorageBackend(() => fake);
  const stores = await import('../../../src/stores/exercise-store');
  // Loaded now, while this tab's modules are the current ones (a later import would get another tab's).
  await stores.loadMerging();
  const saved = await import('../../../src/stores/saved-data');
  const imports = await import('../../../src/stores/saved-data-import');
  const everything = await import('../../../src/stores/delete-everything');
  const kept = await import('../../../src/stores/kept-copies');
  return { storage: persistence.storage, persistence, stores, saved, imports, everything, kept };
}

export type Tab = Awaited<ReturnType<typeof openTab>>;
