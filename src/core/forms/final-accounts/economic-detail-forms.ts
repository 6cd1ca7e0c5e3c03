/**
 * The two 附表 by 支出经济分类: 财政拨款支出决算明细表 (公开05表) and 一般公共预算财政拨款支出决算明细表 (公开07表),
 * 五 and 七 of seed 004's 第五部分. Their lines are the 部门预算支出经济分类 科目 (301 工资福利支出 …, rules §6.3),
 * which neither seed 004 nor any dataset gives: the seed lists both tables by name and prints neither.
 *
 * So each is the official form with what the data do determine — its 合计, split into 基本支出 (人员经费, 公用经费)
 * and 项目支出 exactly as the 支出决算表 and the 基本支出决算表 print them — and a note that the 科目 lines are not
 * listed. No line is invented, and no "本年度无此项" is said of spending the unit had (874.05万元 for 凉山).
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import { type Fen, sumFen } from "../../money/fen.ts";
import { type Form, type FormCell, headerCell } from "../form.ts";
import { functionClassRows } from "./function-class-rows.ts";
import { amountCell, fenOf, scheduleForm } from "./schedule-form.ts";

export const ECONOMIC_DETAIL_FORM_NAMES = {
  fiscal: "财政拨款支出决算明细表",
  generalBudget: "一般公共预算财政拨款支出决算明细表",
} as const;

/** 合计 | 基本支出 (人员经费, 公用经费) | 项目支出 of a table; null where the data do not split it. */
interface DetailTotals {
  total: Fen;
  personnel: Fen | null;
  publicFunds: Fen | null;
  project: Fen | null;
}

const WIDTHS = [14, 30, 14, 14, 14, 14] as const;
/** Said of the lines the data do not hold, in the words of the other 附表's notes ("…未列款、项级科目"). */
const NOTE = "注：本表未列按部门预算支出经济分类（类、款）的科目明细，仅列合计数。";

/** 公开07表: the 一般公共预算财政拨款支出, or null when the accounts have no 一般公共预算 figures. */
export function buildGeneralBudgetDetailForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const totals = generalBudgetTotals(accounts);
  return totals ? detailForm(dataset, ECONOMIC_DETAIL_FORM_NAMES.generalBudget, totals) : null;
}

/**
 * 公开05表: every 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营). Its split is the 一般公共预算's when the other two
 * funds spent nothing (凉山); a fund's own 基本/项目 split is not in the data, so with fund spending it is left blank.
 */
export function buildFiscalDetailForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const general = generalBudgetTotals(accounts);
  if (!general || !accounts.fiscalAppropriation) return null;
  const funds = sumFen([fenOf(accounts.governmentFundSpending) ?? 0, fenOf(accounts.stateCapitalSpending) ?? 0]);
  const totals: DetailTotals =
    funds === 0
      ? general
      : { total: sumFen([general.total, funds]), personnel: null, publicFunds: null, project: null };
  return detailForm(dataset, ECONOMIC_DETAIL_FORM_NAMES.fiscal, totals);
}

/**
 * The 合计 of the 一般公共预算财政拨款支出决算表 (the same `functionClassRows`), its 基本支出 split into the
 * 人员经费 and 公用经费 of the 基本支出决算表 when those two add up to it, else left blank.
 */
function generalBudgetTotals(accounts: FinalAccounts): DetailTotals | null {
  const built = functionClassRows(accounts);
  if (!built) return null;
  const personnel = fenOf(accounts.basicSpending?.personnel);
  const publicFunds = fenOf(accounts.basicSpending?.public);
  const splits =
    built.basic !== null &&
    personnel !== null &&
    publicFunds !== null &&
    sumFen([personnel, publicFunds]) === built.basic;
  return {
    total: built.total,
    personnel: splits ? personnel : null,
    publicFunds: splits ? publicFunds : null,
    project: built.project,
  };
}

function detailForm(dataset: Dataset, name: string, totals: DetailTotals): Form {
  const rows: FormCell[][] = [
    [
      headerCell("科目编码", { rowSpan: 2 }),
      headerCell("科目名称", { rowSpan: 2 }),
      headerCell("合计", { rowSpan: 2 }),
      headerCell("基本支出", { colSpan: 2 }),
      headerCell("项目支出", { rowSpan: 2 }),
    ],
    [headerCell("人员经费"), headerCell("公用经费")],
    [
      headerCell("合计", { colSpan: 2 }),
      amountCell(totals.total, true),
      amountCell(totals.personnel, true),
      amountCell(totals.publicFunds, true),
      amountCell(totals.project, true),
    ],
  ];
  return scheduleForm(dataset, { name, columnWidths: WIDTHS, headerRows: 2, rows, notes: [NOTE] });
}
