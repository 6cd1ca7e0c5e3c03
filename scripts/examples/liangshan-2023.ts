/**
 * Seed 004: 凉山州科协 2023 — 部门决算情况说明 (with chart data), the whole-department and department-budget reports
 * (附件1-1, 1-2), three project reports (附件2-1…2-3) and the 21 部门预算项目支出绩效自评表.
 * @module
 */
import type { z } from "zod";
import type {
  ChartData,
  DatasetInput,
  ExecutionRow,
  FundSource,
  Indicator,
  Project,
  SpendingNature,
} from "../../src/core/dataset/schema.ts";
import { fenToWan, wanToFen } from "../../src/core/money/fen.ts";
import { parseChangePhrase } from "../../src/core/parse/parse-change.ts";
import {
  cleanLevelName,
  decimal,
  compact,
  count,
  decimalOpt,
  lookup,
  operatorFields,
  printedOpt,
  projectScores,
  wan,
  wanOpt,
  weightInHeader,
} from "./convert.ts";
import { splitNarrative } from "./narrative.ts";
import {
  type BudgetRow004,
  type Chart004,
  type IndicatorRow004,
  lineOf,
  quote,
  type ProjectTable004,
  readSeed,
  type SangongItem004,
  type Seed004,
} from "./seed-files.ts";

const SEED_004 = "004_a45521c9d62b1714.txt";

const INCOME_SOURCES: Record<string, FundSource> = {
  一般公共预算财政拨款收入: "generalBudget",
  政府性基金预算财政拨款收入: "governmentFund",
  国有资本经营预算财政拨款收入: "stateCapital",
  上级补助收入: "superiorSubsidy",
  事业收入: "serviceIncome",
  经营收入: "operatingIncome",
  附属单位上缴收入: "affiliatedRemittance",
  其他收入: "other",
};

const SPENDING_NATURES: Record<string, SpendingNature> = {
  基本支出: "basic",
  项目支出: "project",
  上缴上级支出: "remitToSuperior",
  经营支出: "operating",
  对附属单位补助支出: "subsidyToAffiliated",
};

/** The five budget rows of a project table and the money each 其中 row stands for. */
const BUDGET_ROWS: Record<string, { role: "total" | "part"; source?: ExecutionRow["source"] }> = {
  总额: { role: "total" },
  "其中：财政资金": { role: "part", source: "fiscal" },
  财政专户管理资金: { role: "part", source: "specialAccount" },
  单位资金: { role: "part", source: "unitFunds" },
  其他资金: { role: "part", source: "other" },
};

export function buildLiangshan(): DatasetInput {
  const seed = readSeed<Seed004>(SEED_004);
  const t = seed.table;
  const fa = t.final_accounts;
  const charts = fa.charts.map(chart);

  // The 2022 totals are printed only in the chart data: 图1 (收、支总计), 图4 (财政拨款), 图5 (一般公共预算支出).
  const priorFrom = (figure: string) => {
    const data = charts.find((c) => c.figure === figure);
    const prior = data?.series[0]?.values[data.categories.findIndex((c) => c.startsWith("2022年"))];
    if (prior === undefined) throw new Error(`${SEED_004}: ${figure} 中没有2022年数据`);
    return prior;
  };

  // Class codes are printed in the 项 lines (206/208/210) and, for 住房保障支出, only in 名词解释 17 (with its typo).
  const classCodes = new Map(fa.function_lines.map((line) => [line.class_name, line.class]));
  lineOf(seed, "住房保障自出（221类）");
  classCodes.set("住房保障支出", "221");

  const gpb = fa.general_public_budget_expenditure;
  const sangong = fa.sangong;
  const sangongItem = (name: string): SangongItem004 => {
    const item = sangong.items.find((i) => i.name === name);
    if (!item) throw new Error(`${SEED_004}: 三公经费缺少“${name}”`);
    return item;
  };
  const subItem = (item: SangongItem004, name: string) => {
    const sub = item.sub_items?.find((s) => s.name === name);
    if (!sub) throw new Error(`${SEED_004}: “${item.name}”缺少“${name}”`);
    return sub;
  };
  const abroad = sangongItem("因公出国（境）费");
  const vehicles = sangongItem("公务用车购置及运行维护费");
  const reception = sangongItem("公务接待费");
  const domestic = subItem(reception, "国内公务接待支出");

  const initial = t.budget.initial_budget;
  const initialLine = lineOf(seed, "年初预算支出为一般公共预算614.51万元");
  const overall = t.overall_scores[0];
  if (!overall) throw new Error(`${SEED_004}: 缺少整体得分`);

  return {
    formatVersion: 1,
    year: count(t.unit.year),
    source: seed.file,
    unit: {
      name: t.unit.name,
      shortName: "州科协",
      level: "prefecture",
      typePrinted: t.unit.unit_type_printed,
      // 编制 is printed only by kind (行政10 + 工勤1 + 事业6) and 在职 likewise, so no total is invented for them.
      staff: { retired: count(t.unit.staff.退休职工_年末), totalYearEnd: count(t.unit.staff.total) },
      assets: {
        fixedAssetsTotal: wan(t.unit.assets.fixed_assets_original_value),
        newFixedAssets: wan(t.unit.assets.new_fixed_assets),
        printed: { utilisationRate: t.unit.assets.资产利用率 },
      },
    },
    budget: {
      initial: {
        total: wan(initial.total),
        items: [
          {
            name: "基本支出",
            nature: "basic",
            amount: wan(initial.basic),
            printed: { share: initial.basic_share },
            sourceLine: initialLine,
          },
          {
            name: "项目支出",
            nature: "project",
            amount: wan(initial.project),
            printed: { share: initial.project_share },
            sourceLine: initialLine,
          },
        ],
        printed: { total: initial.total },
      },
    },
    finalAccounts: {
      totals: {
        amount: wan(fa.totals.收支总计),
        prior: priorFrom("图1"),
        printed: {
          total: fa.totals.收支总计,
          change: fa.totals.change_vs_2022_printed,
          changeRate: fa.totals.change_pct_printed,
        },
      },
      income: {
        total: wan(fa.income.total),
        items: fa.income.items.map((item) => ({
          name: item.name,
          source: lookup(INCOME_SOURCES, item.name),
          amount: wan(item.amount),
          printed: compact({ share: item.share }),
          sourceLine: fa.income.source_line,
        })),
        printed: { total: fa.income.total },
      },
      expenditure: {
        total: wan(fa.expenditure.total),
        items: fa.expenditure.items.map((item) => ({
          name: item.name,
          nature: lookup(SPENDING_NATURES, item.name),
          amount: wan(item.amount),
          printed: compact({ share: item.share }),
          sourceLine: fa.expenditure.source_line,
        })),
        printed: { total: fa.expenditure.total },
      },
      fiscalAppropriation: {
        amount: wan(fa.fiscal_appropriation_totals.财政拨款收支总计),
        prior: priorFrom("图4"),
        printed: {
          total: fa.fiscal_appropriation_totals.财政拨款收支总计,
          change: fa.fiscal_appropriation_totals.change_vs_2022_printed,
          changeRate: fa.fiscal_appropriation_totals.change_pct_printed,
        },
      },
      generalBudget: {
        amount: wan(gpb.total),
        prior: priorFrom("图5"),
        // 完成预算142.24% is measured against the 年初预算 614.51 (附件1-2), so that is the budget recorded here.
        initialBudget: wan(initial.total),
        byClass: gpb.by_class.map((line) => ({
          name: line.name,
          code: classCodes.get(line.name),
          amount: wan(line.amount),
          printed: compact({ share: line.share }),
          sourceLine: gpb.by_class_source_line,
        })),
        // The total is taken from the 具体情况 sentence ("决算数为874.05，完成预算142.24%"), which prints the
        // completion rate and lacks the unit; the audit needs both from the same place.
        printed: {
          total: gpb.detail_total_printed,
          completion: gpb.detail_completion_printed,
          change: gpb.change_vs_2022_printed,
          changeRate: gpb.change_pct_printed,
          shareOfTotal: gpb.share_of_total_expenditure,
        },
      },
      functionLines: fa.function_lines.map((line) => ({
        code: `${line.class}${line.kuan}${line.xiang}`,
        className: line.class_name,
        kuanName: line.kuan_name,
        xiangName: line.xiang_name,
        nature: lookup({ 基本支出: "basic", 项目支出: "project" } as const, line.nature),
        amount: wan(line.amount),
        // "决算与预算数持平" states the budget (the 调整后预算, as line 3's "完成调整预算100%" names it) equals the amount.
        adjustedBudget: /持平/.test(line.comparison_printed) ? wan(line.amount) : undefined,
        printed: { completion: line.completion_printed, comparison: line.comparison_printed },
        sourceLine: line.source_line,
      })),
      basicSpending: { total: wan(fa.basic.total), personnel: wan(fa.basic.personnel), public: wan(fa.basic.public) },
      // Prior years and budgets of 三公 are not printed; they follow from what is printed and consistent:
      // - prior = current ∓ the printed change amount (总额 7.60 "减少49.19万元" → 56.79; 公务用车 7.41 "减少49.23万元"
      //   → 56.64; 公务接待 0.19 "增加0.04万元" → 0.15), never from the printed rates (647.24% and 27% are wrong);
      // - budget = amount where "完成预算100%" is printed (总额, 公务用车, 公务接待);
      // - 因公出国（境） is what the total leaves: prior 56.79 − 56.64 − 0.15 = 0, budget 7.60 − 7.41 − 0.19 = 0, which
      //   is why its "完成预算0%" has no base.
      sangong: {
        amount: wan(sangong.total),
        prior: priorFromChange(sangong.total, sangong.change_vs_prior_printed),
        budget: budgetFromFullCompletion(sangong.total, sangong.completion),
        abroad: {
          amount: wan(abroad.amount),
          prior: remainder(priorFromChange(sangong.total, sangong.change_vs_prior_printed), [
            priorFromChange(vehicles.amount, vehicles.change_printed),
            priorFromChange(reception.amount, reception.change_printed),
          ]),
          budget: remainder(budgetFromFullCompletion(sangong.total, sangong.completion), [
            budgetFromFullCompletion(vehicles.amount, vehicles.completion),
            budgetFromFullCompletion(reception.amount, reception.completion),
          ]),
          groups: abroad.groups === undefined ? undefined : count(abroad.groups),
          persons: abroad.persons === undefined ? undefined : count(abroad.persons),
          printed: sangongPrinted(abroad),
        },
        vehicles: {
          amount: wan(vehicles.amount),
          prior: priorFromChange(vehicles.amount, vehicles.change_printed),
          budget: budgetFromFullCompletion(vehicles.amount, vehicles.completion),
          purchase: wan(subItem(vehicles, "公务用车购置支出").amount),
          operation: wan(subItem(vehicles, "公务用车运行维护费支出").amount),
          printed: sangongPrinted(vehicles),
        },
        reception: {
          amount: wan(reception.amount),
          prior: priorFromChange(reception.amount, reception.change_printed),
          budget: budgetFromFullCompletion(reception.amount, reception.completion),
          domestic: wan(domestic.amount),
          foreign: wan(subItem(reception, "外事接待支出").amount),
          batches: domestic.batches === undefined ? undefined : count(domestic.batches),
          personTimes: domestic.person_times === undefined ? undefined : count(domestic.person_times),
          details: (domestic.details ?? []).map((d) => ({
            description: d.desc,
            persons: count(d.persons),
            amount: wan(d.amount),
          })),
          printed: sangongPrinted(reception),
        },
        printed: {
          total: sangong.total,
          completion: sangong.completion,
          change: sangong.change_vs_prior_printed,
          changeRate: sangong.change_pct_printed,
        },
        sourceLine: sangong.source_line,
      },
      operatingCosts: {
        amount: wan(fa.operating_costs.amount),
        // 51.17 "比2022年度增加1.84万元" → 49.33 (the printed 37.3% is a shifted decimal point of 3.73%).
        prior: priorFromChange(fa.operating_costs.amount, fa.operating_costs.change_printed),
        printed: { change: fa.operating_costs.change_printed, changeRate: fa.operating_costs.change_pct_printed },
      },
      procurement: {
        total: wan(fa.procurement.total),
        goods: wan(fa.procurement.goods),
        works: wan(fa.procurement.works),
        services: wan(fa.procurement.services),
        smeContracts: wan(fa.procurement.sme_contracts),
        smallMicroContracts: wan(fa.procurement.small_micro_contracts),
        purpose: fa.procurement.purpose_printed,
        printed: { smeShare: fa.procurement.sme_share, smallMicroShare: fa.procurement.small_micro_share },
      },
      assets: {
        vehicles: count(fa.assets.vehicles),
        vehiclesByUse: Object.fromEntries(
          (["主要领导干部用车", "机要通信用车", "应急保障用车", "其他用车"] as const).map((use) => [use, count(fa.assets[use])]),
        ),
        largeEquipment: count(fa.assets.equipment_over_100万元),
      },
      governmentFundSpending: wan(fa.government_fund_expenditure.amount),
      stateCapitalSpending: wan(fa.state_capital_expenditure.amount),
      charts,
    },
    // 附件1-1 scores the department against the 2023年凉山州部门预算绩效评价指标体系 by its five dimensions. The seed
    // prints each score and the one deduction (3分 on 部门预算总体绩效); each dimension's 分值 is its score plus
    // that deduction (30/20/30/14/6, adding to 100), the 指标体系 itself not being in the seed.
    department: {
      framework: {
        name: quote(seed, "2023年凉山州部门预算绩效评价指标体系"),
        dimensions: overall["dimensions_附件1-1"].map((d) => {
          const score = decimal(d.score_printed.replace(/分$/, ""));
          const deduction = d.deduction_printed === undefined ? "0" : decimal(d.deduction_printed.replace(/分$/, ""));
          return {
            name: d.dimension,
            weight: String(Number(score) + Number(deduction)),
            score,
            ...(d.deduction_printed === undefined
              ? {}
              : { reason: quote(seed, "资金支付前期较缓慢、支出经济科目在预算编制和实际支出决算上存在一定的差异，体现了编制仍不够精准") }),
            sourceLine: d.source_line,
          };
        }),
      },
    },
    projects: t.project_tables.map((table) => project(table, projectCategory(seed.lines, t, table.table_no))),
    narrative: splitNarrative(seed, [
      // 第一部分 … 附件2-3: the prose. The 21 project tables follow (lines 474–4256) and are in `projects`.
      { from: 1, to: lineOf(seed, "附表：部门预算项目支出绩效自评表") - 1 },
      // 第五部分 lists the 13 决算 tables by title only; kept as one section, the titles are not headings.
      { from: lineOf(seed, "第五部分 附表"), to: lineOf(seed, "十三、财政拨款“三公”经费支出决算表"), flat: true },
    ]),
    // 附件1-1 (the 整体 self-evaluation) ends "特此报告。" and its date (seed lines 203–205); Sichuan's outline.
    filing: {
      outline: "sichuan",
      closing: quote(seed, "特此报告。"),
      signature: quote(seed, "凉山州科学技术协会"),
      date: quote(seed, "2024年1月15日"),
    },
    publishedScores: [
      {
        label: overall.description,
        score: overall.score_printed,
        components: overall["dimensions_附件1-1"].map((d) => ({ label: d.dimension, score: d.score_printed })),
        sourceLine: lineOf(seed, "总体扣分3分，最后得分97分"),
      },
      // Scores stated in the reports' prose; the tables' own 评价结论 cells are kept with each project.
      ...projectScores(t.project_reports_scores.filter((s) => !s.source_section?.startsWith("部门预算项目支出绩效自评表"))),
    ],
  };
}

/**
 * Last year's amount from this year's and the printed change amount ("较上年度减少49.19万元" → 7.60 + 49.19), in 分.
 * Only an amount in 万元 with its verb is used; a rate is never trusted for this.
 */
function priorFromChange(current: string, printedChange: string): string {
  const change = parseChangePhrase(printedChange);
  if (!change?.valueText || change.unit !== "万元" || change.placeholder || change.direction === null) {
    throw new Error(`${SEED_004}: 无法从“${printedChange}”推算上年数`);
  }
  const amount = wanToFen(change.valueText);
  const now = wanToFen(wan(current));
  const prior = change.direction === "increase" ? now - amount : change.direction === "decrease" ? now + amount : now;
  return fenToWan(prior).toString();
}

/** The budget where the document prints "完成预算100%": equal to the amount. */
function budgetFromFullCompletion(amount: string, printedCompletion: string): string {
  if (!/^完成(?:调整)?预算(?:的)?100%$/.test(printedCompletion.trim())) {
    throw new Error(`${SEED_004}: “${printedCompletion}”不是100%，不能推算预算数`);
  }
  return wan(amount);
}

/** What a total leaves after its other parts, in 分 (never negative: that would mean the derivation is wrong). */
function remainder(total: string, parts: readonly string[]): string {
  const rest = parts.reduce((left, part) => left - wanToFen(part), wanToFen(total));
  if (rest < 0) throw new Error(`${SEED_004}: 推算出负数 ${total} − ${parts.join(" − ")}`);
  return fenToWan(rest).toString();
}

function sangongPrinted(item: SangongItem004) {
  return compact({
    share: printedOpt(item.share),
    completion: printedOpt(item.completion),
    change: printedOpt(item.change_printed),
    changeRate: printedOpt(item.change_pct_printed),
  });
}

/**
 * 附件1-2 sorts the projects into 常年项目 (8) and 阶段（一次性）项目 (3); the transcription links each listed
 * project to its table. Tables the report does not list (the 人员类/运转类 tables 1–9 and the sub-project table 14)
 * get no category: none is printed for them.
 */
function projectCategory(lines: readonly string[], t: Seed004, tableNo: number): string | undefined {
  const recurringFrom = lines.findIndex((l) => l.startsWith("常年项目绩效分析")) + 1;
  const oneOffFrom = lines.findIndex((l) => l.startsWith("阶段（一次性）项目绩效分析")) + 1;
  if (recurringFrom === 0 || oneOffFrom === 0) throw new Error(`${SEED_004}: 附件1-2 中找不到项目分类`);
  const listed = t.project_reports_scores.find(
    (s) => s.source_section?.startsWith("附件1-2") && s.matching_project_table_no === tableNo,
  );
  if (!listed) return undefined;
  return listed.source_line > oneOffFrom ? "阶段项目" : listed.source_line > recurringFrom ? "常年项目" : undefined;
}

function project(table: ProjectTable004, category: string | undefined): z.input<typeof Project> {
  const firstBlock = table.indicator_block_headers[0];
  if (!firstBlock) throw new Error(`项目表${table.table_no}缺少绩效指标表头`);
  return {
    code: table.project_code,
    name: table.project_name,
    category,
    department: table.department,
    implementer: table.implementer,
    goals: printedOpt(table.goals),
    goalCompletion: printedOpt(table.goal_completion),
    process: printedOpt(table.process),
    evaluation: {
      executionWeight: weightInHeader(table.budget_section_label_printed),
      execution: table.budget_rows.map(executionRow),
      // Both blocks of table 16 print "绩效指标（90分）"; the section weight is the same either way.
      indicatorSectionWeight: weightInHeader(firstBlock.header_printed),
      indicators: table.indicators.map(indicator),
      printed: { totalWeight: table.total_weight_printed, totalScore: table.total_score_printed },
    },
    conclusion: printedOpt(table.conclusion),
    problems: printedOpt(table.problems),
    measures: printedOpt(table.measures),
    projectLead: printedOpt(table.project_lead),
    financeLead: printedOpt(table.finance_lead),
    sourceLine: table.source_line,
  };
}

function executionRow(row: BudgetRow004): ExecutionRow {
  const kind = BUDGET_ROWS[row.row];
  if (!kind) throw new Error(`未知的预算执行行“${row.row}”（第${row.source_line}行）`);
  return {
    label: row.row,
    role: kind.role,
    source: kind.source,
    initial: wanOpt(row.initial),
    adjusted: wanOpt(row.adjusted),
    executed: wanOpt(row.executed),
    reason: printedOpt(row.reason),
    // "/" in the 分值/得分 cells of the 其中 rows is printed, so it is kept; blank cells are not.
    printed: compact({ rate: printedOpt(row.rate_printed), weight: printedOpt(row.weight), score: printedOpt(row.score) }),
    sourceLine: row.source_line,
  };
}

function indicator(row: IndicatorRow004): Indicator {
  return {
    level1: cleanLevelName(row.level1),
    level2: printedOpt(cleanLevelName(row.level2)),
    level3: row.level3,
    ...operatorFields(row.operator_printed),
    target: printedOpt(row.target),
    unit: printedOpt(row.unit),
    actual: printedOpt(row.actual),
    weight: decimalOpt(row.weight),
    reason: printedOpt(row.reason),
    printed: compact({ score: printedOpt(row.score) }),
    block: row.block,
    sourceLine: row.source_line,
  };
}

/**
 * The chart data embedded at the end of the seed, in the transcription's `interpreted` reading.
 * - Bar charts (图1, 图4, 图5) print year labels and two values; the extraction interleaves or repeats the labels
 *   ("2022年\t / 877.47\t2023年\t / 874.05"), and the evident reading is one series over [2022年, 2023年]. The data
 *   has no series name, so the chart's own title names it.
 * - Pie charts (图2, 图3, 图6, 图7) print a data-sheet column ("列1 701.17 125.26 …"), then the category labels, then
 *   a second run of values. The second run is kept as the series "标签后数值": it does not match the first (图6:
 *   707.91 + 128.01 + 19.61 + 21.94 = 877.47, the 2022 total; 图2: 616.54; 图3: 397.52, 281.57, 0, 0, 0), which
 *   reads as stale cached chart values. The data sheets list only the categories with spending, so values follow
 *   the printed order and do not line up index by index with the labels (图6 has 7 labels and 4 values).
 */
function chart(c: Chart004): ChartData {
  const kind = c.kind === "柱状图" ? "bar" : c.kind === "饼状图" ? "pie" : null;
  if (kind === null) throw new Error(`未知的图表类型“${c.kind}”`);
  const data = c.data_if_any.interpreted;
  if (data.categories && data.values) {
    const name = c.data_if_any.data_title_printed.replace(/^图(表)?\d+：/, "");
    return {
      figure: c.figure,
      kind,
      title: c.title,
      categories: data.categories,
      series: [{ name, values: data.values.map(wan) }],
    };
  }
  if (!data.category_labels || !data.series_name || !data.series_values || !data.values_after_labels) {
    throw new Error(`${c.figure} 的图表数据不完整`);
  }
  return {
    figure: c.figure,
    kind,
    title: c.title,
    categories: data.category_labels,
    series: [
      { name: data.series_name, values: data.series_values.map(wan) },
      { name: "标签后数值", values: data.values_after_labels.map(wan) },
    ],
  };
}
