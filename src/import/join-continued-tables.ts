/**
 * Joins a ruled table that runs over a page break into one table. Word and LibreOffice close the table at the foot
 * of the page and open it again at the top of the next, repeating its header rows; each part only has the column
 * lines its own rows draw, so the parts are laid on the union of their column lines before their rows are put
 * together. A merged cell cut by the break (a 一级指标 spanning rows) leaves an empty cell at the top of the next part:
 * it continues the cell above, as Word's vMerge does.
 * @module
 */
import type { RuledTable } from "./find-ruled-tables.ts";
import type { SourceCell } from "./source-document.ts";

/** Two column lines closer than this (points) are the same line drawn on two pages. */
const SAME_LINE = 2;

/** The next page's table continues the previous one when it is as wide and stands at the same place across. */
export function continuesTable(previous: RuledTable, next: RuledTable): boolean {
  return Math.abs(previous.left - next.left) <= SAME_LINE && Math.abs(previous.right - next.right) <= SAME_LINE;
}

function unionLines(a: readonly number[], b: readonly number[]): number[] {
  const result: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q))
    if (result.length === 0 || x - (result.at(-1) as number) > SAME_LINE) result.push(x);
  return result;
}

function nearestIndex(lines: readonly number[], x: number): number {
  let best = 0;
  lines.forEach((line, i) => {
    if (Math.abs(line - x) < Math.abs((lines[best] as number) - x)) best = i;
  });
  return best;
}

/** The rows of a table with each cell's column and span counted on the given (finer) column lines. */
function rowsOnLines(table: RuledTable, lines: readonly number[]): SourceCell[][] {
  return table.rows.map((row) =>
    row.map((cell) => {
      const col = nearestIndex(lines, table.columns[cell.col] as number);
      const end = nearestIndex(lines, table.columns[cell.col + cell.span] as number);
      return { ...cell, col, span: Math.max(1, end - col) };
    }),
  );
}

const rowText = (row: readonly SourceCell[]) => row.map((cell) => `${cell.col}:${cell.span}:${cell.text}`).join("|");

/** The table made of `previous` and its continuation `next`, `next`'s repeated header rows dropped. */
export function joinContinuedTables(previous: RuledTable, next: RuledTable): RuledTable {
  const columns = unionLines(previous.columns, next.columns);
  const head = rowsOnLines(previous, columns);
  let tail = rowsOnLines(next, columns);
  // Header rows repeated at the top of the page are the same rows as the first part's first rows.
  let repeated = 0;
  while (
    repeated < tail.length &&
    repeated < head.length - 1 &&
    rowText(tail[repeated] as SourceCell[]) === rowText(head[repeated] as SourceCell[])
  )
    repeated += 1;
  tail = tail.slice(repeated);
  const last = head.at(-1);
  const first = tail[0];
  if (last && first) {
    tail[0] = first.map((cell) => {
      const same = (c: SourceCell) => c.col === cell.col && c.span === cell.span;
      const above = last.find(same);
      // An empty cell is taken as cut by the break only when the merge shows on either side of it: the cell above
      // already spans rows, or this one does below; an empty cell between ordinary ones stays empty.
      const merged = above?.mergedFromAbove === true || tail[1]?.find(same)?.mergedFromAbove === true;
      return cell.text === "" && above && merged ? { ...cell, mergedFromAbove: true } : cell;
    });
  }
  return {
    top: previous.top,
    bottom: next.bottom,
    left: previous.left,
    right: previous.right,
    columns,
    rows: [...head, ...tail],
  };
}
