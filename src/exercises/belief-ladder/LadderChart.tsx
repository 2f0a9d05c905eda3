// The ladder as a chart: one bar per task, easiest first, on the 0-100 scale, with the rungs either
// side of the biggest drop marked in words and drawn differently, and the drop said in a sentence.
// Loaded once two tasks are rated (the worksheet's first load stays within its budget); shared with
// LadderRounds.lazy.tsx for saved ladders.
import { BarChart } from '../shared/BarChart';
import { MAX_SURE, type Rung } from './data';
import { dropWords, riseWords, rungText } from './ladder';

interface Props {
  /** Every task on the ladder, in order; undefined for one not named or rated yet. */
  rungs: (Rung | undefined)[];
  /** The tasks' names, for rows not rated yet. */
  names: string[];
  caption: string;
  /** A saved ladder, already dated above: the caption for screen readers only. */
  compact?: boolean;
}

export function LadderChart({ rungs, names, caption, compact = false }: Props) {
  const words = dropWords(rungs);
  return (
    <div class="ladder-chart">
      <BarChart
        caption={caption}
        quiet={compact}
        max={MAX_SURE}
        rows={names.flatMap((name, i) => {
          if (!name) return [];
          const { text, mark } = rungText(rungs, i);
          return [{ label: name, bars: [{ value: rungs[i]?.rating ?? 0 }], text, ...(mark && { mark }) }];
        })}
      />
      {words && <p class="ladder-chart__words">{words}</p>}
      {riseWords(rungs).map((w) => (
        <p class="ladder-chart__words" key={w}>
          {w}
        </p>
      ))}
    </div>
  );
}
