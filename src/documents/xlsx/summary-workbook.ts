/**
 * The regional summary as an .xlsx workbook (exceljs): one row per report with Chinese headers, numbers stored as
 * exact numbers with number formats (amounts in 万元 with two decimals, the execution rate as a percentage, scores with
 * the decimals the documents print), times as dates in Beijing time, text as Text cells, a frozen header row and a
 * filter on every column. The server's summary export (GET /api/summary.xlsx) hands its rows to this builder.
 * @module
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { fenIn } from "../../core/display/show-number.ts";
import { Dec } from "../../core/numbers/decimal.ts";
import type { ReportStatus } from "../../core/workflow/workflow.ts";

/** One report's row of the summary, as the regional summary gives it (the server's SummaryWorkbookRow). */
export interface SummaryWorkbookRow {
  unitName: string;
  year: number;
  status: ReportStatus;
  statusName: string;
  dueAt: string | null;
  submittedAt: string | null;
  /** null while not submitted. */
  onTime: boolean | null;
  /** The department table's total score, exact ("99.825"); null without a department table. */
  totalScore: string | null;
  /** The same as the documents print it ("99.8", "99.83"): the cell shows as many decimals. */
  totalScoreShown: string | null;
  grade: string | null;
  /** The execution rate in percent, exact ("98.2534…"); null for a zero budget or without execution rows. */
  executionRate: string | null;
  /** The same as printed ("98.25%", "—"). */
  executionRateShown: string | null;
  errors: number;
  warnings: number;
  budgetFen: number | null;
  executedFen: number | null;
}

/** China Standard Time has no daylight saving: Beijing time is UTC + 8 h all year. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
/**
 * The Text number format: every text cell (a unit's name above all) is stored as a string with it, as the document
 * workbooks store theirs (src/documents/xlsx/safe-text.ts), so that a unit named `=HYPERLINK(…)` shows as typed and
 * stays text even when someone edits the cell and presses Enter — never a formula or a General cell.
 */
const TEXT = "@";

interface Column {
  header: string;
  width: number;
  /** The cell's number format; a function for one that depends on the row. */
  format?: string | ((row: SummaryWorkbookRow) => string);
  value(row: SummaryWorkbookRow): string | number | Date | null;
}

const COLUMNS: Column[] = [
  { header: "单位", width: 30, format: TEXT, value: (row) => row.unitName },
  { header: "年度", width: 8, format: "0", value: (row) => row.year },
  { header: "状态", width: 26, format: TEXT, value: (row) => row.statusName },
  { header: "截止时间", width: 17, format: "yyyy-mm-dd hh:mm", value: (row) => beijingTime(row.dueAt) },
  { header: "提交时间", width: 17, format: "yyyy-mm-dd hh:mm", value: (row) => beijingTime(row.submittedAt) },
  {
    header: "是否按时提交",
    width: 12,
    format: TEXT,
    value: (row) => (row.onTime === null ? "未提交" : row.onTime ? "按时" : "逾期"),
  },
  { header: "全年预算（万元）", width: 16, format: "#,##0.00", value: (row) => wan(row.budgetFen) },
  { header: "执行数（万元）", width: 16, format: "#,##0.00", value: (row) => wan(row.executedFen) },
  { header: "预算执行率", width: 12, format: "0.00%", value: (row) => percentAsFraction(row.executionRate) },
  // Each rule profile has its own decimals for the total (四川 two, 湖南 one): the cell shows as many as the documents.
  {
    header: "自评总分",
    width: 10,
    format: (row) => decimalsFormat(row.totalScoreShown),
    value: (row) => (row.totalScore === null ? null : new Dec(row.totalScore).toNumber()),
  },
  { header: "等级", width: 8, format: TEXT, value: (row) => row.grade },
  { header: "校验错误数", width: 11, format: "0", value: (row) => row.errors },
  { header: "校验警告数", width: 11, format: "0", value: (row) => row.warnings },
];

export const SUMMARY_HEADERS = COLUMNS.map((column) => column.header);

/**
 * Written with exceljs's streaming writer: each row goes to the file as it is made and is then let go, so a
 * province's 10,000 rows cost a few seconds and a few MB, not the whole sheet held as cell objects first.
 */
export async function summaryWorkbook(rows: readonly SummaryWorkbookRow[], generatedAt: Date): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Jixiao";
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  const sheet = workbook.addWorksheet("地区汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    style: typeof column.format === "string" ? { numFmt: column.format } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.commit();
  for (const row of rows) {
    const added = sheet.addRow(COLUMNS.map((column) => column.value(row)));
    COLUMNS.forEach((column, index) => {
      if (typeof column.format === "function") added.getCell(index + 1).numFmt = column.format(row);
    });
    added.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  sheet.commit();
  await workbook.commit();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

/** An ISO time as a Date whose UTC fields are Beijing time (Excel dates carry no zone; readers see 北京时间). */
function beijingTime(iso: string | null): Date | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time + BEIJING_OFFSET_MS);
}

/** 分 → 万元 (the cell's format shows two decimals; the value keeps the exact 分). */
function wan(fen: number | null): number | null {
  return fen === null ? null : fenIn(fen).toNumber();
}

/** The number format with as many decimals as the documents print ("99.8" → "0.0", "99.83" → "0.00", "100" → "0"). */
function decimalsFormat(shown: string | null): string {
  const decimals = shown?.split(".")[1]?.length ?? 0;
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** The exact rate in percent ("98.2534…") → 0.982534…, for a cell formatted as a percentage (it shows 98.25%). */
function percentAsFraction(percent: string | null): number | null {
  return percent === null ? null : new Dec(percent).div(100).toNumber();
}
