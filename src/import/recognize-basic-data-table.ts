/**
 * Recognizes the 部门整体支出绩效评价基础数据表: 财政供养人员情况 (编制数 / 实际在职人数 / 控制率), 经费控制情况
 * (rows of 上年决算数 / 本年预算数 / 本年决算数, each row's kind told from its label), 楼堂馆所控制情况 and
 * 厉行节约保障措施. The form's placeholder rows ("……", "2.（一个专项一行）") are template text, not data.
 * @module
 */
import type { BasicData } from "../core/dataset/schema.ts";
import { alignRows } from "./align-row-cells.ts";
import type { ImportLog } from "./import-log.ts";
import { type CellContext, printedText, readCount, readMoney } from "./read-cell-value.ts";
import type { SourceFormat, SourceRow, SourceTable } from "./source-document.ts";
import { compactText, filledCells, findColumns, rowLabel } from "./table-columns.ts";

type FundKind = NonNullable<BasicData["funds"][number]["kind"]>;
const FUND_KINDS: Array<[RegExp, FundKind]> = [
  [/^一、?部门基本支出$|^基本支出$/, "basic"],
  [/^其中[：:]公用经费$|^公用经费$/, "public"],
  [/^三公经费$|^“三公”经费$/, "sangong"],
  [/公务用车购置和(运行)?维护|公车购置及运行/, "sangongVehicles"],
  [/出国|出境/, "sangongAbroad"],
  [/公务接待/, "sangongReception"],
  [/项目支出小计|^二、?项目支出$/, "project"],
  [/政府采购/, "procurement"],
];
const TEMPLATE_ROW = /^(……|…|\d+[.．]?（一个(专项|项目)一行）)$/;

export function isBasicDataTable(table: SourceTable): boolean {
  const text = table.rows
    .slice(0, 6)
    .map((row) => compactText(row.cells.map((c) => c.text).join("")))
    .join("");
  return /财政供养人员|经费控制情况/.test(text) || /基础数据表/.test(table.caption);
}

export function recognizeBasicDataTable(
  table: SourceTable,
  options: { format: SourceFormat; log: ImportLog; unit?: CellContext["unit"] },
): BasicData {
  const { log, format } = options;
  const item = "基础数据表";
  const basic: BasicData = { funds: [] };
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const label = rowLabel(row);
    if (/财政供养人员/.test(label)) {
      const columns = findColumns(row, [
        ["authorized", /编制/],
        ["inService", /在职|实有/],
        ["controlRate", /控制率/],
      ] as const);
      const next = rows[i + 1];
      if (!next) continue;
      const [aligned] = alignRows(row, columns, [next], format);
      const values = aligned?.values ?? {};
      const staff: NonNullable<BasicData["staff"]> = {};
      const authorized = readCount(values.authorized, { log, place: next.place, item: `${item}编制数` });
      const inService = readCount(values.inService, { log, place: next.place, item: `${item}实际在职人数` });
      if (authorized !== undefined) staff.authorized = authorized;
      if (inService !== undefined) staff.inService = inService;
      const rate = printedText(values.controlRate);
      if (rate) staff.printed = { controlRate: rate };
      basic.staff = staff;
      log.recognize(
        next.place,
        `${item}财政供养人员`,
        `编制 ${authorized ?? "—"}，在职 ${inService ?? "—"}，控制率 ${rate ?? "—"}`,
      );
      i += 1;
      continue;
    }
    if (/经费控制情况/.test(label)) {
      const columns = findColumns(row, [
        ["priorFinal", /上年决算|\d{4}年决算/],
        ["budget", /预算数/],
        ["final", /决算数/],
      ] as const);
      let end = i + 1;
      while (end < rows.length && !/楼堂馆所|厉行节约/.test(rowLabel(rows[end] as SourceRow))) end++;
      for (const { row: dataRow, values } of alignRows(row, columns, rows.slice(i + 1, end), format)) {
        const name = (filledCells(dataRow)[0]?.text ?? "").trim();
        if (name === "") continue;
        if (TEMPLATE_ROW.test(compactText(name))) {
          log.ignore(dataRow.place, `${item}“${name}”`, "表格模板的占位行，不是数据");
          continue;
        }
        const fund: BasicData["funds"][number] = { item: name };
        const kind = FUND_KINDS.find(([pattern]) => pattern.test(compactText(name)))?.[1];
        if (kind) fund.kind = kind;
        const ctx = (what: string): CellContext => ({
          log,
          place: dataRow.place,
          item: `${item}“${name}”的${what}`,
          unit: options.unit,
        });
        const priorFinal = readMoney(values.priorFinal, ctx(columns.get("priorFinal")?.header ?? "上年决算数"));
        const budget = readMoney(values.budget, ctx(columns.get("budget")?.header ?? "本年预算数"));
        const final = readMoney(values.final, ctx(columns.get("final")?.header ?? "本年决算数"));
        if (priorFinal !== undefined) fund.priorFinal = priorFinal;
        if (budget !== undefined) fund.budget = budget;
        if (final !== undefined) fund.final = final;
        fund.sourceLine = dataRow.place.line;
        basic.funds.push(fund);
        log.recognize(
          dataRow.place,
          `${item}“${name}”`,
          `上年决算 ${priorFinal ?? "—"}，预算 ${budget ?? "—"}，决算 ${final ?? "—"}`,
        );
      }
      i = end - 1;
      continue;
    }
    if (/厉行节约/.test(label)) {
      const measures = printedText(
        filledCells(row)
          .slice(1)
          .map((c) => c.text)
          .join("\n"),
      );
      if (measures) basic.frugalityMeasures = measures;
      continue;
    }
    if (/楼堂馆所/.test(label)) {
      const next = rows[i + 1];
      if (next && filledCells(next).length === 0) {
        log.ignore(next.place, `${item}楼堂馆所控制情况`, "未填写");
        i += 1;
      } else log.skip(row.place, `${item}楼堂馆所控制情况`, "暂不导入楼堂馆所明细（数据格式中没有对应栏目）");
    }
  }
  return basic;
}
