/**
 * The 决算公开 附表 beyond the 收入支出决算总表, 一般公共预算财政拨款支出决算表 and "三公"经费表 (their own sheets), as
 * seed 004's 第五部分 lists them: 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款基本支出决算表,
 * 政府性基金预算财政拨款收入支出决算表, 国有资本经营预算财政拨款支出决算表. Each is drawn from the same figures as the
 * 决算说明 (874.05 for 凉山 in every total). The 支出决算表 lists every function class the 决算说明 states, 221 住房保障
 * 支出 included, with 基本/项目 split from the function lines where the data have them; a table with no amount (政府
 * 性基金, 国有资本经营 at 0) says so under it, as the form asks for an empty table with a note.
 * @module
 */
import type { Workbook } from "exceljs";
import type { Dataset, FinalAccounts } from "../../../core/dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../../core/money/fen.ts";
import { money } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

export const SCHEDULE_SHEET_NAMES = {
  income: "收入决算表",
  expenditure: "支出决算表",
  fiscal: "财政拨款收入支出决算总表",
  basic: "一般公共预算财政拨款基本支出决算表",
  governmentFund: "政府性基金预算财政拨款收支决算表",
  stateCapital: "国有资本经营预算财政拨款支出决算表",
} as const;

const amountCell = (fen: Fen | null, bold = false): SheetCell =>
  fen === null ? textCell("") : figureCell(money(fen), { align: "right", bold });
const fenOf = (wan: string | undefined): Fen | null => (wan === undefined ? null : wanToFen(wan));

/** Writes each schedule the accounts have figures for, in the seed's order. */
export function writeFinalAccountsSchedules(workbook: Workbook, dataset: Dataset, accounts: FinalAccounts): void {
  const caption = { unit: dataset.unit?.name ?? "", amountUnit: "万元" };
  const year = dataset.year;
  const sheet = (name: string, title: string, widths: number[], rows: SheetCell[][], notes?: string) =>
    writeFormSheet(workbook, {
      sheetName: name,
      title: `${title}（${year}年度）`,
      caption,
      columnWidths: widths,
      rows,
      headerRows: 1,
      landscape: false,
      ...(notes ? { notes } : {}),
    });

  const income = accounts.income;
  if (income && income.items.length > 0) {
    const total = fenOf(income.total) ?? sumFen(income.items.map((i) => fenOf(i.amount) ?? 0));
    sheet(
      SCHEDULE_SHEET_NAMES.income,
      SCHEDULE_SHEET_NAMES.income,
      [40, 16],
      [
        [textCell("项目", { bold: true }), textCell("本年收入", { bold: true })],
        [textCell("合计", { bold: true }), amountCell(total, true)],
        ...income.items.map((item) => [textCell(item.name, { align: "left" }), amountCell(fenOf(item.amount))]),
      ],
    );
  }

  const classes = accounts.generalBudget?.byClass.filter((c) => (fenOf(c.amount) ?? 0) !== 0) ?? [];
  const natures = accounts.expenditure?.items ?? [];
  if (accounts.expenditure && classes.length > 0) {
    const basicTotal = natures.find((n) => n.nature === "basic");
    const projectTotal = natures.find((n) => n.nature === "project");
    const split = (code: string | undefined, nature: "basic" | "project"): Fen | null => {
      if (!code) return null;
      const lines = accounts.functionLines.filter((l) => l.code.startsWith(code));
      if (lines.length === 0 || lines.some((l) => l.nature === undefined)) return null;
      return sumFen(lines.filter((l) => l.nature === nature).map((l) => fenOf(l.amount) ?? 0));
    };
    sheet(
      SCHEDULE_SHEET_NAMES.expenditure,
      SCHEDULE_SHEET_NAMES.expenditure,
      [10, 30, 16, 16, 16],
      [
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"].map((t) => textCell(t, { bold: true })),
        [
          textCell("合计", { colSpan: 2, bold: true }),
          amountCell(fenOf(accounts.expenditure.total), true),
          amountCell(fenOf(basicTotal?.amount), true),
          amountCell(fenOf(projectTotal?.amount), true),
        ],
        ...classes.map((c) => [
          textCell(c.code ?? "", { align: "left" }),
          textCell(c.name, { align: "left" }),
          amountCell(fenOf(c.amount)),
          amountCell(split(c.code, "basic")),
          amountCell(split(c.code, "project")),
        ]),
      ],
      classes.some((c) => split(c.code, "basic") === null)
        ? "注：基本支出、项目支出空白的科目，数据中未提供其项级科目。"
        : undefined,
    );
  }

  const fiscal = accounts.fiscalAppropriation;
  if (fiscal) {
    const bySource = (source: string) => income?.items.find((i) => i.source === source)?.amount;
    const row = (name: string, incomeWan: string | undefined, outName: string, outWan: string | undefined) => [
      textCell(name, { align: "left" }),
      amountCell(fenOf(incomeWan)),
      textCell(outName, { align: "left" }),
      amountCell(fenOf(outWan)),
    ];
    sheet(
      SCHEDULE_SHEET_NAMES.fiscal,
      SCHEDULE_SHEET_NAMES.fiscal,
      [30, 16, 30, 16],
      [
        ["收入项目", "决算数", "支出项目", "决算数"].map((t) => textCell(t, { bold: true })),
        row(
          "一般公共预算财政拨款",
          bySource("generalBudget"),
          "一般公共预算财政拨款支出",
          accounts.generalBudget?.amount,
        ),
        row(
          "政府性基金预算财政拨款",
          bySource("governmentFund"),
          "政府性基金预算财政拨款支出",
          accounts.governmentFundSpending,
        ),
        row(
          "国有资本经营预算财政拨款",
          bySource("stateCapital"),
          "国有资本经营预算财政拨款支出",
          accounts.stateCapitalSpending,
        ),
        [
          textCell("收入总计", { bold: true }),
          amountCell(fenOf(fiscal.amount), true),
          textCell("支出总计", { bold: true }),
          amountCell(fenOf(fiscal.amount), true),
        ],
      ],
    );
  }

  const basic = accounts.basicSpending;
  if (basic) {
    sheet(
      SCHEDULE_SHEET_NAMES.basic,
      SCHEDULE_SHEET_NAMES.basic,
      [30, 16],
      [
        [textCell("项目", { bold: true }), textCell("决算数", { bold: true })],
        [textCell("合计", { bold: true }), amountCell(fenOf(basic.total), true)],
        [textCell("人员经费", { align: "left" }), amountCell(fenOf(basic.personnel))],
        [textCell("公用经费", { align: "left" }), amountCell(fenOf(basic.public))],
      ],
    );
  }

  const empty = (name: string, title: string, wan: string | undefined, what: string) => {
    if (wan === undefined) return;
    const fen = wanToFen(wan);
    sheet(
      name,
      title,
      [30, 16],
      [
        [textCell("项目", { bold: true }), textCell("本年支出", { bold: true })],
        [textCell("合计", { bold: true }), amountCell(fen, true)],
      ],
      fen === 0 ? `注：本单位${dataset.year}年度无${what}，本表为空表。` : undefined,
    );
  };
  empty(
    SCHEDULE_SHEET_NAMES.governmentFund,
    "政府性基金预算财政拨款收入支出决算表",
    accounts.governmentFundSpending,
    "政府性基金预算财政拨款收入和支出",
  );
  empty(
    SCHEDULE_SHEET_NAMES.stateCapital,
    SCHEDULE_SHEET_NAMES.stateCapital,
    accounts.stateCapitalSpending,
    "国有资本经营预算财政拨款支出",
  );
}
