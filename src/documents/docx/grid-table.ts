/**
 * Word tables with merged cells, described the way the printed forms look: each row lists its cells left to right,
 * a cell may span columns (columnSpan) and rows (rowSpan), and the cells a vertical merge covers are simply left
 * out of the rows below — the builder puts the "continue" cells in, so the 一级指标 merged down its rows or a
 * header spanning two rows is written once.
 *
 * A table of plain-text cells is written straight as WordprocessingML (`grid-table-xml.ts`, through a raw block),
 * because the forms have thousands of cells; one with a cell of its own paragraphs (a highlighted run) goes through
 * the docx library. Both give the same XML.
 * @module
 */
import {
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { gridTableXml } from "./grid-table-xml.ts";
import { cellParagraph, SIZE } from "./official-format.ts";
import { rawXmlBlock } from "./raw-xml-block.ts";

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
  /**
   * Space above and below the text of each cell, twips (default CELL_MARGINS': 30). Dense forms set 0, Word's own
   * default, so that the form and its notes fit the page.
   */
  verticalCellMargin?: number;
  /**
   * Keep the last row on the page of the paragraph after the table (its 注): a note must never stand on a page
   * without the rows it is about (凉山's 州本级公务用车运行维护费 form ended at the foot of its page, its 注 alone on
   * the next). Word and LibreOffice both keep a row whose paragraphs are "keep with next" with what follows.
   */
  keepLastRowWithNext?: boolean;
}

// Borders and cell margins are set once on the table (w:tblBorders, w:tblCellMar) rather than on each cell: the
// same look, and a 21-project form has some 3 000 cells, whose per-cell copies made the file 2.7 MB and slow to write.
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
export const CELL_MARGINS = { left: 60, right: 60, top: 30, bottom: 30 } as const;

/** A cell in its place: `cell` is undefined for a cell a vertical merge from above covers ("continue"). */
export interface PlacedCell {
  cell: GridCell | undefined;
  span: number;
  /** Twips: the widths of the columns it spans. */
  width: number;
  verticalMerge: "restart" | "continue" | undefined;
}

/** The table as a body element: raw XML for plain-text cells, docx objects when a cell has its own paragraphs. */
export function gridTable(options: GridTableOptions): FileChild {
  const rows = placeCells(options);
  const plain = options.rows.every((row) => row.every((cell) => cell.paragraphs === undefined));
  return plain ? rawXmlBlock(gridTableXml(rows, options)) : docxTable(rows, options);
}

/**
 * Puts each row's cells in their columns and adds the "continue" cells of vertical merges.
 * @throws RangeError naming the row when it has too few or too many cells for the columns
 */
export function placeCells(options: GridTableOptions): PlacedCell[][] {
  const widths = options.columnWidths;
  const columns = widths.length;
  /** rowsLeft[c] > 0 while a vertical merge started above still covers column c. */
  const rowsLeft = new Array<number>(columns).fill(0);
  const spanOf = new Array<number>(columns).fill(1);
  return options.rows.map((cells, rowIndex) => {
    const out: PlacedCell[] = [];
    let next = 0;
    let column = 0;
    while (column < columns) {
      if ((rowsLeft[column] ?? 0) > 0) {
        const span = spanOf[column] ?? 1;
        out.push({ cell: undefined, span, width: widthOf(widths, column, span), verticalMerge: "continue" });
        rowsLeft[column] = (rowsLeft[column] ?? 1) - 1;
        column += span;
        continue;
      }
      const cell = cells[next++];
      if (!cell) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格不足（第 ${column + 1} 列起为空）`);
      const span = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      out.push({
        cell,
        span,
        width: widthOf(widths, column, span),
        verticalMerge: rowSpan > 1 ? "restart" : undefined,
      });
      if (rowSpan > 1) {
        rowsLeft[column] = rowSpan - 1;
        spanOf[column] = span;
      }
      column += span;
    }
    if (next < cells.length) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格多于 ${columns} 列`);
    return out;
  });
}

function docxTable(rows: readonly PlacedCell[][], options: GridTableOptions): Table {
  const size = options.fontSize ?? SIZE.wuhao;
  const tableRows = rows.map(
    (cells, rowIndex) =>
      new TableRow({
        children: cells.map(
          (placed) =>
            new TableCell({
              columnSpan: placed.span > 1 ? placed.span : undefined,
              verticalMerge:
                placed.verticalMerge === "restart"
                  ? VerticalMergeType.RESTART
                  : placed.verticalMerge === "continue"
                    ? VerticalMergeType.CONTINUE
                    : undefined,
              verticalAlign: placed.cell ? VerticalAlign.CENTER : undefined,
              width: { size: placed.width, type: WidthType.DXA },
              children: placed.cell?.paragraphs
                ? [...placed.cell.paragraphs]
                : cellParagraph(placed.cell?.text ?? "", {
                    size,
                    bold: placed.cell?.bold ?? false,
                    align: placed.cell?.align ?? "center",
                    lineSpacing: options.lineSpacing,
                    keepNext: options.keepLastRowWithNext === true && rowIndex === rows.length - 1,
                  }),
            }),
        ),
        tableHeader: rowIndex < (options.headerRows ?? 0) ? true : undefined,
        cantSplit: true,
      }),
  );
  return new Table({
    rows: tableRows,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: {
      ...CELL_MARGINS,
      ...(options.verticalCellMargin !== undefined
        ? { top: options.verticalCellMargin, bottom: options.verticalCellMargin }
        : {}),
    },
    width: { size: options.columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...options.columnWidths],
  });
}

function widthOf(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}
