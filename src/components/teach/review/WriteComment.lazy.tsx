// A short comment to one student (issue 24, item 9), as a link to the student's own assignment page
// (/assignment/#f=…: the comment travels in the fragment, never sent to a server) or as a file the
// student opens there. Loaded when the teacher opens "Write a comment" on a hand-in.
import { useState } from 'preact/hooks';
import type { HandIn } from '../../../lib/transfer/hand-in';
import { commentProblem, encodeFeedback, feedbackFile, MAX_COMMENT, type Feedback } from '../../../lib/transfer/feedback';
import { safeFilePart } from '../../../lib/hand-in-file-name';
import { downloadText } from '../../../exercises/shared/download';
import { CopyField } from '../CopyField';

export default function WriteComment({ handIn, idPrefix, shownName }: { handIn: HandIn; idPrefix: string; shownName: string }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [made, setMade] = useState<Feedback>();
  const field = `${idPrefix}-comment`;
  const feedbackOf = (): Feedback | undefined => {
    const problem = commentProblem(comment);
    setError(problem ?? '');
    if (problem) {
      setTimeout(() => document.getElementById(field)?.focus());
      return undefined;
    }
    return {
      v: 1,
      assignment: { practices: handIn.assignment.practices, week: handIn.assignment.week, className: handIn.assignment.className },
      student: handIn.student,
      comment: comment.trim(),
      writtenAt: new Date().toISOString(),
    };
  };
  const fileName = (f: Feedback) =>
    `efficacy-lab-comment-${safeFilePart(f.assignment.className) || 'class'}-${safeFilePart(f.student) || 'student'}-${f.assignment.week}.json`;
  return (
    <div class="write-comment" data-write-comment>
      <div class="field">
        <label class="field__label" for={field}>
          Your comment to {shownName}
        </label>
        <p class="field__hint" id={`${field}-hint`}>
          A few sentences, at most {MAX_COMMENT} characters. The student sees it on their assignment page, beside their work.
        </p>
        <textarea
          id={field}
          rows={3}
          maxLength={MAX_COMMENT}
          aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`}
          aria-invalid={error ? 'true' : undefined}
          value={comment}
          onInput={(e) => {
            setComment((e.currentTarget as HTMLTextAreaElement).value);
            setMade(undefined);
          }}
        />
        {error && (
          <p class="field__error" id={`${field}-error`}>
            {error}
          </p>
        )}
      </div>
      <p class="button-row">
        <button type="button" onClick={() => setMade(feedbackOf())}>
          Make the comment link
        </button>{' '}
        <button
          type="button"
          class="quiet"
          onClick={() => {
            const f = feedbackOf();
            if (f) downloadText(fileName(f), feedbackFile(f));
          }}
        >
          Download the comment as a file
        </button>
      </p>
      {made && (
        <CopyField
          id={`${field}-link`}
          label={`Comment link for ${shownName}: send it to them`}
          value={`${location.origin}/assignment/#f=${encodeFeedback(made)}`}
        />
      )}
    </div>
  );
}
