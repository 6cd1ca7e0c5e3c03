/**
 * Reads data rows under a header row. Word and Excel rows carry real grid columns, so a cell is read under the
 * header whose columns hold it. Plain-text rows (a .txt export) carry no columns: there the cells are counted —
 * rows of a block usually have one more leading cell than a header printed without its merged label column, and a
 * row the export broke at a blank line is re-joined with the next when together they make a full row. Each such
 * decision goes to the import log.
 * @module
 */
import type { ImportLog } from "./import-log.ts";
import type { SourceFormat, SourceRow } from "./source-document.ts";
import { type Columns, cellUnder } from "./table-columns.ts";

export type RowValues<F extends string> = Partial<Record<F, string>>;

export interface AlignedRow<F extends string> {
  row: SourceRow;
  values: RowValues<F>;
  /** Fields whose cell continues a merge from the row above (Word vMerge, Excel merge). */
  merged: Set<F>;
}

function mostCommonLength(rows: readonly SourceRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts)
    if (count > bestCount || (count === bestCount && length > best)) [best, bestCount] = [length, count];
  return best;
}

/** Re-joins text rows broken by a blank line; returns the rows to read. */
export function rejoinBrokenRows(rows: readonly SourceRow[], log: ImportLog): SourceRow[] {
  const full = mostCommonLength(rows);
  const out: SourceRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const next = rows[i + 1];
    if (row.cells.length < full && next && row.cells.length + next.cells.length === full) {
      const cells = [...row.cells, ...next.cells].map((cell, col) => ({ ...cell, col }));
      log.interpret(row.place, "表格行", `此行在第${next.place.line}行被空行断开，与下一行合并为一行（共 ${full} 格）`);
      out.push({ cells, place: row.place });
      i += 1;
      continue;
    }
    out.push(row);
  }
  return out;
}

export function alignRows<F extends string>(
  header: SourceRow,
  columns: Columns<F>,
  rows: readonly SourceRow[],
  format: SourceFormat,
): Array<AlignedRow<F>> {
  if (format !== "txt") {
    return rows.map((row) => {
      const values: RowValues<F> = {};
      const merged = new Set<F>();
      for (const field of columns.keys()) {
        const cell = cellUnder(row, columns, field);
        if (!cell) continue;
        values[field] = cell.text;
        if (cell.mergedFromAbove) merged.add(field);
      }
      return { row, values, merged };
    });
  }
  const full = mostCommonLength(rows);
  const shift = Math.max(0, full - header.cells.length);
  return rows.map((row) => {
    const values: RowValues<F> = {};
    // A short row (cells merged away at its start) is read from the right, where the value columns are.
    const rowShift = row.cells.length >= full ? shift : shift - (full - row.cells.length);
    for (const [field, range] of columns) {
      const cell = row.cells[range.from + rowShift];
      if (cell) values[field] = cell.text;
    }
    return { row, values, merged: new Set<F>() };
  });
}
