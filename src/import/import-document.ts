/**
 * Turns one read document (or the documents of one folder) into a dataset and its import report: each table goes
 * to the recognizer of its kind, the paragraphs give the sections and the stated figures, and what a table gives is
 * kept where the text states nothing (the text keeps its printed forms, which the audit compares). The dataset is
 * validated before it is handed back; a validation issue is reported, never hidden.
 * @module
 */
import { basename } from "node:path";
import type { DatasetInput, FinalAccounts } from "../core/dataset/schema.ts";
import { validateDataset } from "../core/dataset/validate-dataset.ts";
import type { AmountUnit } from "../core/parse/parse-amount.ts";
import { inferReportYear } from "../core/prose/infer-report-year.ts";
import { ImportLog } from "./import-log.ts";
import { readStatedFigures } from "./read-stated-figures.ts";
import { isBasicDataTable, recognizeBasicDataTable } from "./recognize-basic-data-table.ts";
import { isDepartmentTable, recognizeDepartmentTable } from "./recognize-department-table.ts";
import {
  finalAccountsTableKind,
  recognizeFiscalAppropriationTable,
  recognizeGeneralBudgetTable,
  recognizeIncomeExpenditureTable,
  recognizeSangongTable,
} from "./recognize-final-accounts-tables.ts";
import { isProjectTable, recognizeProjectTables } from "./recognize-project-table.ts";
import { recognizeSections } from "./recognize-sections.ts";
import type { SourceDocument } from "./source-document.ts";
import { compactText } from "./table-columns.ts";

export interface ImportOptions {
  /** Amount unit of cells that print none (--unit); 万元 by default, as the official tables are. */
  unit?: AmountUnit;
}

export interface ImportedFile {
  document: SourceDocument;
  log: ImportLog;
}

export interface ImportResult {
  dataset: DatasetInput | null;
  files: ImportedFile[];
  /** Problems of the assembled dataset (validation), in Chinese with their JSON path. */
  issues: string[];
}

/** Amount unit a table states in its header rows ("金额单位：元"), if any. */
function statedUnit(text: string): AmountUnit | undefined {
  const match = /(?:金额)?单位[：:]\s*(万元|元)/.exec(text);
  return (match?.[1] as AmountUnit | undefined) ?? undefined;
}

function isEmptyObject(value: object): boolean {
  return Object.values(value).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

/** Imports documents (one file, or the files of a folder) into one dataset. */
export function importDocuments(
  documents: readonly SourceDocument[],
  options: ImportOptions = {},
  sourceName?: string,
): ImportResult {
  const dataset: DatasetInput = { formatVersion: 2, year: 0, projects: [], narrative: [], publishedScores: [] };
  const files: ImportedFile[] = [];
  const proseFa: FinalAccounts[] = [];
  const tableFa: FinalAccounts = { functionLines: [], charts: [] };
  let unitName: string | undefined;
  let staff: NonNullable<DatasetInput["unit"]>["staff"];
  let assets: NonNullable<DatasetInput["unit"]>["assets"];
  for (const document of documents) {
    const log = new ImportLog(document.format);
    files.push({ document, log });
    if (document.format === "pdf")
      log.interpret(
        undefined,
        "PDF 文字层",
        "排版加入的空格（两端对齐时汉字之间、汉字与数字之间）已去掉，段落按句末标点重新连接",
      );
    for (const note of document.notes ?? []) log.interpret(undefined, "读取", note);
    if (document.convertedFrom)
      log.interpret(
        undefined,
        "文件格式",
        `${document.convertedFrom} 文件已由 LibreOffice 转换为 .${document.format} 后读取`,
      );
    for (const block of document.blocks) {
      if (block.kind !== "table") continue;
      const headText = compactText(
        block.rows
          .slice(0, 3)
          .map((r) => r.cells.map((c) => c.text).join(" "))
          .join(" "),
      );
      const unit = statedUnit(headText) ?? options.unit;
      if (statedUnit(headText) === "元")
        log.interpret(block.place, `表${block.number}`, "表头注明“金额单位：元”，金额换算为万元");
      const context = { format: document.format, log, unit };
      if (isProjectTable(block)) {
        dataset.projects?.push(...recognizeProjectTables(block, context));
        continue;
      }
      if (isDepartmentTable(block)) {
        const result = recognizeDepartmentTable(block, context);
        dataset.department = { ...dataset.department, evaluation: result.evaluation };
        if (result.unitName) unitName ??= result.unitName;
        log.recognize(block.place, "部门整体支出绩效自评表", `指标 ${result.evaluation.indicators.length} 个`);
        continue;
      }
      if (isBasicDataTable(block)) {
        dataset.basicData = recognizeBasicDataTable(block, context);
        log.recognize(block.place, "基础数据表", `经费控制情况 ${dataset.basicData.funds?.length ?? 0} 行`);
        continue;
      }
      const texts = block.rows.flatMap((r) => r.cells.map((c) => compactText(c.text))).filter((t) => t !== "");
      if (texts.length > 0 && texts.every((t) => /^[-\d.,%]+(万元|元)?$|^\d{4}年$|^列\d+$/.test(t))) {
        log.ignore(block.place, `表${block.number}`, "只有数字（图表的坐标轴或数据标签），不是数据表");
        continue;
      }
      if (/汇总|目录/.test(block.caption) && block.rows.length < 200) {
        log.ignore(block.place, `表${block.number}“${block.caption}”`, "汇总或目录表，其内容在各张明细表中，不另导入");
        continue;
      }
      const kind = finalAccountsTableKind(block);
      if (kind === "incomeExpenditure") recognizeIncomeExpenditureTable(block, tableFa, context);
      else if (kind === "generalBudget") recognizeGeneralBudgetTable(block, tableFa, context);
      else if (kind === "sangong") recognizeSangongTable(block, tableFa, context);
      else if (kind === "fiscalAppropriation") recognizeFiscalAppropriationTable(block, tableFa, context);
      else if (kind === "basicSpending" || kind === "other") {
        log.skip(
          block.place,
          `表${block.number}“${(block.caption || headText).slice(0, 30)}”`,
          "识别为决算表，但数据格式中没有对应栏目，未导入其明细",
        );
      } else if (document.format === "pdf" && !block.ruled) {
        log.skip(
          block.place,
          `表${block.number}“${(block.caption || headText).slice(0, 30)}”`,
          "PDF 中的表格片段无法还原为表格（单元格内换行的表格在 PDF 文字层中被拆散）；请提供 Word/Excel 原件",
        );
      } else {
        log.skip(
          block.place,
          `表${block.number}“${(block.caption || headText).slice(0, 30)}”`,
          "不是已知的自评表、基础数据表或决算表（如为图表数据或排版用的表格可忽略）",
        );
      }
    }
    dataset.narrative?.push(...recognizeSections(document.blocks, log));
    const stated = readStatedFigures(document.blocks, log);
    proseFa.push(stated.finalAccounts);
    dataset.publishedScores?.push(...stated.publishedScores);
    if (stated.unit?.name) unitName ??= stated.unit.name;
    if (stated.unit?.staff) staff ??= stated.unit.staff;
    if (stated.unit?.assets) assets ??= stated.unit.assets;
    if (stated.budget) dataset.budget ??= stated.budget;
    const year = inferReportYear(document.lines);
    if (year !== null && dataset.year === 0) {
      dataset.year = year;
      log.interpret(undefined, "年度", `按正文中最常见的报告年度读为 ${year} 年`);
    }
  }
  const finalAccounts = mergeFinalAccounts(proseFa, tableFa, files[0]?.log);
  if (!isEmptyObject(finalAccounts)) dataset.finalAccounts = finalAccounts;
  if (!unitName) {
    // Project tables alone name no unit but their 实施单位; the most frequent one is taken, and said so.
    const implementers = new Map<string, number>();
    for (const project of dataset.projects ?? [])
      if (project.implementer) implementers.set(project.implementer, (implementers.get(project.implementer) ?? 0) + 1);
    const top = [...implementers].sort((a, b) => b[1] - a[1])[0];
    if (top) {
      unitName = top[0];
      files[0]?.log.interpret(
        undefined,
        "单位名称",
        `文中没有单位名称，取项目表中最常见的实施单位“${top[0]}”（${top[1]} 张表）`,
      );
    }
  }
  if (unitName) dataset.unit = { name: unitName, ...(staff ? { staff } : {}), ...(assets ? { assets } : {}) };
  else if (staff) files[0]?.log.skip(undefined, "人员情况", "找不到单位名称，人员情况无处记录");
  else if (assets) files[0]?.log.skip(undefined, "固定资产", "找不到单位名称，固定资产无处记录");
  dataset.source = sourceName ?? basename(documents[0]?.file ?? "");
  const issues: string[] = [];
  if (dataset.year === 0) {
    issues.push("year：正文中找不到报告年度（如“2023年度”）");
    files[0]?.log.skip(undefined, "年度", "正文中找不到报告年度，数据集无法确定年度");
  }
  tidy(dataset);
  const result = validateDataset(dataset);
  if (!result.ok) for (const issue of result.issues) issues.push(`${issue.location}：${issue.message}`);
  return { dataset: issues.length === 0 ? dataset : null, files, issues };
}

/** The text states figures with their printed forms; a table fills what the text does not state. */
function mergeFinalAccounts(
  prose: readonly FinalAccounts[],
  table: FinalAccounts,
  log: ImportLog | undefined,
): FinalAccounts {
  const merged: FinalAccounts = { functionLines: [], charts: [] };
  const record = merged as unknown as Record<string, unknown>;
  for (const part of [...prose, table]) {
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      const current = record[key];
      if (current === undefined || (Array.isArray(current) && current.length === 0)) record[key] = value;
      else if (part === table && JSON.stringify(current) !== JSON.stringify(value)) {
        log?.interpret(
          undefined,
          `决算“${key}”`,
          "正文与表格都给出此项，采用正文所述（含原文印刷值），表格数值仅用于核对",
        );
      }
    }
  }
  return merged;
}

/** Drops empty arrays and undefined keys so the file stays readable and equal to a hand-made one. */
function tidy(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(tidy);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    if (child === undefined || (Array.isArray(child) && child.length === 0 && key !== "categories" && key !== "values"))
      delete record[key];
    else tidy(child);
  }
}
