// What the class view loads on first use (issue 24): the CSV files (papaparse, src/lib/csv.ts) and the
// view of one question across the class. Kept out of the review page's first load.
import { useState } from 'preact/hooks';
import { toCsv } from '../../lib/csv';
import { answersTable, answersTo, classViewTable, questionsOf, type ShownStudent, type WorksheetOf } from '../../lib/class-export';
import type { ClassWeek } from '../../lib/class-view';
import type { PracticeStatus } from '../../lib/roster-status';
import { safeFilePart } from '../../lib/hand-in-file-name';
import { formatMoment } from '../../lib/date-format';
import { weekLabel } from '../../lib/dates';
import { exerciseById } from '../../exercises/catalog';
import { downloadText } from '../../exercises/shared/download';
import type { FunctionComponent } from 'preact';

export interface ClassExport {
  group: ClassWeek;
  practices: { id: string; title: string }[];
  /** In the order the class view shows them; hand-ins as shown (flagged words left out with names hidden). */
  students: (ShownStudent & { ratings: readonly (number | undefined)[]; statuses: PracticeStatus[]; needsLook: string | undefined })[];
}

const worksheet: WorksheetOf = (id) => exerciseById(id);
const fileName = (group: ClassWeek, what: string) => `efficacy-lab-${safeFilePart(group.className) || 'class'}-${group.week}-${what}.csv`;
const CSV = 'text/csv;charset=utf-8';

export function downloadClassView({ group, practices, students }: ClassExport): void {
  const table = classViewTable({ className: group.className, week: group.week, areas: group.areas, practices, students });
  downloadText(fileName(group, 'class-view'), toCsv(table), CSV);
}

export function downloadAnswers({ group, practices, students }: ClassExport): void {
  const practiceTitle = (id: string) => practices.find((p) => p.id === id)?.title ?? id;
  const table = answersTable({ className: group.className, week: group.week, students, worksheet, practiceTitle });
  downloadText(fileName(group, 'answers'), toCsv(table), CSV);
}

/** One field of one worksheet (or one practice's reflection) across the class, on screen and on paper. */
export function QuestionView({
  id,
  group,
  practices,
  students,
  printPart,
  Mark,
}: ClassExport & {
  id: string;
  printPart: (done: () => void) => void;
  /** The "Needs a look" link beside a name (ClassView.tsx), passed in so this part loads apart. */
  Mark: FunctionComponent<{ target: string | undefined }>;
}) {
  const practiceTitle = (p: string) => practices.find((x) => x.id === p)?.title ?? p;
  const questions = questionsOf(students, worksheet, practiceTitle);
  const [chosen, setChosen] = useState(questions[0]?.id ?? '');
  const [printing, setPrinting] = useState(false);
  const question = questions.find((q) => q.id === chosen) ?? questions[0];
  const byName = new Map(students.map((s) => [s.name, s]));
  const answers = question ? answersTo(question.id, students, worksheet) : [];
  return (
    <section class="question-view" aria-labelledby={`${id}-heading`} data-question-view data-print-only={printing ? '' : undefined}>
      <h3 id={`${id}-heading`}>One question across the class</h3>
      {questions.length === 0 ? (
        <p>Nobody shared an answer yet.</p>
      ) : (
        <>
          <div class="field no-print">
            <label class="field__label" for={`${id}-select`}>
              Question
            </label>
            <p class="field__hint" id={`${id}-select-hint`}>
              A worksheet’s field, or a practice’s reflection: every student’s answer to it, in the class view’s order.
            </p>
            <select
              id={`${id}-select`}
              aria-describedby={`${id}-select-hint`}
              value={question?.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {questions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label}
                </option>
              ))}
            </select>
          </div>
          <div class="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-caption`}>
            <table class="question-view__table">
              <caption id={`${id}-caption`}>
                {question?.label}: {group.className || 'No class name'}, {weekLabel(group.week).replace(/^W/, 'w')} ({answers.length}{' '}
                {answers.length === 1 ? 'answer' : 'answers'})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Answer</th>
                  <th scope="col">Saved</th>
                </tr>
              </thead>
              <tbody>
                {answers.map((a, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {a.name}
                      <Mark target={byName.get(a.name)?.needsLook} />
                    </th>
                    <td class="question-view__answer">{a.text}</td>
                    <td>{a.saved ? formatMoment(a.saved) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="no-print">
            <button type="button" class="quiet" onClick={() => (setPrinting(true), printPart(() => setPrinting(false)))}>
              Print this question
            </button>
          </p>
        </>
      )}
    </section>
  );
}
