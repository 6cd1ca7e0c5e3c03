/**
 * The whole 部门决算情况说明 in the order of the 四川 form (rules.md §5.1, seed 004): 第一部分 部门概况, 第二部分 with
 * sections 一 to 十 and the seven charts, 第三部分 名词解释, 第四部分 附件 (the list of the reports filed with it, when
 * the unit files any), and the heading of the 附表 part; the parts are numbered by `finalAccountsParts`, from the
 * outline data. Pure: the dataset in, headings, paragraphs and chart data out; the Word layout is the docx builder's.
 * @module
 */
import type { Dataset } from "../../dataset/schema.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { DatasetScores } from "../../scoring/score-types.ts";
import {
  expenditureChart,
  fiscalAppropriationChart,
  functionClassChart,
  generalBudgetChart,
  incomeChart,
  sangongChart,
  totalsChart,
} from "./chart-figures.ts";
import { describeAssets } from "./describe-assets.ts";
import { describeBasicSpending } from "./describe-basic-spending.ts";
import { describeExpenditure } from "./describe-expenditure.ts";
import { describeFiscalAppropriation } from "./describe-fiscal-appropriation.ts";
import { describeFunctionLines } from "./describe-function-lines.ts";
import { describeGovernmentFund, describeStateCapital } from "./describe-fund-budgets.ts";
import { describeGeneralBudgetOverall, describeGeneralBudgetStructure } from "./describe-general-budget.ts";
import { describeGlossary } from "./describe-glossary.ts";
import { describeIncome } from "./describe-income.ts";
import { describeOperatingCosts } from "./describe-operating-costs.ts";
import { describeDuties, describeOrganisation } from "./describe-overview.ts";
import { describePerformance } from "./describe-performance.ts";
import { describeProcurement } from "./describe-procurement.ts";
import { describeSangongItems, describeSangongOverall, describeSangongStructure } from "./describe-sangong.ts";
import { describeTotals } from "./describe-totals.ts";
import {
  type FinalAccountsBlock,
  type FinalAccountsChart,
  type FinalAccountsText,
  paragraph,
} from "./final-accounts-blocks.ts";
import { finalAccountsContext } from "./final-accounts-context.ts";
import { attachmentTitles, type FinalAccountsPartKey, finalAccountsParts } from "./final-accounts-outline.ts";

/**
 * The text and charts of the 决算说明 for a dataset, or null when the dataset has no `finalAccounts`.
 *
 * @example
 * const text = composeFinalAccounts(dataset, { scores, profile }); // scores: the unit's sentences print as computed
 * text?.blocks.filter((b) => b.kind === "chart").length; // 7 for 凉山 2023
 */
export function composeFinalAccounts(
  dataset: Dataset,
  scored?: { scores: DatasetScores; profile: RuleProfile },
): FinalAccountsText | null {
  const context = finalAccountsContext(dataset, scored);
  if (!context) return null;
  const { year } = context;
  const attachments = attachmentTitles(dataset);
  const parts = finalAccountsParts(dataset, { attachments: attachments.length > 0, schedules: true });
  const headingOf = (key: FinalAccountsPartKey) => parts.find((p) => p.key === key)?.heading ?? "";
  const part = (key: FinalAccountsPartKey): FinalAccountsBlock => ({ kind: "part", text: headingOf(key) });
  const h1 = (text: string): FinalAccountsBlock => ({ kind: "heading1", text });
  const h2 = (text: string): FinalAccountsBlock => ({ kind: "heading2", text });
  const chart = (data: FinalAccountsChart | null): FinalAccountsBlock[] =>
    data ? [{ kind: "chart", chart: data }] : [];

  const blocks: FinalAccountsBlock[] = [
    part("overview"),
    h1("一、部门职责"),
    ...describeDuties(context),
    h1("二、机构设置"),
    ...describeOrganisation(context),

    part("statement"),
    h1("一、收入支出决算总体情况说明"),
    ...describeTotals(context),
    ...chart(totalsChart(context)),
    h1("二、收入决算情况说明"),
    ...describeIncome(context),
    ...chart(incomeChart(context)),
    h1("三、支出决算情况说明"),
    ...describeExpenditure(context),
    ...chart(expenditureChart(context)),
    h1("四、财政拨款收入支出决算总体情况说明"),
    ...describeFiscalAppropriation(context),
    ...chart(fiscalAppropriationChart(context)),
    h1("五、一般公共预算财政拨款支出决算情况说明"),
    h2("（一）一般公共预算财政拨款支出决算总体情况"),
    ...describeGeneralBudgetOverall(context),
    ...chart(generalBudgetChart(context)),
    h2("（二）一般公共预算财政拨款支出决算结构情况"),
    ...describeGeneralBudgetStructure(context),
    ...chart(functionClassChart(context)),
    h2("（三）一般公共预算财政拨款支出决算具体情况"),
    ...describeFunctionLines(context),
    h1("六、一般公共预算财政拨款基本支出决算情况说明"),
    ...describeBasicSpending(context),
    h1("七、财政拨款“三公”经费支出决算情况说明"),
    h2("（一）“三公”经费财政拨款支出决算总体情况说明"),
    ...describeSangongOverall(context),
    h2("（二）“三公”经费财政拨款支出决算具体情况说明"),
    ...describeSangongStructure(context),
    ...chart(sangongChart(context)),
    ...describeSangongItems(context),
    h1("八、政府性基金预算支出决算情况说明"),
    ...describeGovernmentFund(context),
    h1("九、国有资本经营预算支出决算情况说明"),
    ...describeStateCapital(context),
    h1("十、其他重要事项的情况说明"),
    h2("（一）机关运行经费支出情况"),
    ...describeOperatingCosts(context),
    h2("（二）政府采购支出情况"),
    ...describeProcurement(context),
    h2("（三）国有资产占有使用情况"),
    ...describeAssets(context),
    h2("（四）预算绩效管理情况"),
    ...describePerformance(context),

    part("glossary"),
    ...describeGlossary(context),

    ...(attachments.length > 0 ? [part("attachments"), ...attachments.map(paragraph)] : []),
  ];
  const titleLines = [context.unitName, `${year}年度部门决算情况说明`];
  return { title: titleLines.join(""), titleLines, blocks, schedulesHeading: headingOf("schedules") };
}
