// Small horizontal bar charts for worksheet results (the grid, then-and-now, wins per week). Each row
// states its numbers in words beside the bars, so a screen reader hears everything the picture
// shows; the bars themselves are hidden from it. Inline SVG: its sizes are attributes, not style
// attributes, so a strict CSP needs no 'unsafe-inline', and SVG fills print without "background
// graphics". Colours come from the theme's custom properties (exercise.css, .bar-chart).
import type { ComponentChildren } from 'preact';
import { barPercent } from '../../lib/chart';

export interface BarRow {
  label: ComponentChildren;
  /** One bar, or two for a then-and-now pair (drawn in this order). */
  bars: { value: number; kind?: 'then' | 'now' }[];
  /** The row's numbers in words ("4/10 · Low", "Then 4, now 6: +2"). */
  text: string;
  /** A mark for the row, named in `text` as well as drawn ("low"). */
  mark?: string;
}

/** The same numbers as a table, for screen readers, when a table reads better than the rows. */
export interface ChartTable {
  name: string;
  head: string[];
  /** Each row: its header first, then its cells. */
  rows: (string | number)[][];
}

interface Props {
  caption: ComponentChildren;
  rows: BarRow[];
  /** The top of the scale. */
  max: number;
  /** Caption for screen readers only (a saved round, already dated above). */
  quiet?: boolean;
  /** Given, screen readers get this table instead of the rows. */
  table?: ChartTable;
}

export function BarChart({ caption, rows, max, quiet, table }: Props) {
  if (rows.length === 0) return null;
  return (
    <figure class="bar-chart">
      <figcaption class={quiet ? 'visually-hidden' : 'bar-chart__caption'}>{caption}</figcaption>
      <ul class="bar-chart__rows" aria-hidden={table ? 'true' : undefined}>
        {rows.map((row, i) => (
          <li class={`bar-chart__row${row.mark ? ` bar-chart__row--${row.mark}` : ''}`} key={i}>
            <span class="bar-chart__label">{row.label}</span>
            <svg class="bar-chart__bars" aria-hidden="true" focusable="false" height={row.bars.length * 14}>
              {row.bars.map((bar, j) => (
                <g key={j} class={`bar-chart__bar bar-chart__bar--${bar.kind ?? 'one'}`}>
                  <rect class="bar-chart__track" y={j * 14 + 1} width="100%" height="11" />
                  <rect y={j * 14 + 1} width={`${barPercent(bar.value, max)}%`} height="11" />
                </g>
              ))}
            </svg>
            <span class="bar-chart__value">{row.text}</span>
          </li>
        ))}
      </ul>
      {table && (
        // Hidden by its wrapper: a table never shrinks below its content, so it cannot be the 1 px box itself.
        <div class="visually-hidden">
          <table aria-label={table.name}>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([first, ...cells], i) => (
                <tr key={i}>
                  <th scope="row">{first}</th>
                  {cells.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
