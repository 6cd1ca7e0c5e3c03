/**
 * Word tables with merged cells, described the way the printed forms look: each row lists its cells left to right,
 * a cell may span columns (columnSpan) and rows (rowSpan), and the cells a vertical merge covers are simply left
 * out of the rows below — the builder puts the "continue" cells in, so the 一级指标 merged down its rows or a
 * header spanning two rows is written once.
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { cellParagraph, FONT, run, SIZE } from "./official-format.ts";

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: "left" | "center" | "right";
  bold?: boolean;
  /**
   * Paragraphs to show instead of `text`, for content a plain string cannot carry (a highlighted run the user must
   * complete). `text` should still hold the cell's text, so callers and tests can read the row as strings.
   */
  paragraphs?: readonly Paragraph[];
}

export interface GridTableOptions {
  /** Column widths in twips; their sum is the table width. */
  columnWidths: readonly number[];
  rows: readonly (readonly GridCell[])[];
  /** Font size of the cells, half-points (default 五号). */
  fontSize?: number;
  /** Rows repeated at the top of every page. */
  headerRows?: number;
  /**
   * Line spacing inside the cells in 240ths of a line (240 = single). Unset keeps `cellParagraph`'s 1.25 lines; dense
   * forms such as the 项目支出绩效自评表 use single spacing so that a project fits on fewer pages.
   */
  lineSpacing?: number;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

export function gridTable(options: GridTableOptions): Table {
  const columns = options.columnWidths.length;
  /** rowsLeft[c] > 0 while a vertical merge started above still covers column c. */
  const rowsLeft = new Array<number>(columns).fill(0);
  const spanOf = new Array<number>(columns).fill(1);
  const tableRows = options.rows.map((cells, rowIndex) => {
    const out: TableCell[] = [];
    let next = 0;
    let column = 0;
    while (column < columns) {
      if ((rowsLeft[column] ?? 0) > 0) {
        const span = spanOf[column] ?? 1;
        out.push(
          new TableCell({
            columnSpan: span,
            verticalMerge: VerticalMergeType.CONTINUE,
            borders: BORDERS,
            width: { size: widthOf(options.columnWidths, column, span), type: WidthType.DXA },
            children: cellParagraph("", { size: options.fontSize ?? SIZE.wuhao }),
          }),
        );
        rowsLeft[column] = (rowsLeft[column] ?? 1) - 1;
        column += span;
        continue;
      }
      const cell = cells[next++];
      if (!cell) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格不足（第 ${column + 1} 列起为空）`);
      const span = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      out.push(
        new TableCell({
          columnSpan: span,
          verticalMerge: rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlign.CENTER,
          borders: BORDERS,
          margins: { left: 60, right: 60, top: 30, bottom: 30 },
          width: { size: widthOf(options.columnWidths, column, span), type: WidthType.DXA },
          children: cell.paragraphs ? [...cell.paragraphs] : cellParagraphs(cell, options),
        }),
      );
      if (rowSpan > 1) {
        rowsLeft[column] = rowSpan - 1;
        spanOf[column] = span;
      }
      column += span;
    }
    if (next < cells.length) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格多于 ${columns} 列`);
    return new TableRow({ children: out, tableHeader: rowIndex < (options.headerRows ?? 0), cantSplit: true });
  });
  return new Table({
    rows: tableRows,
    layout: TableLayoutType.FIXED,
    width: { size: options.columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...options.columnWidths],
  });
}

/** The cell's text as paragraphs, one per "\n"-separated line, at the table's size and line spacing. */
function cellParagraphs(cell: GridCell, options: GridTableOptions): Paragraph[] {
  const style = { size: options.fontSize ?? SIZE.wuhao, bold: cell.bold ?? false, align: cell.align ?? "center" } as const;
  if (options.lineSpacing === undefined) return cellParagraph(cell.text, style);
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[style.align];
  return cell.text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment,
        spacing: { line: options.lineSpacing, lineRule: LineRuleType.AUTO },
        children: [run(line, { font: FONT.table, size: style.size, bold: style.bold })],
      }),
  );
}

function widthOf(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}
