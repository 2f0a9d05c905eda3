// "Check your understanding" at the end of every lesson: three to five short questions on the
// lesson's core distinctions, given as data in the lesson's frontmatter (`check:`) and checked here
// when Astro loads the lesson. The island that asks them is src/components/lesson/check/.
// Answers are saved by question id and option id (src/lib/checks-data.ts): once a lesson is
// published, never reuse an id for a different question or option; give a changed one a new id.
import { z } from 'astro/zod';
import { smartQuotes } from './typography';

/** Lower-case words joined by hyphens, short: safe as saved keys. */
const answerId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, like "esteem"')
  .max(40);

export const checkOptionSchema = z.object({
  /** Stable id of this option within its question (saved as the reader's answer). */
  id: answerId,
  /** The option as the reader sees it. */
  text: z.string().min(1).max(200).transform(smartQuotes),
  /** Marks the one right option of its question. */
  correct: z.literal(true).optional(),
  /** Shown when this option is picked, right or wrong: one sentence saying why. */
  why: z
    .string()
    .min(20)
    .max(300)
    .refine((s) => /[.?!”)]$/.test(s.trim()), 'explain in a full sentence, ending with a full stop')
    .transform(smartQuotes),
});

export const checkQuestionSchema = z
  .object({
    /** Stable id of the question within the lesson (saved with the answer). */
    id: answerId,
    /** The question, short; "choose one" is said by the page. */
    prompt: z.string().min(10).max(300).transform(smartQuotes),
    /** Two to four options, exactly one marked `correct: true`. */
    options: z.array(checkOptionSchema).min(2).max(4),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { message: 'mark exactly one option correct: true', path: ['options'] })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, { message: 'option ids must differ', path: ['options'] });

export const checkSchema = z
  .object({
    /** Three to five questions, in the order the lesson teaches their ideas. */
    questions: z.array(checkQuestionSchema).min(3).max(5),
  })
  .refine((c) => new Set(c.questions.map((q) => q.id)).size === c.questions.length, {
    message: 'question ids must differ',
    path: ['questions'],
  });

export type Check = z.infer<typeof checkSchema>;
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;
