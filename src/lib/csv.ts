// Tables as CSV for a spreadsheet (issue 24), written by papaparse (quoting of commas, quotes and line
// breaks as RFC 4180 asks). Made safe to open: every text cell a spreadsheet could take for a formula
// gets a leading apostrophe, and the file starts with a byte-order mark so Excel reads it as UTF-8.
import Papa from 'papaparse';

export type Cell = string | number | undefined;

/**
 * Text a spreadsheet may run as a formula: starting with = + - or @ (after any spaces), or with a tab,
 * carriage return or line break, behind which a formula can hide (OWASP, "CSV injection").
 * papaparse's own pattern stops at a line break (`.*$` without the s flag), so a multi-line cell
 * starting with "=" would slip through: this one only looks at the start.
 */
export const FORMULA_START = /^\s*[=+\-@]|^[\t\r\n]/;

/** The byte-order mark: Excel reads the file as UTF-8 (accents intact) only with it. */
export const BOM = '\uFEFF';

/** A cell as a spreadsheet should see it: numbers stay numbers; risky text gets a leading apostrophe. */
export const safeCell = (cell: Cell): string | number =>
  cell === undefined ? '' : typeof cell === 'number' ? cell : FORMULA_START.test(cell) ? `'${cell}` : cell;

/** Rows (the first one the header) as a CSV file's text, line breaks CRLF. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  // Cells are made safe here, then written with papaparse's quoting (its own formula escape off: done above).
  return (
    BOM +
    Papa.unparse(
      rows.map((row) => row.map(safeCell)),
      { newline: '\r\n', escapeFormulae: false },
    )
  );
}
