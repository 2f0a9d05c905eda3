// Which lessons' checks are done, read loosely from stored text for the course page's small script
// (src/scripts/progress.ts), which must not carry the saving layer. Only reads: the lesson's check
// island writes through the full saving rules (src/lib/checks-data.ts). Anything unreadable, or
// written by a newer version, reads as no checks done. A unit test holds it to checks-data's rules.
// It imports nothing, so the course page's script does not pull in the saving layer.

/** A check is done when every one of its questions has an answer, right or not (each is explained). */
export function isCheckDone(answers: Readonly<Record<string, string>> | undefined, questions: readonly string[]): boolean {
  return questions.length > 0 && answers !== undefined && questions.every((q) => typeof answers[q] === 'string');
}

/** The lessons, of those given with their question ids, whose checks are done in `raw`. */
export function checksDone(raw: string | null | undefined, questionsByLesson: ReadonlyMap<string, readonly string[]>): Set<string> {
  const done = new Set<string>();
  if (!raw) return done;
  try {
    const p = JSON.parse(raw);
    if (p.app !== 'efficacy-lab' || p.exercise !== 'checks' || p.version !== 1 || !Array.isArray(p.data.entries)) return done;
    for (const e of p.data.entries) {
      const questions = questionsByLesson.get(e?.id);
      if (questions && !e.deletedAt && typeof e.answers === 'object' && isCheckDone(e.answers, questions)) done.add(e.id);
    }
  } catch {
    // Not JSON, or not the shape: nothing done.
  }
  return done;
}
