// The top of an assignment: class and week, saving notices, the calendar file and the teacher's note.
import { useStore } from '@nanostores/preact';
import type { Assignment } from '../../../lib/assignment-link';
import { weekCalendar } from '../../../lib/calendar';
import { weekLabel } from '../../../lib/dates';
import { safeFilePart } from '../../../lib/hand-in-file-name';
import { assignments } from '../../../stores/assignments';
import { $saveStatus } from '../../../stores/persistence';
import { downloadText } from '../../../exercises/shared/download';
import { DraftNotices } from '../DraftNotices';

export function AssignmentHeading({ assignment, id, titles }: { assignment: Assignment; id: string; titles: string[] }) {
  const status = useStore($saveStatus);
  const notSaving = status.state === 'unsaved';
  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">
        {assignment.className ? `${assignment.className}: ` : ''}
        {weekLabel(assignment.week)}
      </h2>
      {/* A refused write, or saved data that could not be read and was kept aside: said as the worksheets say it. */}
      <DraftNotices store={assignments} />
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
