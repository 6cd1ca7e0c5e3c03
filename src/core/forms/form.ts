/**
 * The format-neutral model of an official table (自评表, 基础数据表, 决算公开 附表 …): a title, an optional caption
 * line, a hint for the column widths, rows of cells with their merges and flags, and the notes printed under it. Each
 * table is built once from the dataset and the computed scores (the builders in this folder); the Word renderer
 * (`src/documents/docx/render-form-table.ts`) and the Excel renderer (`src/documents/xlsx/render-form-sheet.ts`) draw
 * the same `Form`, so the two files hold the same cells, merges and digits.
 *
 * Rows list their cells left to right; a cell may span columns (colSpan) and rows (rowSpan), and the cells a
 * vertical merge covers are left out of the rows below (the renderers put the covered cells in).
 * @module
 */
import { type Figure, showFigure } from "./figure.ts";

export interface FormCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: "left" | "center" | "right";
  /** A column or row label of the form (printed bold). */
  header?: boolean;
  /** A total or another figure the form stresses (printed bold). */
  emphasis?: boolean;
  /** The text holds a 【请补充】/【请核实】 flag the unit must resolve (highlighted in Word, filled in Excel). */
  missing?: boolean;
  /** When present, the cell shows this figure and `text` is `showFigure(figure)`; Excel stores the number. */
  figure?: Figure;
}

export interface Form {
  /** Short name of the table, unique within a unit's set (the Excel sheet name): "支出决算表". */
  name: string;
  /** The printed title: "支出决算表（2023年度）". */
  title: string;
  /** The official form code printed top right, above the caption ("公开01表" for the 决算公开 附表). */
  code?: string;
  /** "单位：…" on the left and "金额单位：万元" on the right, under the title. */
  caption?: { unit: string; amountUnit?: string };
  /** Relative widths of the grid's columns (any unit: mm or twips of the type area); renderers scale them to their page. */
  columnWidths: readonly number[];
  /** Grid rows that head the form (column headers): repeated on every printed page and frozen in Excel. */
  headerRows: number;
  rows: FormCell[][];
  /** Lines printed under the form. */
  notes: string[];
  /** Printed landscape in Excel (the wide forms); Word keeps the portrait page of its document. */
  landscape: boolean;
  /** Cell text size in points: 9 (小五) for the dense forms, 10.5 (五号) by default, 12 (小四). */
  textSize: number;
  /** Single line spacing inside the cells, for forms that must fit few pages (the project 自评表). */
  dense?: boolean;
}

type Placement = Pick<FormCell, "colSpan" | "rowSpan" | "align" | "header" | "emphasis" | "missing">;

/** A text cell (labels, names, prose). */
export function textCell(text: string, placement: Placement = {}): FormCell {
  return { text, ...placement };
}

/** A label cell of the form: a column or row heading. */
export function headerCell(text: string, placement: Omit<Placement, "header"> = {}): FormCell {
  return { text, header: true, ...placement };
}

/** A figure cell; its text is the figure as printed. */
export function figureCell(figure: Figure, placement: Placement = {}): FormCell {
  return { text: showFigure(figure), figure, ...placement };
}

/** Whether the cell is printed bold. */
export function isBold(cell: FormCell): boolean {
  return cell.header === true || cell.emphasis === true;
}
