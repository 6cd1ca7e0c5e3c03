/**
 * Reads indicator rows from an uploaded .xlsx (the template, or any sheet whose first row carries the template's
 * headers). A blank 一级/二级 cell means "same as above", as in merged printed tables. Every problem is reported
 * with its row and column name, and nothing is returned unless all rows are sound.
 * @module
 */
import ExcelJS from "exceljs";
import type { Indicator } from "../../core/dataset/schema.ts";
import { Indicator as IndicatorSchema } from "../../core/dataset/schema.ts";
import { parseOperator } from "../../core/parse/parse-operator.ts";
import { INDICATOR_COLUMNS } from "./indicator-sheet-columns.ts";

export type SheetResult =
  { ok: true; indicators: Indicator[] } | { ok: false; issues: { location: string; message: string }[] };

/** Indicator rows one sheet may hold (a table has a few dozen; the template's help says so). */
export const MAX_INDICATOR_ROWS = 2000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return "";
  }
  return String(value);
}

export async function readIndicatorSheet(bytes: Uint8Array): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, issues: [{ location: "（文件）", message: "不是有效的 .xlsx 文件" }] };
  }
  const sheet = workbook.worksheets.find((s) =>
    INDICATOR_COLUMNS.every((c) => headersOf(s).includes(c.header) || !c.required),
  );
  if (!sheet) {
    return {
      ok: false,
      issues: [
        {
          location: "（文件）",
          message: `找不到表头含“${INDICATOR_COLUMNS.filter((c) => c.required)
            .map((c) => c.header)
            .join("”“")}”的工作表，请使用导入模板`,
        },
      ],
    };
  }
  const headers = headersOf(sheet);
  // exceljs row values are 1-based (index 0 is empty), so a header's index is its column number.
  const columnOf = new Map(INDICATOR_COLUMNS.map((c) => [c.key, Math.max(0, headers.indexOf(c.header))]));
  if (sheet.rowCount - 1 > MAX_INDICATOR_ROWS)
    return { ok: false, issues: [{ location: sheet.name, message: `指标行数超过 ${MAX_INDICATOR_ROWS}` }] };

  const indicators: Indicator[] = [];
  const issues: { location: string; message: string }[] = [];
  let level1 = "";
  let level2 = "";
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw: Record<string, string> = {};
    for (const column of INDICATOR_COLUMNS) {
      const index = columnOf.get(column.key) ?? 0;
      raw[column.key] = index > 0 ? cellText(row.getCell(index).value).trim() : "";
    }
    if (Object.values(raw).every((v) => v === "")) continue;
    if (raw.level1) {
      if (raw.level1 !== level1) level2 = "";
      level1 = raw.level1;
    }
    if (raw.level2) level2 = raw.level2;
    const candidate: Record<string, string> = { level1, level3: raw.level3 ?? "" };
    if (level2) candidate.level2 = level2;
    for (const key of ["target", "unit", "actual", "weight", "reason"] as const)
      if (raw[key]) candidate[key] = raw[key] as string;
    if (raw.operator) {
      const operator = parseOperator(raw.operator);
      if (operator === null) {
        issues.push({
          location: `第${r}行“指标性质”`,
          message: `无法识别的指标性质“${raw.operator}”（可用 ≥ ≤ = > < 定性）`,
        });
        continue;
      }
      candidate.operator = operator;
      if (operator !== raw.operator) candidate.operatorPrinted = raw.operator;
    }
    const parsed = IndicatorSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        const header = INDICATOR_COLUMNS.find((c) => c.key === key)?.header ?? key;
        issues.push({ location: `第${r}行“${header}”`, message: issue.message });
      }
      continue;
    }
    indicators.push(parsed.data);
  }
  if (issues.length > 0) return { ok: false, issues };
  if (indicators.length === 0) return { ok: false, issues: [{ location: sheet.name, message: "表中没有指标行" }] };
  return { ok: true, indicators };
}

function headersOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values;
  return (Array.isArray(values) ? values : []).map((v) => cellText(v as ExcelJS.CellValue).trim());
}
