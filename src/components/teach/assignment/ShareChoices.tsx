// The hand-in's checkboxes: one per field of a saved entry, and one per reflection. A field whose
// words signal risk is marked private and starts unticked, with a care note beside it.
import type { EntryMeta } from '../../../lib/storage/entries';
import { choiceKey, fieldOf } from '../../../lib/hand-in-choices';
import { formatMoment } from '../../../lib/date-format';
import type { ExerciseDefinition } from '../../../exercises/catalog';
import { CareChoiceNote } from './CareChoiceNote';

export function EntryChoices({
  sheet,
  entries,
  flagged,
  goesIn,
  onToggle,
}: {
  sheet: ExerciseDefinition;
  entries: readonly EntryMeta[];
  flagged: (text: string) => boolean;
  goesIn: (key: string, text: string) => boolean;
  onToggle: (key: string, on: boolean, careKey: boolean) => void;
}) {
  return (
    <>
      {entries.map((e) => (
        <fieldset class="share-choice" key={e.id}>
          <legend>Saved {formatMoment(e.createdAt)}</legend>
          {sheet.fields.map((f) => {
            const { text } = fieldOf(e, f);
            if (!text) return null;
            const key = choiceKey(e.id, f.key);
            const risky = flagged(text);
            return (
              <div class="choice" key={key}>
                <input
                  type="checkbox"
                  id={`share-${key}`}
                  checked={goesIn(key, text)}
                  aria-describedby={risky ? `share-${key}-care` : undefined}
                  onChange={(ev) => onToggle(key, (ev.currentTarget as HTMLInputElement).checked, risky)}
                />
                <label for={`share-${key}`}>
                  <strong>{f.label}</strong>
                  {(f.private || risky) && <span class="tag tag--private">Private</span>}: {text}
                </label>
                {risky && <CareChoiceNote id={`share-${key}-care`} />}
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

export function ReflectionChoices({
  reflections,
  titleOf,
  flagged,
  goesIn,
  onToggle,
}: {
  reflections: readonly { practice: string; text: string }[];
  titleOf: (practice: string) => string | undefined;
  flagged: (text: string) => boolean;
  goesIn: (r: { practice: string; text: string }) => boolean;
  onToggle: (key: string, on: boolean, careKey: boolean) => void;
}) {
  return (
    <fieldset class="share-choice">
      <legend>Your reflections</legend>
      {reflections.map((r) => {
        const risky = flagged(r.text);
        return (
          <div class="choice" key={r.practice}>
            <input
              type="checkbox"
              id={`share-reflection-${r.practice}`}
              checked={goesIn(r)}
              aria-describedby={risky ? `share-reflection-${r.practice}-care` : undefined}
              onChange={(ev) => {
                const on = (ev.currentTarget as HTMLInputElement).checked;
                // A flagged reflection goes in only when ticked; any other goes in unless unticked.
                if (risky) onToggle(`reflection:${r.practice}`, on, true);
                else onToggle(`reflection-off:${r.practice}`, !on, false);
              }}
            />
            <label for={`share-reflection-${r.practice}`}>
              <strong>{titleOf(r.practice)}</strong>
              {risky && <span class="tag tag--private">Private</span>}: {r.text}
            </label>
            {risky && <CareChoiceNote id={`share-reflection-${r.practice}-care`} />}
          </div>
        );
      })}
    </fieldset>
  );
}
