// Collect a class in one step (issue 24): hand-in files, a folder, or the .zip a class platform's
// "download all submissions" makes, chosen in one choice or dropped at once. What is read is decided
// in src/lib/transfer/collect.ts; the reading code (and fflate's unzip, for a zip) loads on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HandIn } from '../../../lib/transfer/hand-in';
import type { PickedFile } from '../../../lib/transfer/collect-files';
import type { DroppedEntry } from '../../../lib/transfer/dropped-files';
import { loadReviewData } from './useReviewData';

export function CollectFiles({
  known,
  onCollected,
}: {
  known: ReadonlySet<string>;
  /** The hand-ins opened, each problem in words, and the summary line ("30 hand-ins opened, …"). */
  onCollected: (handIns: HandIn[], problems: string[], summary: string) => void;
}) {
  const [busy, setBusy] = useState('');
  const [over, setOver] = useState(false);
  const folder = useRef<HTMLInputElement>(null);
  // Not a standard attribute, so set on the element: the folder picker of every current browser.
  useEffect(() => {
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);

  const collect = async (files: PickedFile[], extra: string[] = []) => {
    if (files.length === 0 && extra.length === 0) return;
    setBusy(`Opening ${files.length === 1 ? 'one file' : `${files.length} files`}…`);
    try {
      const [{ collectFiles }, { collectSummary }, { exerciseById }] = await Promise.all([
        import('../../../lib/transfer/collect-files'),
        import('../../../lib/transfer/collect'),
        loadReviewData(),
      ]);
      const collected = await collectFiles(exerciseById, files, known);
      onCollected(
        collected.handIns,
        [...collected.problems, ...extra],
        collectSummary({ ...collected, failed: collected.failed + extra.length }),
      );
    } catch {
      onCollected([], ['Part of this page did not load, so nothing was opened. Check your connection and try again.'], '');
    } finally {
      setBusy('');
    }
  };
  const chosen = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []).map((file) => ({ file, path: file.webkitRelativePath || file.name }));
    // Cleared, so choosing the same files again opens them again.
    input.value = '';
    void collect(files);
  };
  const dropped = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const items = Array.from(event.dataTransfer?.items ?? []).filter((i) => i.kind === 'file');
    // Entries are taken during the drop event itself: the browser forgets them once it returns.
    const entries = items.map((i) => i.webkitGetAsEntry?.() as DroppedEntry | null | undefined);
    if (entries.length > 0 && entries.every((e) => e)) {
      const { filesOfEntries, MAX_DROPPED_FILES } = await import('../../../lib/transfer/dropped-files');
      const { files, cut } = await filesOfEntries(entries as DroppedEntry[]);
      void collect(
        files,
        cut ? [`Only the first ${MAX_DROPPED_FILES.toLocaleString('en')} files of what you dropped were looked at.`] : [],
      );
    } else {
      void collect(Array.from(event.dataTransfer?.files ?? []).map((file) => ({ file, path: file.name })));
    }
  };

  return (
    <div
      class={`collect${over ? ' collect--over' : ''}`}
      data-collect
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void dropped(e)}
    >
      <div class="field">
        <label class="field__label" for="handin-files">
          Or open hand-in files
        </label>
        <p class="field__hint" id="handin-files-hint">
          Choose as many as you like at once: students’ hand-in files, the .zip your class platform’s “download all” makes, or a file of
          kept hand-ins you exported from this page. Or drop them, or a whole folder, on this box.
        </p>
        <input
          type="file"
          id="handin-files"
          multiple
          accept=".json,.zip,application/json,application/zip"
          aria-describedby="handin-files-hint"
          onChange={(e) => chosen(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <div class="field">
        <label class="field__label" for="handin-folder">
          Or open a folder of hand-ins
        </label>
        <p class="field__hint" id="handin-folder-hint">
          A downloaded folder, with a folder per student inside if you like: hand-in files are opened, other files are skipped.
        </p>
        <input
          ref={folder}
          type="file"
          id="handin-folder"
          aria-describedby="handin-folder-hint"
          onChange={(e) => chosen(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {busy && (
        <p class="muted" role="status">
          {busy}
        </p>
      )}
      <details class="collect__how">
        <summary>How to collect every hand-in from your class platform</summary>
        <p>
          Most class platforms let students attach a file to an assignment, and many let you download every submission at once, often as one
          .zip with a folder per student. Where that button is and what it is called differ from platform to platform and change over time:
          look on the assignment’s page for something like “download all” or “download submissions”, or search the platform’s help pages for
          those words.
        </p>
        <ol>
          <li>
            Ask students to make their hand-in on their assignment page, download it as a file, and attach that file to the assignment on
            your platform.
          </li>
          <li>Download all submissions from the platform.</li>
          <li>
            Choose the .zip above, or drop it here. You do not need to unzip it: it is unpacked on this device, and nothing is uploaded.
          </li>
        </ol>
        <p>Other files in it (essays, photos, the platform’s own files) are skipped and counted.</p>
      </details>
    </div>
  );
}
