/**
 * Recognizes the published 决算 tables by their titles and headers, whatever the column order: 收入支出决算总表
 * (收入 and 支出 side by side, 本年收入合计/本年支出合计, 年初/年末结转和结余, 收入总计/支出总计), the
 * 一般公共预算财政拨款支出决算表 (科目编码 in one column or split 类/款/项, 科目名称, 预算数, 合计/基本支出/项目支出)
 * and the "三公"经费 table (预算数/决算数/上年决算数 per 因公出国（境）费, 公务用车购置及运行维护费 with its
 * 购置/运行维护, 公务接待费 with 国内/国（境）外). The other 决算 tables (财政拨款收入支出决算总表, 基本支出表, 政府性
 * 基金, 国有资本经营) are named in the report; their figures are read only where the dataset has a field for them.
 * @module
 */
import type { FinalAccounts, FunctionLine, Sangong } from "../core/dataset/schema.ts";
import { alignRows } from "./align-row-cells.ts";
import { incomeSourceOf, spendingNatureOf } from "./final-accounts-names.ts";
import type { ImportLog } from "./import-log.ts";
import { type CellContext, printedText, readMoney } from "./read-cell-value.ts";
import type { SourceFormat, SourceRow, SourceTable } from "./source-document.ts";
import { compactText, filledCells, findColumns, rowLabel } from "./table-columns.ts";

type Options = { format: SourceFormat; log: ImportLog; unit?: CellContext["unit"] };
export type FinalAccountsTableKind =
  "incomeExpenditure" | "generalBudget" | "sangong" | "fiscalAppropriation" | "basicSpending" | "other";

/** The table's title: its caption or a title row inside it. */
function titleOf(table: SourceTable): string {
  const inside =
    table.rows
      .slice(0, 2)
      .map((row) => compactText(filledCells(row)[0]?.text ?? ""))
      .find((t) => /表/.test(t)) ?? "";
  return `${compactText(table.caption)} ${inside}`;
}

export function finalAccountsTableKind(table: SourceTable): FinalAccountsTableKind | null {
  const title = titleOf(table);
  const head = table.rows
    .slice(0, 6)
    .map((row) => compactText(row.cells.map((c) => c.text).join("|")))
    .join("|");
  if (/三公/.test(title) && /决算|预算/.test(title + head)) return "sangong";
  if (/财政拨款收入支出决算总表/.test(title)) return "fiscalAppropriation";
  if (
    /收入支出决算总表/.test(title) ||
    (/收入/.test(head) && /支出/.test(head) && /本年收入合计/.test(table.rows.map(rowLabel).join("|")))
  )
    return "incomeExpenditure";
  if (/一般公共预算财政拨款基本支出/.test(title)) return "basicSpending";
  if (
    /一般公共预算财政拨款支出决算表|一般公共预算支出决算/.test(title) ||
    (/科目编码/.test(head) && /基本支出/.test(head) && /项目支出/.test(head))
  )
    return "generalBudget";
  if (/决算表|决算明细表/.test(title)) return "other";
  return null;
}

/** A money cell's text, or undefined when it is not a number (a label). */
function isAmountText(text: string): boolean {
  return /^[-－]?[\d０-９,，]+([.．][\d０-９]+)?(万?元)?$/.test(compactText(text));
}

export function recognizeIncomeExpenditureTable(table: SourceTable, fa: FinalAccounts, options: Options): void {
  const { log } = options;
  const item = `表${table.number}（收入支出决算总表）`;
  for (const row of table.rows) {
    const cells = filledCells(row);
    for (let i = 0; i < cells.length; i++) {
      const label = compactText(cells[i]?.text ?? "");
      if (label === "" || isAmountText(label)) continue;
      const next = cells[i + 1];
      if (!next || !isAmountText(next.text)) continue;
      const ctx: CellContext = { log, place: row.place, item: `${item}“${label}”`, unit: options.unit };
      const amount = readMoney(next.text, ctx);
      i += 1;
      if (amount === undefined) continue;
      const name = label.replace(/^[一二三四五六七八九十]+、|^\d+[.、]/, "");
      if (/本年收入合计|^收入合计$/.test(name)) {
        fa.income ??= { items: [] };
        fa.income.total = amount;
      } else if (/本年支出合计|^支出合计$/.test(name)) {
        fa.expenditure ??= { items: [], byClass: [] };
        fa.expenditure.total = amount;
      } else if (/年初结转和结余/.test(name)) {
        fa.income ??= { items: [] };
        fa.income.openingCarryOver = { amount };
      } else if (/年末结转和结余/.test(name)) {
        fa.expenditure ??= { items: [], byClass: [] };
        fa.expenditure.closingCarryOver = { amount };
      } else if (/收入总计/.test(name)) {
        fa.income ??= { items: [] };
        fa.income.grandTotal = { amount };
      } else if (/支出总计/.test(name)) {
        fa.expenditure ??= { items: [], byClass: [] };
        fa.expenditure.grandTotal = { amount };
      } else if (incomeSourceOf(name) && /收入/.test(name)) {
        fa.income ??= { items: [] };
        const source = incomeSourceOf(name);
        fa.income.items.push({ name, ...(source ? { source } : {}), amount, sourceLine: row.place.line });
      } else if (spendingNatureOf(name) && /支出/.test(name)) {
        fa.expenditure ??= { items: [], byClass: [] };
        const nature = spendingNatureOf(name);
        fa.expenditure.items.push({ name, ...(nature ? { nature } : {}), amount, sourceLine: row.place.line });
      } else {
        log.skip(row.place, ctx.item, "不是收入支出决算总表中已知的收入或支出项目");
        continue;
      }
      log.recognize(row.place, ctx.item, `${amount} 万元`);
    }
  }
}

type GeneralField = "code" | "name" | "budget" | "total" | "basic" | "project" | "completion";

export function recognizeGeneralBudgetTable(table: SourceTable, fa: FinalAccounts, options: Options): void {
  const { log, format } = options;
  const item = `表${table.number}（一般公共预算财政拨款支出决算表）`;
  const headerIndex = table.rows.findIndex((row) =>
    /科目编码|功能分类/.test(compactText(row.cells.map((c) => c.text).join(""))),
  );
  if (headerIndex < 0) {
    log.skip(table.place, item, "找不到“科目编码”表头");
    return;
  }
  const header = table.rows[headerIndex] as SourceRow;
  // 合计/基本支出/项目支出 are often printed in a second header row under 本年支出.
  const second = table.rows[headerIndex + 1];
  const merged: SourceRow =
    second && !/^\d/.test(rowLabel(second)) && filledCells(second).some((c) => /基本支出|合计/.test(c.text))
      ? {
          cells: [
            ...header.cells.filter((c) => !second.cells.some((s) => s.col === c.col && s.text !== "")),
            ...second.cells.filter((c) => c.text !== ""),
          ].sort((a, b) => a.col - b.col),
          place: header.place,
        }
      : header;
  const columns = findColumns(merged, [
    ["code", /科目编码|编码/],
    ["name", /科目名称|名称/],
    ["budget", /预算数|预算/],
    ["total", /^合计$|本年支出|决算数/],
    ["basic", /基本支出/],
    ["project", /项目支出/],
    ["completion", /完成/],
  ] as const);
  const start = headerIndex + (merged === header ? 1 : 2);
  const classNames = new Map<string, string>();
  const lines: FunctionLine[] = [];
  const byClass: NonNullable<FinalAccounts["generalBudget"]>["byClass"] = [];
  let tableTotal: string | undefined;
  for (const { row, values } of alignRows<GeneralField>(merged, columns, table.rows.slice(start), format)) {
    const cells = filledCells(row);
    // The code may be split over 类/款/项 columns ("206", "07", "01").
    let code = compactText(values.code ?? "");
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      const digits = cells.map((c) => compactText(c.text)).filter((t) => /^\d{2,3}$/.test(t));
      const joined = digits.slice(0, 3).join("");
      code = /^\d{3}(\d{2}){0,2}$/.test(joined) ? joined : code;
    }
    const label = compactText(values.name ?? cells[0]?.text ?? "");
    const ctx = (what: string): CellContext => ({
      log,
      place: row.place,
      item: `${item}“${code || label}”的${what}`,
      unit: options.unit,
    });
    if (/^合计|^总计/.test(compactText(values.code ?? "")) || /^合计|^总计/.test(label)) {
      const total = readMoney(values.total, ctx("合计"));
      tableTotal = total;
      log.recognize(row.place, `${item}合计`, `${total ?? "—"} 万元`);
      continue;
    }
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      if (cells.length > 0 && !/^注/.test(label))
        log.skip(row.place, `${item}的一行“${label.slice(0, 30)}”`, "没有可识别的功能分类科目编码");
      continue;
    }
    const name = (values.name ?? "").trim().replace(/^[\s\u3000]+/, "");
    const amount = readMoney(values.total, ctx("支出合计"));
    if (amount === undefined) {
      log.skip(row.place, ctx("支出合计").item, "没有支出金额");
      continue;
    }
    if (code.length === 3) {
      classNames.set(code, name);
      byClass.push({ name, code, amount, sourceLine: row.place.line });
    } else if (code.length === 5) {
      classNames.set(code, name);
    } else {
      const line: FunctionLine = { code, amount, sourceLine: row.place.line };
      const className = classNames.get(code.slice(0, 3));
      const kuanName = classNames.get(code.slice(0, 5));
      if (className) line.className = className;
      if (kuanName) line.kuanName = kuanName;
      if (name) line.xiangName = name;
      const basic = readMoney(values.basic, ctx("基本支出"));
      const project = readMoney(values.project, ctx("项目支出"));
      if (basic !== undefined && project !== undefined) {
        if (Number(project) === 0 && Number(basic) !== 0) line.nature = "basic";
        else if (Number(basic) === 0 && Number(project) !== 0) line.nature = "project";
      }
      const budget = readMoney(values.budget, ctx("预算数"));
      if (budget !== undefined) {
        if (/年初/.test(columns.get("budget")?.header ?? "")) line.initialBudget = budget;
        else line.adjustedBudget = budget;
      }
      const completion = printedText(values.completion);
      if (completion) line.printed = { completion };
      lines.push(line);
    }
    log.recognize(row.place, `${item}科目 ${code} ${name}`, `${amount} 万元`);
  }
  if (lines.length > 0) fa.functionLines = lines;
  if (byClass.length > 0 || tableTotal !== undefined) {
    if (!fa.generalBudget && tableTotal === undefined) {
      log.skip(table.place, item, "没有合计行，一般公共预算财政拨款支出总额未导入（各类明细已导入）");
      return;
    }
    fa.generalBudget ??= { amount: tableTotal as string, byClass: [] };
    if (byClass.length > 0) fa.generalBudget.byClass = byClass;
  }
}

type SangongField = "label" | "budget" | "amount" | "prior" | "completion" | "change" | "changeRate";

export function recognizeSangongTable(table: SourceTable, fa: FinalAccounts, options: Options): void {
  const { log, format } = options;
  const item = `表${table.number}（“三公”经费支出决算表）`;
  const headerIndex = table.rows.findIndex((row) => /决算数/.test(compactText(row.cells.map((c) => c.text).join(""))));
  if (headerIndex < 0) {
    log.skip(table.place, item, "找不到“决算数”表头");
    return;
  }
  const header = table.rows[headerIndex] as SourceRow;
  const columns = findColumns(header, [
    ["prior", /上年/],
    ["budget", /预算数|预算/],
    ["amount", /决算数|本年/],
    ["completion", /完成/],
    ["changeRate", /增减率|增长率/],
    ["change", /增减额|增减/],
    ["label", /项目|名称/],
  ] as const);
  const sangong: Sangong = fa.sangong ?? {};
  for (const { row, values } of alignRows<SangongField>(header, columns, table.rows.slice(headerIndex + 1), format)) {
    const label = compactText(values.label ?? filledCells(row)[0]?.text ?? "");
    if (label === "" || /^注/.test(label)) continue;
    const ctx = (what: string): CellContext => ({
      log,
      place: row.place,
      item: `${item}“${label}”的${what}`,
      unit: options.unit,
    });
    const budget = readMoney(values.budget, ctx("预算数"));
    const amount = readMoney(values.amount, ctx("决算数"));
    const prior = readMoney(values.prior, ctx("上年决算数"));
    const figures = {
      ...(budget !== undefined ? { budget } : {}),
      ...(amount !== undefined ? { amount } : {}),
      ...(prior !== undefined ? { prior } : {}),
    };
    if (/^合计|^总计/.test(label)) {
      Object.assign(sangong, figures);
      sangong.sourceLine = row.place.line;
    } else if (/出国/.test(label)) sangong.abroad = { ...sangong.abroad, ...figures };
    else if (/购置及运行|购置和运行|公务用车$/.test(label)) sangong.vehicles = { ...sangong.vehicles, ...figures };
    else if (/购置/.test(label))
      sangong.vehicles = { ...sangong.vehicles, ...(amount !== undefined ? { purchase: amount } : {}) };
    else if (/运行维护/.test(label))
      sangong.vehicles = { ...sangong.vehicles, ...(amount !== undefined ? { operation: amount } : {}) };
    else if (/国内/.test(label))
      sangong.reception = { details: [], ...sangong.reception, ...(amount !== undefined ? { domestic: amount } : {}) };
    else if (/国（境）外|国\(境\)外|外事/.test(label))
      sangong.reception = { details: [], ...sangong.reception, ...(amount !== undefined ? { foreign: amount } : {}) };
    else if (/接待/.test(label)) sangong.reception = { details: [], ...sangong.reception, ...figures };
    else {
      log.skip(row.place, `${item}“${label}”`, "不是“三公”经费中已知的项目");
      continue;
    }
    log.recognize(
      row.place,
      `${item}“${label}”`,
      `预算 ${budget ?? "—"}，决算 ${amount ?? "—"}，上年 ${prior ?? "—"} 万元`,
    );
  }
  fa.sangong = sangong;
}

export function recognizeFiscalAppropriationTable(table: SourceTable, fa: FinalAccounts, options: Options): void {
  const { log } = options;
  const item = `表${table.number}（财政拨款收入支出决算总表）`;
  for (const row of table.rows) {
    const cells = filledCells(row);
    const label = compactText(cells[0]?.text ?? "");
    if (/收入总计|^总计/.test(label)) {
      const amountCell = cells.find((c, i) => i > 0 && isAmountText(c.text));
      const amount = readMoney(amountCell?.text, {
        log,
        place: row.place,
        item: `${item}“${label}”`,
        unit: options.unit,
      });
      if (amount !== undefined) {
        fa.fiscalAppropriation = { ...fa.fiscalAppropriation, amount };
        log.recognize(row.place, `${item}财政拨款收、支总计`, `${amount} 万元`);
        return;
      }
    }
  }
  log.skip(table.place, item, "找不到“收入总计”行，财政拨款收、支总计未导入");
}
