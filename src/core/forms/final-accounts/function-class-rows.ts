/**
 * The 功能分类 rows of the 支出决算表 and the 一般公共预算财政拨款支出决算表: every 类 the 决算说明 states (its amount as
 * stated), then the 款 and 项 lines below it, each split into 基本支出 and 项目支出 by the lines' nature. The 合计 is
 * the sum of the 类, so 凉山's table includes 221 住房保障支出 (25.74, stated at 类 level only) and adds up to 874.05
 * like the 决算说明 — the 项 lines alone (seed 004 lists none for 221) add up to 848.30.
 *
 * A 类 whose 项 lines are all of one nature is all of that nature, even where the lines do not add up to its amount
 * (凉山's 210: 21.87 against 21.88, all 基本支出): the table prints no rounding note — a public table is no place for
 * the preparer's arithmetic, and the audit reports the gap (SUM-PARTS). A 类 with no 项 lines (凉山's 221), or lines
 * of both natures that do not add up, gets no 基本/项目 split (blank, never guessed) and a note says why; the 合计's
 * split is then the 基本支出 / 项目支出 the 决算说明 states, also named in a note.
 * @module
 */
import type { FinalAccounts, FunctionLine } from "../../dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../money/fen.ts";
import { type FormCell, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf } from "./schedule-form.ts";

interface Amounts {
  total: Fen;
  basic: Fen | null;
  project: Fen | null;
}

interface Entry {
  code: string;
  name: string;
  amounts: Amounts;
  /** 0 类, 1 款, 2 项: names are indented by level. */
  level: number;
}

export interface FunctionClassRows {
  /** Header rows (two) and the body, 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出. */
  rows: FormCell[][];
  notes: string[];
  total: Fen;
  /** The 合计's 基本支出 and 项目支出 as printed (null where the table says 未分列). */
  basic: Fen | null;
  project: Fen | null;
}

interface ClassSource {
  code: string | undefined;
  name: string;
  amount: Fen;
}

/**
 * The rows for the accounts' 一般公共预算 function classes, or null when the accounts have neither classes nor lines.
 * `lineFilter` keeps only some 项 lines (the 项目支出 table); classes are then summed from those lines, and
 * `columns: "projectOnly"` prints their one 项目支出 column instead of 合计 | 基本支出 | 项目支出.
 */
export function functionClassRows(
  accounts: FinalAccounts,
  lineFilter?: (line: FunctionLine) => boolean,
  columns: "split" | "projectOnly" = "split",
): FunctionClassRows | null {
  const lines = [...accounts.functionLines]
    .filter(lineFilter ?? (() => true))
    .sort((a, b) => a.code.localeCompare(b.code));
  const stated = lineFilter ? [] : (accounts.generalBudget?.byClass ?? []);
  const classes: ClassSource[] =
    stated.length > 0
      ? stated.map((c) => ({ code: c.code, name: c.name, amount: fenOf(c.amount) ?? 0 })).filter((c) => c.amount !== 0)
      : classesOfLines(lines);
  if (classes.length === 0) return null;

  const notes: string[] = [];
  const unsplit: string[] = [];
  const entries: Entry[] = [];
  for (const source of classes) {
    const members = source.code === undefined ? [] : lines.filter((l) => l.code.startsWith(source.code ?? ""));
    const sum = sumFen(members.map((l) => wanToFen(l.amount)));
    const label = `${source.code ?? ""}${source.name}`;
    const consistent = members.length > 0 && sum === source.amount;
    const split = consistent ? splitOf(members) : singleNatureSplit(members, source.amount);
    if (members.length === 0) unsplit.push(`${label}未列款、项级科目`);
    else if (split.basic === null) unsplit.push(`${label}所列项级科目与类级决算数不一致`);
    entries.push({ code: source.code ?? "", name: source.name, amounts: { total: source.amount, ...split }, level: 0 });
    entries.push(...lineEntries(members));
  }
  const total = sumFen(classes.map((c) => c.amount));
  const classEntries = entries.filter((e) => e.level === 0);
  let basic = sumKnown(classEntries.map((e) => e.amounts.basic));
  let project = sumKnown(classEntries.map((e) => e.amounts.project));
  if (unsplit.length > 0) {
    notes.push(`注：${unsplit.join("；")}，其基本支出、项目支出未分列。`);
    const byNature = (nature: string) => fenOf(accounts.expenditure?.items.find((i) => i.nature === nature)?.amount);
    basic = lineFilter ? null : (fenOf(accounts.basicSpending?.total) ?? byNature("basic"));
    project = lineFilter ? null : (fenOf(accounts.projectSpending?.total) ?? byNature("project"));
    if (basic !== null || project !== null)
      notes.push("合计行的基本支出、项目支出为决算说明所列的基本支出、项目支出决算数。");
  }
  if (columns === "projectOnly") return { rows: projectOnlyRows(entries, total), notes, total, basic, project };
  const rows: FormCell[][] = [
    [
      headerCell("科目编码", { rowSpan: 2 }),
      headerCell("科目名称", { rowSpan: 2 }),
      headerCell("本年支出", { colSpan: 3 }),
    ],
    [headerCell("合计"), headerCell("基本支出"), headerCell("项目支出")],
    [headerCell("合计", { colSpan: 2 }), ...amountCells({ total, basic, project }, true)],
    ...entries.map((entry) => [
      textCell(entry.code, { align: "left" }),
      textCell(`${"　".repeat(entry.level)}${entry.name}`, { align: "left" }),
      ...amountCells(entry.amounts, entry.level < 2),
    ]),
  ];
  return { rows, notes, total, basic, project };
}

/**
 * The 项目支出 table's rows: 科目编码 | 科目名称 | 项目支出. Its lines are all 项目支出, so a 基本支出 column would
 * only ever print 0.00 — a figure nobody stated — and the form has none.
 */
function projectOnlyRows(entries: readonly Entry[], total: Fen): FormCell[][] {
  return [
    [headerCell("科目编码"), headerCell("科目名称"), headerCell("项目支出")],
    [headerCell("合计", { colSpan: 2 }), amountCell(total, true)],
    ...entries.map((entry) => [
      textCell(entry.code, { align: "left" }),
      textCell(`${"　".repeat(entry.level)}${entry.name}`, { align: "left" }),
      amountCell(entry.amounts.total, entry.level < 2),
    ]),
  ];
}

function classesOfLines(lines: readonly FunctionLine[]): ClassSource[] {
  const codes = [...new Set(lines.map((l) => l.code.slice(0, 3)))];
  return codes.map((code) => {
    const members = lines.filter((l) => l.code.startsWith(code));
    return { code, name: members[0]?.className ?? "", amount: sumFen(members.map((l) => wanToFen(l.amount))) };
  });
}

/** 款 subtotals and 项 lines below one 类, in code order. */
function lineEntries(lines: readonly FunctionLine[]): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const kuanCode = line.code.slice(0, 5);
    if (line.code.length > 5 && !seen.has(kuanCode)) {
      seen.add(kuanCode);
      const members = lines.filter((l) => l.code.startsWith(kuanCode));
      out.push({ code: kuanCode, name: line.kuanName ?? "", amounts: amountsOf(members), level: 1 });
    }
    if (line.code.length === 3 || seen.has(line.code)) continue;
    seen.add(line.code);
    const level = line.code.length === 5 ? 1 : 2;
    const name = (level === 1 ? line.kuanName : line.xiangName) ?? "";
    out.push({ code: line.code, name, amounts: amountsOf([line]), level });
  }
  return out;
}

function amountsOf(lines: readonly FunctionLine[]): Amounts {
  return { total: sumFen(lines.map((l) => wanToFen(l.amount))), ...splitOf(lines) };
}

/** 基本/项目 of lines that all carry their nature; null for both when one does not. */
function splitOf(lines: readonly FunctionLine[]): { basic: Fen | null; project: Fen | null } {
  if (lines.some((l) => l.nature === undefined)) return { basic: null, project: null };
  const of = (nature: "basic" | "project") =>
    sumFen(lines.filter((l) => l.nature === nature).map((l) => wanToFen(l.amount)));
  return { basic: of("basic"), project: of("project") };
}

/** A 类 whose lines are all 基本支出 (or all 项目支出) is that, whole; otherwise its split is unknown. */
function singleNatureSplit(lines: readonly FunctionLine[], amount: Fen): { basic: Fen | null; project: Fen | null } {
  const natures = new Set(lines.map((l) => l.nature));
  if (lines.length === 0 || natures.size !== 1 || natures.has(undefined)) return { basic: null, project: null };
  return natures.has("basic") ? { basic: amount, project: 0 as Fen } : { basic: 0 as Fen, project: amount };
}

function sumKnown(values: readonly (Fen | null)[]): Fen | null {
  return values.every((v): v is Fen => v !== null) ? sumFen(values) : null;
}

/** A 基本/项目 split the data does not give says so ("未分列", explained in the note) rather than print 0.00. */
const UNSPLIT = "未分列";

function amountCells(amounts: Amounts, emphasis: boolean): FormCell[] {
  return [
    amountCell(amounts.total, emphasis),
    amounts.basic === null ? textCell(UNSPLIT) : amountCell(amounts.basic, emphasis),
    amounts.project === null ? textCell(UNSPLIT) : amountCell(amounts.project, emphasis),
  ];
}
