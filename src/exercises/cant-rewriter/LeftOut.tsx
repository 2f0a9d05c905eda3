// What the rewriter left out of the task statement: each part named for what it is, in the person's
// own words, with one line on why it is not part of the task and a link to the heading of the
// esteem-vs-efficacy lesson that explains it. The names, lines and headings arrive with the lazily
// loaded rules (LEFT_OUT in ./rules.ts), so this file adds only its markup.
import type { LeftOutKind, LeftOutPart } from './rules';

interface Props {
  parts: LeftOutPart[];
  info: Record<LeftOutKind, [name: string, why: string, heading: string]>;
}

export function LeftOut({ parts, info }: Props) {
  return parts.length ? (
    <div class="left-out" data-left-out>
      <p class="left-out__title">Left out of the task:</p>
      <ul>
        {parts.map(({ kind, text }) => {
          const [name, why, heading] = info[kind];
          // The heading's id, as the lesson page gives it: "Conviction, not confidence" → conviction-not-confidence
          const anchor = heading.toLowerCase().replace(/\W+/g, '-');
          return (
            <li key={kind + text} data-left-out-kind={kind}>
              <strong>{name}:</strong> “{text}”. {why} <a href={`/lessons/esteem-vs-efficacy/#${anchor}`}>Lesson: {heading}</a>.
            </li>
          );
        })}
      </ul>
      <p class="left-out__note">Your thought is kept as you wrote it.</p>
    </div>
  ) : null;
}
