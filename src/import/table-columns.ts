/**
 * Finds a table's columns by their header wording, whatever the order, wording variant or merge, and reads a data
 * row's cell under a header. A header cell covers the grid columns from its own to the next header's; a data cell
 * belongs to the header whose columns hold its first column. Plain-text rows have one column per cell, Word and
 * Excel rows their real grid columns, PDF rows character columns — the same rule serves all three.
 * @module
 */
import type { SourceCell, SourceRow } from "./source-document.ts";

export type HeaderPatterns<F extends string> = ReadonlyArray<readonly [F, RegExp]>;

export interface ColumnRange {
  from: number;
  to: number;
  header: string;
}

export type Columns<F extends string> = Map<F, ColumnRange>;

/** Header text without spaces and line breaks, as printed headers wrap ("年度预⏎算申请"). */
export function compactText(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

/**
 * Maps fields to header cells. Each header cell is matched by the first pattern that fits and that is not taken yet.
 * Returns the fields found; a caller decides which are required.
 */
export function findColumns<F extends string>(row: SourceRow, patterns: HeaderPatterns<F>): Columns<F> {
  const columns: Columns<F> = new Map();
  const cells = row.cells.filter((cell) => !cell.mergedFromAbove || cell.text !== "");
  cells.forEach((cell, i) => {
    const text = compactText(cell.text);
    if (text === "") return;
    const next = cells[i + 1];
    const to = Math.max(cell.col + cell.span, next ? next.col : cell.col + cell.span);
    for (const [field, pattern] of patterns) {
      if (columns.has(field) || !pattern.test(text)) continue;
      columns.set(field, { from: cell.col, to, header: cell.text });
      break;
    }
  });
  return columns;
}

/** The cell of `row` under `field`, or undefined when the row has none there. */
export function cellUnder<F extends string>(row: SourceRow, columns: Columns<F>, field: F): SourceCell | undefined {
  const range = columns.get(field);
  if (!range) return undefined;
  const inside = row.cells.find((cell) => cell.col >= range.from && cell.col < range.to);
  if (inside) return inside;
  // A data cell that starts left of its header (a right-aligned number in a PDF) but spans into it.
  return row.cells.find((cell) => cell.col < range.from && cell.col + cell.span > range.from);
}

export function textUnder<F extends string>(row: SourceRow, columns: Columns<F>, field: F): string | undefined {
  return cellUnder(row, columns, field)?.text;
}

/** Cells with text, in order. */
export function filledCells(row: SourceRow): SourceCell[] {
  return row.cells.filter((cell) => cell.text.trim() !== "");
}

/** The first cell's compact text (the row's label in a label/value table), skipping merged-from-above cells. */
export function rowLabel(row: SourceRow): string {
  return compactText(filledCells(row)[0]?.text ?? "");
}
