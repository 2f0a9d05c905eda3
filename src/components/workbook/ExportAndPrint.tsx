// "Keep a copy": export everything to one file, or print the whole workbook.
import { useState } from 'preact/hooks';
import { STORAGE_PREFIX } from '../../lib/storage-keys';
import { countOf, exportedSummary } from '../../lib/counts';
import { $entriesByExercise, EXERCISE_STORES } from '../../exercises/stores';
import { storage } from '../../stores/persistence';
import { recordExport } from '../../stores/storage-info';
import { dateStamp, downloadText } from '../../exercises/shared/download';

export function ExportAndPrint({ onPrint, total }: { onPrint: () => void; total: number }) {
  const [message, setMessage] = useState('');
  const [printing, setPrinting] = useState('');
  const exportAll = async () => {
    // The file's code (its checks and the kinds of saved data) loads when it is first asked for.
    const [{ createExport, isExportedKey }, { DATA_KINDS }] = await Promise.all([
      import('../../lib/transfer/backup-file'),
      import('../../exercises/data-kinds'),
    ]);
    storage.flush(); // include anything typed in the last moment
    const items: Record<string, string> = {};
    // Every key this site stores that belongs in an export.
    for (const key of storage.keys(STORAGE_PREFIX).filter((key) => isExportedKey(DATA_KINDS, key))) {
      const text = storage.readStored(key) ?? storage.read(key);
      if (text !== null) items[key] = text;
    }
    const now = new Date();
    downloadText(`efficacy-lab-workbook-${dateStamp(now)}.json`, await createExport(items, now));
    recordExport(now);
    // Entries, not storage keys: a worksheet's entries are kept under one key.
    const byExercise: Readonly<Record<string, readonly unknown[]>> = $entriesByExercise.get() ?? {};
    setMessage(
      `${exportedSummary(EXERCISE_STORES.map(({ definition }) => byExercise[definition.id]?.length ?? 0))} to a file in your downloads.`,
    );
  };
  return (
    <section aria-labelledby="export-heading" class="no-print">
      <h2 id="export-heading">Keep a copy</h2>
      <p>
        Export everything to one file you can keep, move to another browser or import again. Or print your workbook, or save it as a PDF
        from the print dialog.
      </p>
      <p class="button-row">
        <button type="button" onClick={exportAll} data-export>
          Export everything
        </button>{' '}
        <button
          type="button"
          class="quiet"
          onClick={() => {
            // Every entry, not just the first of a long list, then print. Thousands take seconds to
            // lay out: say so first (painted before the work starts), and clear it once printed.
            setPrinting(`Preparing ${countOf(total, ['entry', 'entries'])} for printing…`);
            requestAnimationFrame(() =>
              setTimeout(() => {
                onPrint();
                setTimeout(() => {
                  print();
                  setPrinting('');
                });
              }),
            );
          }}
        >
          Print
        </button>
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <p role="status" aria-live="polite" data-print-status>
        {printing}
      </p>
    </section>
  );
}
