import { describe, expect, it } from 'vitest';
import { $storageInfo, recordExport, refreshStorageInfo } from '../../../src/stores/storage-info';
import { storage } from '../../../src/stores/persistence';
import { fakeStoragePerTest } from './fake-storage';

fakeStoragePerTest();

describe('$storageInfo (the workbook storage panel)', () => {
  // Reported: "Last export: Never" right after an export, "Stored 0.0 KB" after an import, until a reload.
  it('shows an export at once', () => {
    const stop = $storageInfo.listen(() => undefined);
    refreshStorageInfo();
    expect($storageInfo.get()?.lastExport).toBeNull();
    recordExport(new Date('2026-11-30T10:00:00Z'));
    expect($storageInfo.get()?.lastExport).toBe('2026-11-30T10:00:00.000Z');
    stop();
  });
  it('measures again after data is written outside the save queue', () => {
    refreshStorageInfo();
    const before = $storageInfo.get()!.bytes;
    storage.writeNow('efficacy-lab:data:win-ledger', 'x'.repeat(1000));
    refreshStorageInfo();
    expect($storageInfo.get()!.bytes).toBeGreaterThanOrEqual(before + 2000);
  });
});
