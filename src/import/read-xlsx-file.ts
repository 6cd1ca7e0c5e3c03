/**
 * Reads an Excel .xlsx — ours, a budget system's export, a hand-made sheet — as one table per worksheet, with its
 * merged ranges: a cell covered by a merge that starts to its left widens that cell; one covered by a merge that
 * starts above continues it (`mergedFromAbove`). Numbers are shown as the sheet shows them (a 0.00% format gives
 * "100.00%"), computed with decimals, never floats. Every part of the package is inflated once through the bounded
 * reader first, so exceljs never sees a part larger than declared.
 * @module
 */
import ExcelJS from "exceljs";
import { Dec } from "../core/numbers/decimal.ts";
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { trimCell } from "./read-text-file.ts";
import type { ZipPackage } from "./read-zip-package.ts";
import {
  renderBlocks,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceRow,
} from "./source-document.ts";

export async function readXlsxFile(file: string, data: Uint8Array, zip: ZipPackage): Promise<SourceDocument> {
  for (const name of zip.entries.keys()) zip.read(name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(file, `Excel 工作簿无法读取（${(error as Error).message}）`);
  }
  const blocks: SourceBlock[] = [];
  workbook.worksheets.forEach((sheet, sheetIndex) => {
    if (sheet.rowCount > IMPORT_LIMITS.maxSheetRows) {
      throw new UnreadableFileError(
        file,
        `工作表“${sheet.name}”有 ${sheet.rowCount} 行，超过上限 ${IMPORT_LIMITS.maxSheetRows} 行`,
      );
    }
    const rows: SourceRow[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: SourceCell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master.address !== cell.address) {
          const master = cell.master;
          if (Number(master.row) === r) {
            const owner = cells.find((x) => x.col === Number(master.col) - 1);
            if (owner) owner.span = c - Number(master.col) + 1;
            continue;
          }
          cells.push({ text: "", col: c - 1, span: 1, mergedFromAbove: true });
          continue;
        }
        cells.push({ text: trimCell(cellText(cell)), col: c - 1, span: 1 });
      }
      // Trailing blank cells are layout, not data.
      while (cells.length > 0 && cells[cells.length - 1]?.text === "" && !cells[cells.length - 1]?.mergedFromAbove)
        cells.pop();
      if (cells.every((cell) => cell.text === "")) continue;
      rows.push({ cells, place: { line: 0, sheet: sheet.name, row: r, table: sheetIndex + 1 } });
    }
    if (rows.length > 0)
      blocks.push({
        kind: "table",
        number: sheetIndex + 1,
        caption: sheet.name,
        rows,
        place: { line: 0, sheet: sheet.name, table: sheetIndex + 1 },
      });
  });
  const { lines, placesByLine } = renderBlocks(blocks);
  return { file, format: "xlsx", blocks, lines, placesByLine };
}

/** The cell as the sheet displays it. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, cell.numFmt);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("result" in value) {
      const result = value.result;
      if (typeof result === "number") return formatNumber(result, cell.numFmt);
      return result === undefined || result === null ? "" : String(result);
    }
    if ("text" in value) return String(value.text);
  }
  return String(cell.text ?? "");
}

function formatNumber(value: number, format: string | undefined): string {
  // The shortest decimal that reads back as this double: what Excel shows in a General cell.
  const exact = new Dec(String(value));
  const fmt = format ?? "";
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  if (fmt.includes("%")) return `${exact.times(100).toFixed(decimals)}%`;
  if (/0\.0/.test(fmt)) return exact.toFixed(decimals);
  return exact.toString();
}
