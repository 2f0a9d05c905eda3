// A teacher's comment parts (./TeacherComments.lazy.tsx), loaded only when a comment is opened or this
// browser keeps one: for the assignment page's shell and its body.
import { useEffect, useState } from 'preact/hooks';

type CommentsPart = typeof import('./TeacherComments.lazy');

/** The comment parts, loaded only when a comment is opened or this browser keeps one. */
export function useCommentsPart(wanted: boolean): CommentsPart | undefined {
  const [part, setPart] = useState<CommentsPart>();
  useEffect(() => {
    if (wanted && !part)
      void import('./TeacherComments.lazy').then(
        (m) => setPart(() => m),
        () => undefined,
      );
  }, [wanted, part]);
  return part;
}
