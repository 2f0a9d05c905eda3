// The top of an assignment: class and week, saving notices, the calendar file and the teacher's note.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Assignment } from '../../../lib/assignment-link';
import { weekCalendar } from '../../../lib/calendar';
import { weekLabel } from '../../../lib/dates';
import { safeFilePart } from '../../../lib/hand-in-file-name';
import { assignments } from '../../../stores/assignments';
import { $saveStatus } from '../../../stores/persistence';
import { loadBackups } from '../../../stores/exercise-store';
import { downloadText } from '../../../exercises/shared/download';
import { useLazy } from '../../../exercises/shared/use-exercise';

export function AssignmentHeading({ assignment, id, titles }: { assignment: Assignment; id: string; titles: string[] }) {
  const status = useStore($saveStatus);
  const notSaving = status.state === 'unsaved';
  // Saved data that could not be read is kept aside (the store did that); say so, as the worksheets do.
  const recovery = useStore(assignments.$recovery, { ssr: 'initial' });
  const backups = useStore(assignments.$backups, { ssr: 'initial' });
  // The notices' code loads only when there is something to say, as on the worksheets.
  const Notices = useLazy(notSaving || backups.length > 0, () => import('../../../exercises/shared/Notices'))?.Notices;
  useEffect(() => loadBackups(assignments), []);
  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">
        {assignment.className ? `${assignment.className}: ` : ''}
        {weekLabel(assignment.week)}
      </h2>
      <div role="status" aria-live="polite">
        {Notices && (notSaving || backups.length > 0) && (
          <Notices status={status} store={assignments} recovery={recovery} backups={backups} />
        )}
      </div>
      <p>
        Due by the end of that week (Sunday).{' '}
        {notSaving ? (
          'This assignment cannot be kept in your workbook while this browser is not saving.'
        ) : (
          <>
            This assignment is now listed in <a href="/workbook/">your workbook</a>.
          </>
        )}
      </p>
      <p>
        <button
          type="button"
          class="quiet"
          onClick={() =>
            downloadText(
              `efficacy-lab-${safeFilePart(assignment.className) || 'assignment'}-${assignment.week}.ics`,
              weekCalendar({
                week: assignment.week,
                id,
                title: `Practice: ${titles.join('; ')}`,
                description: 'Your Efficacy Lab practice for today. Open the assignment:',
                url: location.href,
              }),
              'text/calendar',
            )
          }
        >
          Add this week’s practice to my calendar
        </button>{' '}
        <span class="muted">A calendar file made on this device: one reminder each day, at 17:00.</span>
      </p>
      {assignment.note && (
        <div class="notice notice--quiet">
          <p>
            <strong>Note from {assignment.group ? 'the person who sent you this link' : 'your teacher'}:</strong>{' '}
            {assignment.note.split('\n').map((line, i) => (
              <>
                {i > 0 && <br />}
                {line}
              </>
            ))}
          </p>
        </div>
      )}
    </section>
  );
}
