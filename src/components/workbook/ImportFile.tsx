// "Import a file": the file is checked, its effect previewed (src/lib/transfer/import-plan.ts), and
// merged only when confirmed, against what is stored then. The code that does it (./import-steps.ts)
// loads when a file is chosen.
import { useState } from 'preact/hooks';
import type { ImportPlan } from '../../lib/transfer/import-plan';
import { countOf } from '../../lib/counts';
import { refreshStorageInfo } from '../../stores/storage-info';

type Steps = typeof import('./import-steps');
/** Said when the import's code could not be fetched: nothing was read or changed. */
const STEPS_FAILED = 'Part of this page did not load, so the file was not read. Nothing was changed. Check your connection and try again.';

export function ImportFile() {
  const [plan, setPlan] = useState<ImportPlan>();
  const [items, setItems] = useState<Record<string, string>>();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [dragging, setDragging] = useState(false);
  const [steps, setSteps] = useState<Steps>();

  const take = async (file: File | undefined) => {
    setPlan(undefined);
    setMessage('');
    setProblem('');
    if (!file) return;
    const loaded = steps ?? (await import('./import-steps').catch(() => undefined));
    if (!loaded) {
      setProblem(STEPS_FAILED);
      return;
    }
    setSteps(() => loaded);
    const read = await loaded.readFile(file);
    if (!read.ok) {
      setProblem(`“${file.name}”: ${read.message}`);
      return;
    }
    setItems(read.items);
    setPlan(loaded.preview(read.items));
  };

  // The preview was worked out earlier; the import merges against what is stored now.
  const apply = () => {
    if (!plan || !items || !steps) return;
    const outcome = steps.applyItems(items);
    setPlan(undefined);
    refreshStorageInfo();
    if (outcome.ok) setMessage('Imported. Your work above now includes the file’s entries.');
    else setProblem(outcome.message);
  };

  // Drafts the file brings (its code came with the plan).
  const taken = plan && steps ? steps.draftsTaken(plan) : 0;

  return (
    <section aria-labelledby="import-heading" class="no-print">
      <h2 id="import-heading">Import a file</h2>
      <p id="import-hint">
        Choose a file exported from a workbook (or a copy downloaded from a worksheet). It is checked before anything changes, and you will
        see what it adds before you confirm. Entries you have changed since are never replaced by older ones.
      </p>
      <div
        class={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="import-file" class="field__label">
          File to import
        </label>
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="field__hint">You can also drop a file here.</p>
      </div>
      <div role="status" aria-live="polite">
        {problem && (
          <p class="notice notice--warning" data-import-problem>
            {problem}
          </p>
        )}
        {message && <p data-import-done>{message}</p>}
      </div>
      {plan && (
        <div class="import-preview" data-import-preview>
          <h3>What this file will do</h3>
          {plan.previews.length === 0 && plan.keptCopies === 0 ? (
            taken === 0 && <p>Nothing: everything in it is already here.</p>
          ) : (
            <section class="table-scroll" aria-label="Entries the import adds, updates and keeps" tabIndex={0}>
              <table>
                <caption class="visually-hidden">Entries the import adds, updates and keeps</caption>
                <thead>
                  <tr>
                    <th scope="col">Saved work</th>
                    <th scope="col">New</th>
                    <th scope="col">Newer in the file</th>
                    <th scope="col">Newer here (kept)</th>
                    <th scope="col">Deleted since</th>
                    <th scope="col">Already here</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.previews.map((p) => (
                    <tr key={p.kind}>
                      <th scope="row">{p.label}</th>
                      <td>{p.added}</td>
                      <td>{p.updated}</td>
                      <td>{p.keptNewer}</td>
                      <td>{p.deleted}</td>
                      <td>{p.unchanged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {plan.keptCopies > 0 && <p>It also brings {plan.keptCopies} kept-aside copy of data that could not be read earlier.</p>}
          {Object.keys(plan.writes).length === 0 && (
            <p data-import-nothing>Nothing to import: everything in this file is already here, or older than what is here.</p>
          )}
          {Object.keys(plan.keepAside).length > 0 && (
            <p>
              Saved data here that could not be read will be kept aside first, not replaced. If there is no room to keep it, nothing is
              imported.
            </p>
          )}
          {plan.replacedFromFuture.length > 0 && (
            <p data-import-future>
              {countOf(plan.replacedFromFuture.length, ['entry here', 'entries here'])} will be replaced by{' '}
              {plan.replacedFromFuture.length === 1 ? 'a version' : 'versions'} dated in the future (a device whose clock was wrong?). What
              is here now is kept first, under “Kept copies to look at”.
            </p>
          )}
          {plan.draftsReplaced > 0 && (
            <p data-import-drafts>
              {countOf(plan.draftsReplaced, ['worksheet has', 'worksheets have'])} a newer unsaved draft in the file than here (words typed
              but not saved as an entry): the file’s draft takes the place of yours. What you typed here is kept first, under “Kept copies
              to look at”.
            </p>
          )}
          {taken > plan.draftsReplaced && (
            <p data-import-drafts-new>
              It also brings {countOf(taken - plan.draftsReplaced, ['unsaved draft', 'unsaved drafts'])} (words typed in a worksheet but not
              saved as an entry), newer than any here.
            </p>
          )}
          {plan.futureDrafts > 0 && (
            <p data-import-future-drafts>
              {countOf(plan.futureDrafts, ['draft in the file is', 'drafts in the file are'])} dated in the future (a device whose clock was
              wrong?): imported as dated now, so what you type later still comes after.
            </p>
          )}
          {plan.refusal && (
            <p class="notice notice--warning" data-import-refusal>
              {plan.refusal}
            </p>
          )}
          <p class="button-row">
            <button type="button" onClick={apply} disabled={Object.keys(plan.writes).length === 0 || plan.refusal !== undefined}>
              Import
            </button>{' '}
            <button type="button" class="quiet" onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
