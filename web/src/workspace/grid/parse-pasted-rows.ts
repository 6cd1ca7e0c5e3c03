/**
 * A block copied from Excel or WPS (tab-separated; a cell with a line break or tab comes quoted, with "" for a
 * quote) in the column order of the indicator grid — 一级/二级/三级/指标性质/指标值/度量单位/完成值/权重 — read as
 * indicators. A header row is skipped; full-width digits and signs (≧ ＝ ％ ９０) are read as people mean them, and
 * the printed operator glyph is kept beside the canonical one. A cell that cannot be read is named by row and column,
 * and nothing is taken.
 */
import type { Indicator } from "../../../../src/core/dataset/schema.ts";
import { normalizeWidth, parsePlainNumber } from "../../../../src/core/parse/normalize-text.ts";
import { isNonCanonicalGlyph, parseOperator } from "../../../../src/core/parse/parse-operator.ts";

export const PASTE_COLUMNS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "完成值",
  "权重",
] as const;

export type PasteResult = { ok: true; indicators: Indicator[] } | { ok: false; message: string };

/** Splits clipboard text into rows of cells, honouring Excel's quoting. */
export function splitClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/\r\n?/g, "\n");
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ""));
}

function isHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => /^(一级指标|二级指标|三级指标|指标性质)$/.test(cell.trim()));
}

export function parsePastedRows(text: string): PasteResult {
  const rows = splitClipboardTable(text);
  const body = rows.length > 0 && isHeader(rows[0] as string[]) ? rows.slice(1) : rows;
  if (body.length === 0) return { ok: false, message: "剪贴板中没有可粘贴的指标行" };
  if (body.length > 2000) return { ok: false, message: `一次最多粘贴 2000 行，剪贴板中有 ${body.length} 行` };
  const indicators: Indicator[] = [];
  for (const [index, cells] of body.entries()) {
    const rowNumber = index + 1;
    if (cells.length > PASTE_COLUMNS.length) {
      return {
        ok: false,
        message: `第 ${rowNumber} 行有 ${cells.length} 列，应为 ${PASTE_COLUMNS.length} 列（${PASTE_COLUMNS.join("、")}）`,
      };
    }
    const cell = (column: number) => (cells[column] ?? "").trim();
    const indicator: Record<string, unknown> = {};
    const text = (field: string, column: number) => {
      const value = cell(column);
      if (value !== "") indicator[field] = value.slice(0, 500);
    };
    text("level1", 0);
    text("level2", 1);
    text("level3", 2);
    const operatorText = cell(3);
    if (operatorText !== "") {
      const operator = parseOperator(operatorText);
      if (!operator)
        return {
          ok: false,
          message: `第 ${rowNumber} 行“指标性质”列的“${operatorText}”无法识别，应为 ≥ ≤ = > < 或 定性`,
        };
      indicator.operator = operator;
      if (isNonCanonicalGlyph(operatorText)) indicator.operatorPrinted = operatorText;
    }
    text("target", 4);
    text("unit", 5);
    text("actual", 6);
    const weightText = cell(7);
    if (weightText !== "") {
      const weight = parsePlainNumber(normalizeWidth(weightText).replace(/分$/, ""));
      if (weight === null || weight.startsWith("-"))
        return { ok: false, message: `第 ${rowNumber} 行“权重”列的“${weightText}”不是不小于 0 的数字` };
      indicator.weight = weight;
    }
    if (indicator.level1 === undefined && indicators.length > 0)
      indicator.level1 = (indicators[indicators.length - 1] as Indicator).level1;
    if (indicator.level2 === undefined && indicators.length > 0 && cell(0) === "") {
      const above = (indicators[indicators.length - 1] as Indicator).level2;
      if (above !== undefined) indicator.level2 = above;
    }
    if (indicator.level3 === undefined) return { ok: false, message: `第 ${rowNumber} 行“三级指标”列为空` };
    indicator.level1 ??= "";
    indicators.push(indicator as unknown as Indicator);
  }
  return { ok: true, indicators };
}
