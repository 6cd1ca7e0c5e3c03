/**
 * Test support: the tables of generated files as grids of master cells — text, column span, row span — read back from
 * the files themselves, so a test compares what Word and Excel will show rather than what the builders meant. Word
 * tables come from `word/document.xml` (gridSpan, vMerge); Excel grids are the bordered rows of a sheet (the title,
 * caption and notes have no border), with merges from the sheet model and each number shown in its number format.
 * @module
 */
import ExcelJS from "exceljs";
import { readDocxTables } from "../../src/documents/self-evaluation/read-docx-tables.ts";

export interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export type Grid = GridCell[][];

/** Every table of a .docx as a grid. */
export function docxGrids(data: Uint8Array): Grid[] {
  return readDocxTables(data).map((table) => {
    // The grid column each cell starts at, row by row, to follow vertical merges down.
    const placed = table.rows.map((row) => {
      let column = 0;
      return row.map((cell) => {
        const at = column;
        column += cell.gridSpan;
        return { cell, at };
      });
    });
    return placed.map((row, r) =>
      row
        .filter(({ cell }) => cell.vMerge !== "continue")
        .map(({ cell, at }) => {
          let rowSpan = 1;
          if (cell.vMerge === "restart") {
            while (placed[r + rowSpan]?.find((below) => below.at === at)?.cell.vMerge === "continue") rowSpan++;
          }
          return { text: cell.text, colSpan: cell.gridSpan, rowSpan };
        }),
    );
  });
}

export interface SheetGrid {
  sheet: string;
  grid: Grid;
}

/** The grid of every sheet of an .xlsx, with the sheet's name. */
export async function xlsxGrids(data: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ sheet: sheet.name, grid: sheetGrid(sheet) }));
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(parseRange);
  const columns = sheet.columnCount;
  const grid: Grid = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (!sheet.getCell(r, 1).border?.top) continue;
    const row: GridCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const merge = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const cell = sheet.getCell(r, c);
      if (!merge && !cell.border?.top) continue;
      row.push({
        text: shownText(cell),
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
      });
    }
    grid.push(row);
  }
  return grid;
}

/** The cell as Excel shows it: a number in its number format (0.00, 0.00%, General), text as it is. */
function shownText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  const format = cell.numFmt ?? "General";
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(format);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from = "", to = from] = range.split(":");
  const a = address(from);
  const b = address(to);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function address(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`单元格地址无效：${ref}`);
  const column = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** The grid's rows as text lines ("合计 | 874.05 | …"), for readable failures and row lookups. */
export function gridLines(grid: Grid): string[] {
  return grid.map((row) => row.map((cell) => cell.text.replace(/\n/g, "/")).join(" | "));
}
