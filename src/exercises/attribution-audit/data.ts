// The attribution audit: after a success or a setback, write what happened and how you explained it,
// then mark the cause: in your control or not, likely the same next time or not, and whether it was
// about effort, strategy, fixed ability or circumstances. The tool suggests a reframe where the
// explanation leans on fixed ability or gives the person no credit, as the lesson building-efficacy
// (step 5) advises: credit effort and method after a success; after a setback, look first at what
// can change. Suggestions are pure functions of the draft, so they are tested without a browser.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { obj, type Check } from '../../lib/storage/shape';
import type { FieldDescriptor } from '../../lib/exercises/fields';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

/** The marks, in the order they are asked: the question, a short name for the workbook, the choices. */
export const MARKS = {
  outcome: { legend: 'Was it a success or a setback?', short: 'Outcome', options: { success: 'Success', setback: 'Setback' } },
  control: { legend: 'Was the cause in your control?', short: 'In my control', options: { yes: 'Yes', partly: 'Partly', no: 'No' } },
  stable: { legend: 'Is the cause likely to be the same next time?', short: 'Same next time', options: { yes: 'Yes', no: 'No' } },
  cause: {
    legend: 'What was it mostly about?',
    short: 'About',
    options: { effort: 'Effort', strategy: 'Strategy or method', ability: 'Fixed ability or talent', luck: 'Circumstances or luck' },
  },
} as const;
export type MarkKey = keyof typeof MARKS;
export type AttributionMarks = { [K in MarkKey]: keyof (typeof MARKS)[K]['options'] };
/** Marks while they are being chosen: '' for not chosen yet. */
export type MarksDraft = { [K in MarkKey]: AttributionMarks[K] | '' };

/** Longest text accepted in each field. */
export const MAX_AUDIT_TEXT = 1000;

export interface AttributionAuditFields {
  /** What happened, in a line or two. */
  happened: string;
  /** How the person explained it to themselves. */
  explanation: string;
  marks: AttributionMarks;
  /** The person’s own reframe; may be empty. */
  reframe: string;
}
export type AttributionAuditEntry = EntryMeta & AttributionAuditFields;
export type AttributionAuditDraft = Omit<AttributionAuditFields, 'marks'> & { marks: MarksDraft };
export type AttributionAuditState = SavedState<AttributionAuditEntry, AttributionAuditDraft>;

const keys = Object.keys(MARKS) as MarkKey[];
const marksCheck = (blankOk: boolean) =>
  obj(
    Object.fromEntries(
      keys.map((k) => [k, (v: unknown) => (blankOk && v === '') || (typeof v === 'string' && Object.hasOwn(MARKS[k].options, v))]),
    ) as never,
  ) as Check<never>;
export const isMarks: Check<AttributionMarks> = marksCheck(false);
const shape = (blankOk: boolean) => ({ happened: text(), explanation: text(), marks: marksCheck(blankOk), reframe: text() });

const isState = savedStateCheck<AttributionAuditFields, AttributionAuditDraft>(shape(false), obj(shape(true)));

export const emptyAuditDraft = (): AttributionAuditDraft => ({
  happened: '',
  explanation: '',
  marks: { outcome: '', control: '', stable: '', cause: '' },
  reframe: '',
});

export const attributionAuditShape: DataShape<AttributionAuditState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(emptyAuditDraft()),
};

export type AuditField = 'happened' | 'explanation' | MarkKey | 'reframe';
/** The fields in the order the worksheet shows them. */
export const AUDIT_ORDER: readonly AuditField[] = ['outcome', 'happened', 'explanation', 'control', 'stable', 'cause', 'reframe'];

const MISSING: Partial<Record<AuditField, string>> = {
  outcome: 'Choose success or setback.',
  happened: 'Write what happened.',
  explanation: 'Write how you explained it.',
  control: 'Choose yes, partly or no.',
  stable: 'Choose yes or no.',
  cause: 'Choose what it was mostly about.',
};

/** A field's value in the draft, whether text or a mark. */
const valueOf = (draft: AttributionAuditDraft, k: AuditField): string =>
  (draft.marks as Record<string, string>)[k] ?? draft[k as 'happened'];

/**
 * What is missing or too long before the audit can be saved, in the order the fields are shown
 * (so the first key is the field to move focus to); empty when it can be saved. The reframe is optional.
 */
export function auditProblems(draft: AttributionAuditDraft): Partial<Record<AuditField, string>> {
  const problems: Partial<Record<AuditField, string>> = {};
  for (const k of AUDIT_ORDER) {
    const value = valueOf(draft, k).trim();
    if (value.length > MAX_AUDIT_TEXT) problems[k] = `Keep this to ${MAX_AUDIT_TEXT} characters or fewer.`;
    else if (!value && MISSING[k]) problems[k] = MISSING[k];
  }
  return problems;
}

/** The entry to save (text trimmed), or null while there are problems. */
export function auditEntry(draft: AttributionAuditDraft): AttributionAuditFields | null {
  if (Object.keys(auditProblems(draft)).length) return null;
  const trim = (k: 'happened' | 'explanation' | 'reframe') => draft[k].trim();
  return { happened: trim('happened'), explanation: trim('explanation'), marks: draft.marks as AttributionMarks, reframe: trim('reframe') };
}

/** Whether the explanation is written and every mark chosen: the point where suggestions show. */
export function auditReady(draft: AttributionAuditDraft): boolean {
  return AUDIT_ORDER.slice(2, 6).every((k) => valueOf(draft, k).trim());
}

/** The marks as one line of text, for the workbook and hand-ins; '' for anything else. */
export function formatMarks(value: unknown): string {
  if (!isMarks(value)) return '';
  return keys.map((k) => `${MARKS[k].short}: ${(MARKS[k].options as Record<string, string>)[value[k]]!.toLowerCase()}`).join('; ');
}

/** The saved entry, field by field, for the workbook and hand-ins. */
export const attributionAuditFields: FieldDescriptor[] = [
  { key: 'happened', label: 'What happened' },
  { key: 'explanation', label: 'How I explained it' },
  { key: 'marks', label: 'How I marked it', format: formatMarks },
  { key: 'reframe', label: 'My reframe' },
];
