/**
 * Seed 001: 永州市零陵区科协 2024 — 基础数据表, 部门整体支出绩效自评表 and the self-evaluation report.
 * @module
 */
import type { z } from "zod";
import type {
  BasicDataFundRow,
  DatasetInput,
  ExecutionRow,
  FundSource,
  Indicator,
  SpendingNature,
} from "../../src/core/dataset/schema.ts";
import {
  cleanLevelName,
  compact,
  count,
  decimal,
  decimalOpt,
  lookup,
  printedOpt,
  splitTarget,
  wan,
  wanOpt,
  weightInLevelName,
} from "./convert.ts";
import { splitNarrative } from "./narrative.ts";
import { lineOf, quote, readSeed, type SangongKey001, type Seed001 } from "./seed-files.ts";

const SEED_001 = "001_c97dd32673ca4290.txt";

type FundKind = NonNullable<z.input<typeof BasicDataFundRow>["kind"]>;

/**
 * 经费控制情况 rows and what they hold. Detail rows with no kind of their own (办公费, 公车购置, 科普专项经费) have
 * none; the template placeholder rows ("……", "2.（一个专项一行）") are not data and are dropped.
 */
const FUND_KINDS: Record<string, FundKind> = {
  "一、部门基本支出": "basic",
  "其中：公用经费": "public",
  三公经费: "sangong",
  "1.公务用车购置和维护经费": "sangongVehicles",
  "2.出国经费": "sangongAbroad",
  "3.公务接待": "sangongReception",
  "二、项目支出小计": "project",
  政府采购金额: "procurement",
};
const TEMPLATE_ROW = /^(……|\d\.（一个(专项|项目)一行）)$/;

/** 按收入性质 / 按支出性质 labels of the funds breakdown. */
const INCOME_SOURCES: Record<string, FundSource> = {
  一般公共预算: "generalBudget",
  政府性基金拨款: "governmentFund",
  纳入专户管理的非税收入拨款: "specialAccount",
  其他资金: "other",
};
const SPENDING_NATURES: Record<string, SpendingNature> = { 基本支出: "basic", 项目支出: "project" };

export function buildLingling(): DatasetInput {
  const seed = readSeed<Seed001>(SEED_001);
  const t = seed.table;
  const table = t.dept_self_eval_table;
  const fa = t.final_accounts;

  const totalRow = table.funds[0];
  if (!totalRow) throw new Error(`${SEED_001}: 自评表缺少资金总额行`);
  const execution: ExecutionRow[] = [
    {
      label: totalRow.row,
      role: "total",
      initial: wan(totalRow.initial_budget),
      adjusted: wan(totalRow.annual_budget),
      executed: wan(totalRow.executed),
      printed: { rate: totalRow.exec_rate, weight: totalRow.weight, score: totalRow.score },
      sourceLine: totalRow.source_line,
    },
    ...table.funds_breakdown.rows.flatMap((row): ExecutionRow[] => {
      const rows: ExecutionRow[] = [];
      const income = breakdownCell(row.by_income_nature_printed);
      if (income) {
        const source = lookup(INCOME_SOURCES, income.label);
        rows.push({ label: income.label, role: "part", source, executed: income.executed, sourceLine: row.source_line });
      }
      const spending = breakdownCell(row.by_expenditure_nature_printed);
      if (spending) {
        const nature = lookup(SPENDING_NATURES, spending.label);
        rows.push({ label: spending.label, role: "part", nature, executed: spending.executed, sourceLine: row.source_line });
      }
      return rows;
    }),
  ];

  const level1Weights: Array<{ level1: string; weight: string }> = [];
  const indicators: Indicator[] = [];
  for (const row of table.indicators) {
    // The entirely blank row is an unused template line of the form, not an indicator.
    if (row.blank_row) continue;
    const levelWeight = weightInLevelName(row.level1);
    if (levelWeight !== undefined) level1Weights.push({ level1: cleanLevelName(row.level1), weight: levelWeight });
    indicators.push({
      level1: cleanLevelName(row.level1),
      level2: printedOpt(cleanLevelName(row.level2)),
      level3: row.level3,
      ...splitTarget(row.target_printed),
      actual: printedOpt(row.actual_printed),
      weight: decimalOpt(row.weight),
      reason: printedOpt(row.reason),
      printed: compact({ score: printedOpt(row.score) }),
      sourceLine: row.source_line,
    });
  }

  const staffRow = t.basic_data_table.staff_section.row;
  const sangongLine = lineOf(seed, "2024年度“三公”经费预算支出");
  const sangongItem = (key: SangongKey001) => ({
    budget: wan(fa.sangong.budget_2024[key]),
    amount: wan(fa.sangong.final_2024[key]),
    prior: wan(fa.sangong.final_2023[key]),
  });

  return {
    formatVersion: 1,
    year: count(t.unit.year),
    source: seed.file,
    unit: {
      name: t.unit.name,
      shortName: "零陵区科协",
      level: "county",
      type: "civilServiceManaged",
      typePrinted: t.unit.unit_type_printed,
      staff: {
        authorized: count(t.unit.staff.authorized),
        inService: count(t.unit.staff.actual_in_service),
        retired: count(t.unit.staff.retired),
        totalYearEnd: count(t.unit.staff.actual_total_year_end),
      },
    },
    basicData: {
      staff: {
        authorized: count(staffRow.编制数),
        inService: count(staffRow["2024年实际在职人数"]),
        printed: { controlRate: staffRow.控制率 },
      },
      funds: t.basic_data_table.funds_section.rows
        .filter((row) => !TEMPLATE_ROW.test(row.item))
        .map((row) => ({
          item: row.item,
          kind: FUND_KINDS[row.item],
          priorFinal: wanOpt(row["2023年决算数"]),
          budget: wanOpt(row["2024年预算数"]),
          final: wanOpt(row["2024年决算数"]),
          sourceLine: row.source_line,
        })),
      frugalityMeasures: printedOpt(t.basic_data_table.frugality_measures.value),
    },
    budget: { adjustmentStatement: quote(seed, "本年单位预算未进行预算相关事项的调整") },
    department: {
      evaluation: {
        executionWeight: decimal(totalRow.weight),
        execution,
        goals: table.goals.map((goal) => ({ expected: goal.expected_printed, actual: goal.actual_printed })),
        level1Weights,
        indicators,
        printed: { totalWeight: table.total_weight, totalScore: table.total_score },
      },
    },
    finalAccounts: {
      // "2024年收入支出决算124.88万元，与2023年…148.40万元相比，减少23.52万元" speaks of income and expenditure alike.
      income: {
        total: wan(fa.expenditure.收入支出决算_2024),
        prior: wan(fa.expenditure.收入支出决算_2023),
        items: [
          {
            name: "一般公共预算财政拨款收入",
            source: "generalBudget",
            amount: wan(fa.income.一般公共预算财政拨款收入_2024),
            prior: wan(fa.income.一般公共预算财政拨款收入_2023),
            printed: { change: fa.income.change_printed },
            sourceLine: lineOf(seed, "其中本年度一般公共预算财政拨款收入"),
          },
        ],
        printed: { change: fa.expenditure.change_printed },
      },
      expenditure: {
        total: wan(fa.expenditure.收入支出决算_2024),
        prior: wan(fa.expenditure.收入支出决算_2023),
        printed: { change: fa.expenditure.change_printed },
      },
      basicSpending: {
        total: wan(fa.basic.total_2024),
        personnel: wan(fa.basic.personnel_2024),
        public: wan(fa.basic.public_2024),
        prior: wan(fa.basic.total_2023),
        priorPersonnel: wan(fa.basic.personnel_2023),
        priorPublic: wan(fa.basic.public_2023),
        printed: {
          change: fa.basic.change_printed,
          personnelChange: fa.basic.personnel_change_printed,
          publicChange: fa.basic.public_change_printed,
        },
      },
      projectSpending: {
        total: wan(fa.project.total_2024),
        prior: wan(fa.project.total_2023),
        printed: { change: fa.project.change_printed },
      },
      // Only the three items are printed; the 三公 totals are left for the system to add up.
      sangong: {
        abroad: sangongItem("因公出国（境）费"),
        vehicles: sangongItem("公务用车购置及运行费"),
        reception: sangongItem("公务接待费"),
        printed: { change: fa.sangong.comparison_printed },
        sourceLine: sangongLine,
      },
    },
    narrative: splitNarrative(seed, [{ from: lineOf(seed, "2024年度零陵区科协整体支出"), to: seed.lines.length }]),
    // The seed's cover page (lines 330–345); the report itself ends without a signature, so the cover's name and
    // date sign it. Filed under the Hunan outline (一 … 十).
    filing: {
      outline: "hunan",
      cover: {
        lines: [
          quote(seed, "2024年度零陵区科协整体支出"),
          quote(seed, "绩效自评报告"),
          quote(seed, "单位名称：永州市零陵区科学技术协会"),
          quote(seed, "2025年7月10日"),
        ],
      },
      signature: quote(seed, "永州市零陵区科学技术协会"),
      date: quote(seed, "2025年7月10日"),
    },
  };
}

/**
 * One cell of the funds breakdown, such as "其中：  一般公共预算：124.88". The amount is the executed figure (it equals
 * the 全年执行数 of the total row). A cell with a label but no amount ("政府性基金拨款：") prints nothing to keep.
 */
function breakdownCell(cell: string): { label: string; executed: string } | null {
  const match = /^(?:其中：)?\s*([^：]+)：\s*(.*)$/.exec(cell.trim());
  const label = match?.[1]?.trim();
  const executed = wanOpt(match?.[2] ?? "");
  return label === undefined || executed === undefined ? null : { label, executed };
}
