// The workbook's import, step by step, with this site's kinds of saved data: read and check a file,
// plan what it would change, and merge it. Loaded when a file is first chosen (./ImportFile.tsx):
// most visits to the workbook import nothing.
import { MAX_IMPORT_BYTES, readImport, type ReadImport } from '../../lib/transfer/backup-file';
import { planImport, type ImportPlan } from '../../lib/transfer/import-plan';
export { draftsTaken } from '../../lib/transfer/import-plan';
import { DATA_KINDS } from '../../exercises/data-kinds';
import { storage } from '../../stores/persistence';
import { applyImport, type ImportOutcome } from '../../stores/saved-data-import';

/** The file read and checked. The size is checked before a byte is read: a huge file is refused at once. */
export const readFile = async (file: File): Promise<ReadImport> =>
  readImport(DATA_KINDS, file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);

/** What the file's items would change, against what is stored now (this tab's last keystrokes included). */
export function preview(items: Record<string, string>): ImportPlan {
  storage.flush();
  return planImport(DATA_KINDS, items, storage.readStored);
}

/** The items merged against what is stored at this moment. */
export const applyItems = (items: Record<string, string>): ImportOutcome => applyImport((stored) => planImport(DATA_KINDS, items, stored));
