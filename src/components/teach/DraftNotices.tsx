// Saving notices for a page that keeps its own data (/teach/'s builder, /together/, an assignment): a write the
// browser refuses is said, and saved data that could not be read is offered, as on the worksheets.
// The notices' code loads only when there is something to say.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $saveStatus } from '../../stores/persistence';
import { loadBackups, type ExerciseStore } from '../../stores/exercise-store';
import type { EntryMeta } from '../../lib/storage/entries';
import { useLazy } from '../../exercises/shared/use-exercise';

export function DraftNotices({ store }: { store: ExerciseStore<EntryMeta, unknown> }) {
  const status = useStore($saveStatus, { ssr: 'initial' });
  const recovery = useStore(store.$recovery, { ssr: 'initial' });
  const backups = useStore(store.$backups, { ssr: 'initial' });
  const show = status.state === 'unsaved' || backups.length > 0;
  const Notices = useLazy(show, () => import('../../exercises/shared/Notices'))?.Notices;
  useEffect(() => loadBackups(store), [store]);
  return (
    <div role="status" aria-live="polite">
      {Notices && show && <Notices status={status} store={store} recovery={recovery} backups={backups} />}
    </div>
  );
}
