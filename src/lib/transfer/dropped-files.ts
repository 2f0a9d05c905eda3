// The files of a drop, folders included: DataTransferItem.webkitGetAsEntry gives each dropped item
// as an entry; a folder's entries are read in batches (readEntries returns at most about 100 at a
// time, and an empty batch at the end), walked depth first. Each file keeps its path in the drop.
import type { PickedFile } from './collect-files';

/** The parts of the File and Directory Entries API used here (FileSystemEntry and its kinds). */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (file: File) => void, fail?: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: DroppedEntry[]) => void, fail?: (error: unknown) => void) => void };
}

/** The most files walked in one drop, so a drop of a whole disk stops instead of hanging the page. */
export const MAX_DROPPED_FILES = 20_000;

export async function filesOfEntries(
  entries: readonly DroppedEntry[],
  max = MAX_DROPPED_FILES,
): Promise<{ files: PickedFile[]; cut: boolean }> {
  const files: PickedFile[] = [];
  let cut = false;
  const walk = async (entry: DroppedEntry, folder: string): Promise<void> => {
    if (files.length >= max) {
      cut = true;
      return;
    }
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isFile && entry.file) {
      files.push({ file: await new Promise<File>((ok, fail) => entry.file!(ok, fail)), path });
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<DroppedEntry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, path);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return { files, cut };
}
