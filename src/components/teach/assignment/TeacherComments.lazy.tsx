// A teacher's comments on the student's assignment page (issue 24, item 9). Loaded only when the page's
// address carries a comment (#f=…) or this browser keeps comments: most visits load none of it.
// - OpenedComment: the page was opened from a feedback link (/assignment/#f=…). The comment is checked
//   (src/lib/transfer/feedback.ts), kept on this device, and the student is taken to the assignment it
//   answers when this browser has it, where the comment stands beside their work.
// - CommentsFor: the kept comments for one assignment, beside the student's work.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { decodeFeedback, feedbackCodeIn, FEEDBACK_FILE_FORMAT, feedbackMatches, type Feedback } from '../../../lib/transfer/feedback';
import { liveEntries } from '../../../lib/storage/entries';
import type { TeacherComment } from '../../../lib/teacher-comments-data';
import type { AssignmentEntry } from '../../../lib/assignments-data';
import { formatMoment } from '../../../lib/date-format';
import { weekLabel } from '../../../lib/dates';
import { buildAssignmentQuery } from '../../../lib/assignment-link';
import { keepTeacherComment, teacherComments } from '../../../stores/teacher-comments';
import { assignments } from '../../../stores/assignments';
import { storage } from '../../../stores/persistence';

interface AssignmentLike {
  practices: readonly string[];
  week: string;
  className: string;
}

/** The comments kept for this assignment and this student, newest first. */
export function CommentsFor({ assignment, student }: { assignment: AssignmentLike; student: string }) {
  const kept = liveEntries(useStore(teacherComments.$state)) as TeacherComment[];
  const mine = kept
    .filter((c) => feedbackMatches(asFeedback(c), assignment, student).assignment)
    .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  if (mine.length === 0) return null;
  return (
    <section class="teacher-comments" aria-labelledby="teacher-comments-heading" data-teacher-comments>
      <h2 id="teacher-comments-heading">{mine.length === 1 ? 'Your teacher’s comment' : 'Your teacher’s comments'}</h2>
      {mine.map((c) => (
        <figure class="teacher-comment" key={c.id}>
          <blockquote>
            {c.comment.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
          <figcaption class="muted">
            For {c.student || 'you'}, written {formatMoment(c.writtenAt)}
            {!feedbackMatches(asFeedback(c), assignment, student).student && ` (your name here is ${student.trim()})`}.
          </figcaption>
        </figure>
      ))}
    </section>
  );
}

const asFeedback = (c: TeacherComment): Feedback => ({
  v: 1,
  assignment: { practices: c.practices, week: c.week, className: c.className },
  student: c.student,
  comment: c.comment,
  writtenAt: c.writtenAt,
});

/** Keeps a comment and says where it belongs; returns the assignment this browser has for it, if any. */
function keep(feedback: Feedback): AssignmentEntry | undefined {
  keepTeacherComment({ ...feedback.assignment, student: feedback.student, comment: feedback.comment, writtenAt: feedback.writtenAt });
  const mine = liveEntries(assignments.$state.get()) as AssignmentEntry[];
  return mine.find((a) => feedbackMatches(feedback, { ...a, className: a.className || a.studentClass }, '').assignment);
}

/**
 * The page opened from a comment link or with a comment file: the comment is kept, then the student
 * goes to its assignment (the address of the assignment as they kept it, so it is the same one).
 */
export function OpenedComment({ known }: { known: ReadonlySet<string> }) {
  const [state, setState] = useState<{ feedback?: Feedback; problem?: string; elsewhere?: boolean }>({});
  const take = (code: string) => {
    const decoded = decodeFeedback(code, known);
    if (!decoded.ok) return setState({ problem: decoded.message });
    const home = keep(decoded.feedback);
    if (home) {
      // Written now, not after the usual pause, as the page is about to go.
      storage.flush();
      location.replace(`/assignment/${buildAssignmentQuery(home)}`);
      return;
    }
    setState({ feedback: decoded.feedback, elsewhere: true });
  };
  useEffect(() => {
    const code = feedbackCodeIn(location.hash);
    if (code) take(code);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 64 * 1024) return setState({ problem: 'This file is larger than a comment file can be.' });
    try {
      const parsed: unknown = JSON.parse(await file.text());
      const record = parsed as Record<string, unknown>;
      if (record['format'] !== FEEDBACK_FILE_FORMAT || typeof record['code'] !== 'string')
        return setState({ problem: 'This is not a comment file from your teacher.' });
      take(record['code']);
    } catch {
      setState({ problem: 'This is not a comment file from your teacher.' });
    }
  };
  return (
    <section aria-labelledby="opened-comment-heading" data-opened-comment>
      <h2 id="opened-comment-heading">A comment from your teacher</h2>
      {state.problem && (
        <p class="notice notice--warning" role="alert">
          {state.problem}
        </p>
      )}
      {state.feedback && (
        <>
          <figure class="teacher-comment">
            <blockquote>
              {state.feedback.comment.split('\n').map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </blockquote>
            <figcaption class="muted">
              For {state.feedback.student || 'you'}, {weekLabel(state.feedback.assignment.week).replace(/^W/, 'w')}
              {state.feedback.assignment.className ? `, ${state.feedback.assignment.className}` : ''}.
            </figcaption>
          </figure>
          {state.elsewhere && (
            <p>
              It is kept in this browser. This browser has not opened that assignment, so your work is not shown beside it: open the comment
              in the browser where you did the work to see both together.
            </p>
          )}
        </>
      )}
      <div class="field">
        <label class="field__label" for="comment-file">
          Open a comment file
        </label>
        <p class="field__hint" id="comment-file-hint">
          If your teacher sent the comment as a file (for example back through your class platform), choose it here.
        </p>
        <input
          type="file"
          id="comment-file"
          accept=".json,application/json"
          aria-describedby="comment-file-hint"
          onChange={(e) => void openFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
    </section>
  );
}
