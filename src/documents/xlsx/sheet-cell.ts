/**
 * A cell of a generated form, shared by the Word and the Excel builders: the Word table (`gridTable`) reads its text,
 * spans and alignment; the Excel writer (`writeGrid`) also reads its figure, to store a real number with its number
 * format instead of the printed text. Covered cells of a vertical merge are left out of the rows below, as in
 * `gridTable`.
 * @module
 */
import type { GridCell } from "../docx/grid-table.ts";
import { type Figure, formatFigure } from "./figure.ts";

export interface SheetCell extends GridCell {
  /** When present, the cell shows this figure; `text` is then `formatFigure(figure)`. */
  figure?: Figure;
}

type Placement = Pick<GridCell, "colSpan" | "rowSpan" | "align" | "bold">;

/** A text cell (labels, names, prose). */
export function textCell(text: string, placement: Placement = {}): SheetCell {
  return { text, ...placement };
}

/** A figure cell, centred as the evaluation forms print them unless placed otherwise; its text is the figure as printed. */
export function figureCell(figure: Figure, placement: Placement = {}): SheetCell {
  return { text: formatFigure(figure), figure, ...placement };
}
