/**
 * The indicator import template the server hands out: one sheet with the column headers and two example rows (to be
 * replaced), and a sheet that explains each column. What the template says is what read-indicator-sheet accepts.
 * @module
 */
import ExcelJS from "exceljs";
import { INDICATOR_COLUMNS } from "./indicator-sheet-columns.ts";

export const TEMPLATE_SHEET = "绩效指标";

export async function buildIndicatorTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效 Jixiao";
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = INDICATOR_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    level1: "产出指标",
    level2: "数量指标",
    level3: "开展科普活动次数",
    operator: "≥",
    target: "10",
    unit: "次",
    actual: "12",
    weight: "20",
  });
  sheet.addRow({
    level1: "",
    level2: "质量指标",
    level3: "活动验收合格率",
    operator: "=",
    target: "100",
    unit: "%",
    actual: "100",
    weight: "20",
  });
  for (const row of [2, 3]) sheet.getRow(row).font = { color: { argb: "FF808080" } };
  // Text cells: "95%" and "1,234" stay as typed instead of being turned into numbers by the spreadsheet program.
  for (let column = 1; column <= INDICATOR_COLUMNS.length; column++) sheet.getColumn(column).numFmt = "@";

  const help = workbook.addWorksheet("填写说明");
  help.columns = [
    { header: "列", key: "header", width: 22 },
    { header: "是否必填", key: "required", width: 10 },
    { header: "说明", key: "note", width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of INDICATOR_COLUMNS)
    help.addRow({ header: c.header, required: c.required ? "必填" : "", note: c.note });
  help.addRow({});
  help.addRow({
    header: "说明",
    note: "第 2、3 行为示例，请替换。导入时整张表替换该项目（或部门整体）的绩效指标；有任何一行不合规则整表不导入，并指出行号和列名。",
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
