// What the rewriter left out of the task statement: each part named for what it is, in the person's
// own words, with one line on why it is not part of the task and a link to the heading of the
// esteem-vs-efficacy lesson that explains it. The names, lines, headings and the headings' ids arrive
// with the lazily loaded rules (LEFT_OUT in ./rules.ts), so this file adds only its markup; the ids
// are checked against the built lesson by tests/dist/lesson-fragments.test.ts.
import type { LeftOutInfo, LeftOutKind, LeftOutPart } from './rules';

interface Props {
  parts: LeftOutPart[];
  info: Record<LeftOutKind, LeftOutInfo>;
}

export function LeftOut({ parts, info }: Props) {
  return parts.length ? (
    <div class="left-out" data-left-out>
      <p class="left-out__title">Left out of the task statement:</p>
      <ul>
        {parts.map(({ kind, text }) => {
          const { name, why, heading, lesson, id } = info[kind];
          return (
            <li key={kind + text} data-left-out-kind={kind}>
              <strong>{name}:</strong> “{text}”. {why} <a href={`${lesson}#${id}`}>Lesson: {heading}</a>.
            </li>
          );
        })}
      </ul>
      <p class="left-out__note">Your thought is kept as you wrote it; only the task statement leaves these out.</p>
    </div>
  ) : null;
}
