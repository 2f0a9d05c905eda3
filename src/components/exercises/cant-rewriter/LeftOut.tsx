// What the rewriter left out of the task statement: each part named for what it is, in the person's
// own words, with one line on why it is not part of the task and a link to the part of the
// esteem-vs-efficacy lesson that explains it. The names and lines arrive with the lazily loaded rules
// (LEFT_OUT in src/lib/exercises/cant-rewriter.ts), so this file adds only its markup to the island.
import type { LeftOutInfo, LeftOutKind, LeftOutPart } from '../../../lib/exercises/cant-rewriter';

interface Props {
  parts: LeftOutPart[];
  info: Record<LeftOutKind, LeftOutInfo>;
}

export function LeftOut({ parts, info }: Props) {
  if (!parts.length) return null;
  return (
    <div class="left-out" data-left-out>
      <p class="left-out__title">Left out of the task statement:</p>
      <ul>
        {parts.map(({ kind, text }) => (
          <li key={kind + text} data-left-out-kind={kind}>
            <strong>{info[kind].name}:</strong> “{text}”. {info[kind].why}{' '}
            <a href={`/lessons/esteem-vs-efficacy/#${info[kind].anchor}`}>{info[kind].link}</a>
          </li>
        ))}
      </ul>
      <p class="left-out__note">Your thought is kept as you wrote it; only the task statement leaves these out.</p>
    </div>
  );
}
