/**
 * The seven charts of the 决算说明 (rules.md §5.1), built from the same amounts as the sentences beside them: 图1, 图4
 * and 图5 compare last year with this year; 图2, 图3, 图6 and 图7 split this year's total into its parts. Seed 004's
 * charts carried stale data (图3's "397.52, 281.57" add to neither year), which cannot happen when the chart and
 * the sentence read one figure.
 *
 * A pie shows only its non-zero parts (a zero slice draws nothing but an overlapping label); a chart with no data at
 * all is left out.
 * @module
 */
import type { Fen } from "../../money/fen.ts";
import { expenditureParts } from "./describe-expenditure.ts";
import { incomeParts } from "./describe-income.ts";
import { sangongItems } from "./describe-sangong.ts";
import type { FinalAccountsChart } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { generalBudgetClasses } from "./general-budget-classes.ts";
import type { NamedAmount } from "./part-list.ts";

/** 图1 收、支决算总计变动情况 (bar). */
export function totalsChart(context: FinalAccountsContext): FinalAccountsChart | null {
  const totals = context.accounts.totals;
  if (!totals) return null;
  return changeBars(
    context,
    "图1",
    "收、支决算总计变动情况",
    "收、支总计",
    fenOf(totals.prior),
    fenOf(totals.amount) ?? 0,
  );
}

/** 图2 收入决算结构 (pie). */
export function incomeChart(context: FinalAccountsContext): FinalAccountsChart | null {
  return pie("图2", "收入决算结构", `${context.year}年收入决算`, incomeParts(context));
}

/** 图3 支出决算结构 (pie). */
export function expenditureChart(context: FinalAccountsContext): FinalAccountsChart | null {
  return pie("图3", "支出决算结构", `${context.year}年支出决算`, expenditureParts(context));
}

/** 图4 财政拨款收、支决算总计变动情况 (bar). */
export function fiscalAppropriationChart(context: FinalAccountsContext): FinalAccountsChart | null {
  const fiscal = context.accounts.fiscalAppropriation;
  if (!fiscal) return null;
  return changeBars(
    context,
    "图4",
    "财政拨款收、支决算总计变动情况",
    "财政拨款收、支总计",
    fenOf(fiscal.prior),
    fenOf(fiscal.amount) ?? 0,
  );
}

/** 图5 一般公共预算财政拨款支出决算变动情况 (bar). */
export function generalBudgetChart(context: FinalAccountsContext): FinalAccountsChart | null {
  const budget = context.accounts.generalBudget;
  if (!budget) return null;
  return changeBars(
    context,
    "图5",
    "一般公共预算财政拨款支出决算变动情况",
    "一般公共预算财政拨款支出",
    fenOf(budget.prior),
    fenOf(budget.amount) ?? 0,
  );
}

/** 图6 一般公共预算财政拨款支出决算结构 (pie, 功能分类 at 类 level). */
export function functionClassChart(context: FinalAccountsContext): FinalAccountsChart | null {
  if (!context.accounts.generalBudget) return null;
  return pie(
    "图6",
    "一般公共预算财政拨款支出决算结构（按功能分类）",
    `${context.year}年决算数`,
    generalBudgetClasses(context),
  );
}

/** 图7 “三公”经费财政拨款支出结构 (pie): 因公出国（境）, 公务用车购置, 公务用车运行维护, 公务接待. */
export function sangongChart(context: FinalAccountsContext): FinalAccountsChart | null {
  const sangong = context.accounts.sangong;
  if (!sangong) return null;
  const [abroad, vehicles, reception] = sangongItems(sangong);
  const purchase = fenOf(sangong.vehicles?.purchase);
  const operation = fenOf(sangong.vehicles?.operation);
  // The vehicle split is shown when the dataset has it and it adds up; otherwise the one 公务用车 figure.
  const split = purchase !== undefined && operation !== undefined && purchase + operation === vehicles?.amount;
  const parts: NamedAmount[] = [
    { name: "因公出国（境）费", amount: abroad?.amount ?? 0 },
    ...(split
      ? [
          { name: "公务用车购置费", amount: purchase },
          { name: "公务用车运行维护费", amount: operation },
        ]
      : [{ name: "公务用车购置及运行维护费", amount: vehicles?.amount ?? 0 }]),
    { name: "公务接待费", amount: reception?.amount ?? 0 },
  ];
  return pie("图7", "“三公”经费财政拨款支出结构", `${context.year}年“三公”经费`, parts);
}

function changeBars(
  context: FinalAccountsContext,
  figure: string,
  title: string,
  seriesName: string,
  prior: Fen | undefined,
  current: Fen,
): FinalAccountsChart {
  const categories = prior === undefined ? [`${context.year}年`] : [`${context.priorYear}年`, `${context.year}年`];
  const values = prior === undefined ? [current] : [prior, current];
  return { figure, title, kind: "bar", categories, series: [{ name: seriesName, values }] };
}

function pie(
  figure: string,
  title: string,
  seriesName: string,
  parts: readonly NamedAmount[],
): FinalAccountsChart | null {
  const shown = parts.filter((part) => part.amount > 0);
  if (shown.length === 0) return null;
  return {
    figure,
    title,
    kind: "pie",
    categories: shown.map((part) => part.name),
    series: [{ name: seriesName, values: shown.map((part) => part.amount) }],
  };
}
