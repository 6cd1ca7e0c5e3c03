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

/**
 * Which grid column each pasted column is (an index into PASTE_COLUMNS), or null for a column not to paste (序号, a
 * 备注 the grid has no place for).
 */
export type ColumnMapping = readonly (number | null)[];

/** The names a header cell of a 绩效自评表 gives each grid column, as the official forms and units' copies print them. */
const HEADER_NAMES: readonly (readonly string[])[] = [
  ["一级指标"],
  ["二级指标"],
  ["三级指标", "指标名称"],
  ["指标性质", "符号", "比较符", "指标符号"],
  ["指标值", "年度指标值", "目标值", "年度目标值", "预期指标值"],
  ["度量单位", "计量单位", "单位"],
  ["完成值", "实际完成值", "全年实际完成值", "实际值", "全年实际值"],
  ["权重", "分值", "权重（分值）", "指标分值"],
];

/** The grid column a header cell names, or null ("序号", "备注", an empty cell). */
function headerColumn(cell: string): number | null {
  const name = normalizeWidth(cell).replace(/\s/g, "").replace(/\*$/, "");
  const found = HEADER_NAMES.findIndex((names) => names.includes(name) || names.includes(name.replace(/\(.*\)$/, "")));
  return found === -1 ? null : found;
}

/** A header row: one of the names only a header has, or two cells naming grid columns. */
function isHeader(cells: readonly string[]): boolean {
  if (cells.some((cell) => /^(一级指标|二级指标|三级指标|指标性质)$/.test(cell.trim()))) return true;
  return cells.filter((cell) => headerColumn(cell) !== null).length >= 2;
}

/** A pasted block before it is read: its header (if copied too), first row, width and the columns guessed. */
export interface PastedBlock {
  header: readonly string[] | null;
  /** Rows below the header. */
  rows: number;
  /** The first row below the header, to show beside each column while the user chooses. */
  sample: readonly string[];
  width: number;
  /** From the header's names, else the grid's own order. */
  guess: ColumnMapping;
  /** Whether the block is in the grid's column order, so that it is pasted without asking which column is which. */
  inGridOrder: boolean;
}

export function describePastedBlock(text: string): PastedBlock {
  const rows = splitClipboardTable(text);
  const header = rows.length > 0 && isHeader(rows[0] as string[]) ? (rows[0] as string[]) : null;
  const body = header ? rows.slice(1) : rows;
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  const guess: (number | null)[] = [];
  for (let column = 0; column < width; column++) {
    const named = header ? headerColumn(header[column] ?? "") : column < PASTE_COLUMNS.length ? column : null;
    // A grid column named twice is taken by its first pasted column only.
    guess.push(named !== null && !guess.includes(named) ? named : null);
  }
  const inGridOrder = width <= PASTE_COLUMNS.length && guess.every((to, column) => to === column);
  return { header, rows: body.length, sample: body[0] ?? [], width, guess, inGridOrder };
}

/** Why a mapping cannot be used (a grid column chosen twice, no 三级指标), or null. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  for (const [column, to] of mapping.entries()) {
    if (to === null) continue;
    const again = mapping.indexOf(to, column + 1);
    if (again !== -1) return `第 ${column + 1} 列和第 ${again + 1} 列都选了“${PASTE_COLUMNS[to]}”`;
  }
  if (!mapping.includes(2)) return "须有一列对应“三级指标”";
  return null;
}

/**
 * Reads the block as indicators. Without a mapping its columns are the grid's, in order; with one, each pasted column
 * goes where the mapping says (and a column mapped to null is left out).
 */
export function parsePastedRows(text: string, mapping?: ColumnMapping): PasteResult {
  const rows = splitClipboardTable(text);
  const body = rows.length > 0 && isHeader(rows[0] as string[]) ? rows.slice(1) : rows;
  if (body.length === 0) return { ok: false, message: "剪贴板中没有可粘贴的指标行" };
  if (body.length > 2000) return { ok: false, message: `一次最多粘贴 2000 行，剪贴板中有 ${body.length} 行` };
  if (mapping) {
    const problem = mappingProblem(mapping);
    if (problem) return { ok: false, message: problem };
  }
  const indicators: Indicator[] = [];
  for (const [index, pasted] of body.entries()) {
    const rowNumber = index + 1;
    const width = mapping ? mapping.length : PASTE_COLUMNS.length;
    if (pasted.length > width) {
      return {
        ok: false,
        message: mapping
          ? `第 ${rowNumber} 行有 ${pasted.length} 列，多于所选的 ${width} 列`
          : `第 ${rowNumber} 行有 ${pasted.length} 列，应为 ${PASTE_COLUMNS.length} 列（${PASTE_COLUMNS.join("、")}）`,
      };
    }
    const cells = mapping ? inGridOrder(pasted, mapping) : pasted;
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

/** A pasted row's cells put in the grid's column order. */
function inGridOrder(pasted: readonly string[], mapping: ColumnMapping): string[] {
  const cells: string[] = PASTE_COLUMNS.map(() => "");
  pasted.forEach((value, column) => {
    const to = mapping[column];
    if (to !== null && to !== undefined) cells[to] = value;
  });
  return cells;
}
