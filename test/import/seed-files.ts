/**
 * Reading the seed material: the five sample documents and their transcriptions (`seeds/tables/*.json`, a copy of
 * `shared/seeds` described in its README). Only the parts the example builder uses are typed;
 * every value in a transcription is a string exactly as printed.
 * @module
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, found from this file so the builder runs from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEEDS_DIR = resolve(REPO_ROOT, "seeds");

export interface Seed<T> {
  /** File name of the seed document, e.g. "004_a45521c9d62b1714.txt". */
  file: string;
  /** The document split on "\n"; `line(n)` is the 1-based line n. */
  lines: string[];
  table: T;
}

export function readSeed<T>(file: string): Seed<T> {
  const text = readFileSync(join(SEEDS_DIR, file), "utf8");
  const table = JSON.parse(readFileSync(join(SEEDS_DIR, "tables", file.replace(/\.txt$/, ".json")), "utf8")) as T;
  return { file, lines: text.split("\n"), table };
}

/** 1-based line of the first occurrence of `fragment` in the seed; throws when absent, so a quote is always real. */
export function lineOf(seed: Seed<unknown>, fragment: string): number {
  const index = seed.lines.findIndex((line) => line.includes(fragment));
  if (index < 0) throw new Error(`${seed.file} 中找不到“${fragment}”`);
  return index + 1;
}

/** Returns `fragment` after checking that the seed prints it, so a quoted statement can never drift from the source. */
export function quote(seed: Seed<unknown>, fragment: string): string {
  lineOf(seed, fragment);
  return fragment;
}

// ---- shapes shared by several transcriptions ----

export interface NamedAmount {
  name: string;
  amount: string;
  share?: string;
}

export interface ProjectScorePrinted {
  project_printed: string;
  score_printed: string;
  source_line: number;
  source_section?: string;
  matching_project_table_no?: number;
}

// ---- 000 西藏 ----

export interface Seed000 {
  unit: {
    name: string;
    short_name_printed: string;
    year: string;
    staff: { authorized: string; actual: string };
  };
  budget_execution: {
    initial_budget: string;
    income: {
      total: string;
      fiscal_appropriation_printed_as_财拨收入: string;
      fiscal_appropriation_share: string;
      other_income: string;
      other_income_share: string;
    };
    expenditure: { total: string; by_function: NamedAmount[] };
  };
  performance_indicators_prose: Array<{
    level1: string;
    level2: string;
    indicator: string;
    target_printed: string;
    actual_printed: string;
  }>;
  overall_scores: Array<{
    description: string;
    score_printed: string;
    components: Record<string, string>;
    rating_printed: string;
    source_line: number;
  }>;
}

// ---- 001 零陵 ----

export interface Seed001 {
  unit: {
    name: string;
    unit_type_printed: string;
    year: string;
    staff: { authorized: string; actual_total_year_end: string; actual_in_service: string; retired: string };
  };
  basic_data_table: {
    staff_section: { row: { 编制数: string; "2024年实际在职人数": string; 控制率: string } };
    funds_section: {
      rows: Array<{
        item: string;
        "2023年决算数": string;
        "2024年预算数": string;
        "2024年决算数": string;
        source_line: number;
      }>;
    };
    frugality_measures: { value: string };
  };
  dept_self_eval_table: {
    funds: Array<{
      row: string;
      initial_budget: string;
      annual_budget: string;
      executed: string;
      weight: string;
      exec_rate: string;
      score: string;
      source_line: number;
    }>;
    funds_breakdown: {
      rows: Array<{ by_income_nature_printed: string; by_expenditure_nature_printed: string; source_line: number }>;
    };
    goals: Array<{ expected_printed: string; actual_printed: string }>;
    indicators: Array<{
      level1: string;
      level2: string;
      level3: string;
      target_printed: string;
      actual_printed: string;
      weight: string;
      score: string;
      reason: string;
      source_line: number;
      blank_row?: boolean;
    }>;
    total_weight: string;
    total_score: string;
  };
  final_accounts: {
    income: { 一般公共预算财政拨款收入_2024: string; 一般公共预算财政拨款收入_2023: string; change_printed: string };
    expenditure: { 收入支出决算_2024: string; 收入支出决算_2023: string; change_printed: string };
    basic: {
      total_2024: string;
      total_2023: string;
      change_printed: string;
      personnel_2024: string;
      personnel_2023: string;
      personnel_change_printed: string;
      public_2024: string;
      public_2023: string;
      public_change_printed: string;
    };
    project: { total_2024: string; total_2023: string; change_printed: string };
    sangong: {
      budget_2024: Record<SangongKey001, string>;
      final_2024: Record<SangongKey001, string>;
      final_2023: Record<SangongKey001, string>;
      comparison_printed: string;
    };
  };
}
export type SangongKey001 = "因公出国（境）费" | "公务用车购置及运行费" | "公务接待费";

// ---- 002 乐山 ----

export interface Seed002 {
  unit: { name: string; year: string; staff: { authorized: string } };
  budget: {
    income: Record<string, string | { amount: string; share: string }>;
    expenditure: { "收入、支出预算": string; by_function: NamedAmount[] };
  };
  project_reports_scores: ProjectScorePrinted[];
}

// ---- 003 临泽 ----

export interface Seed003 {
  unit: {
    name: string;
    unit_type_printed: string;
    year: string;
    assets: { 账面固定资产总计: string; 使用的资产: string; 使用率: string };
  };
  overall_scores: Array<{ description: string; score_printed: string; rating_printed: string; source_line: number }>;
}

// ---- 004 凉山 ----

export interface BudgetRow004 {
  row: string;
  initial: string;
  adjusted: string;
  executed: string;
  rate_printed: string;
  weight: string;
  score: string;
  reason: string;
  source_line: number;
}

export interface IndicatorRow004 {
  block: number;
  level1: string;
  level2: string;
  level3: string;
  operator_printed: string;
  target: string;
  unit: string;
  actual: string;
  weight: string;
  score: string;
  reason: string;
  source_line: number;
}

export interface ProjectTable004 {
  table_no: number;
  source_line: number;
  /** The 项目名称 cell as printed ("code-name"). */
  project_cell_printed: string;
  project_code: string;
  project_name: string;
  department: string;
  implementer: string;
  goals: string;
  goal_completion: string;
  process: string;
  budget_section_label_printed: string;
  budget_rows: BudgetRow004[];
  indicators: IndicatorRow004[];
  indicator_block_headers: Array<{ block: number; header_printed: string }>;
  total_weight_printed: string;
  total_score_printed: string;
  conclusion: string;
  problems: string;
  measures: string;
  project_lead: string;
  finance_lead: string;
}

export interface Chart004 {
  figure: string;
  kind: string;
  title: string;
  data_if_any: {
    data_title_printed: string;
    interpreted: {
      categories?: string[];
      values?: string[];
      series_name?: string;
      series_values?: string[];
      category_labels?: string[];
      values_after_labels?: string[];
    };
  };
}

export interface SangongItem004 {
  name: string;
  amount: string;
  share: string;
  completion: string;
  change_printed: string;
  change_pct_printed: string;
  groups?: string;
  persons?: string;
  source_lines: number[];
  sub_items?: Array<{
    name: string;
    amount: string;
    batches?: string;
    person_times?: string;
    details?: Array<{ desc: string; persons: string; amount: string }>;
  }>;
}

export interface Seed004 {
  unit: {
    name: string;
    unit_type_printed: string;
    year: string;
    staff: { 退休职工_年末: string; total: string };
    assets: { fixed_assets_original_value: string; new_fixed_assets: string; 资产利用率: string };
  };
  budget: {
    initial_budget: { total: string; basic: string; basic_share: string; project: string; project_share: string };
  };
  final_accounts: {
    totals: { 收支总计: string; change_vs_2022_printed: string; change_pct_printed: string; source_line: number };
    income: { total: string; source_line: number; items: NamedAmount[] };
    expenditure: { total: string; source_line: number; items: NamedAmount[] };
    fiscal_appropriation_totals: {
      财政拨款收支总计: string;
      change_vs_2022_printed: string;
      change_pct_printed: string;
    };
    general_public_budget_expenditure: {
      total: string;
      share_of_total_expenditure: string;
      change_vs_2022_printed: string;
      change_pct_printed: string;
      by_class: NamedAmount[];
      by_class_source_line: number;
      detail_total_printed: string;
      detail_completion_printed: string;
    };
    function_lines: Array<{
      class: string;
      kuan: string;
      xiang: string;
      class_name: string;
      kuan_name: string;
      xiang_name: string;
      nature: string;
      amount: string;
      completion_printed: string;
      comparison_printed: string;
      source_line: number;
    }>;
    basic: { total: string; personnel: string; public: string };
    sangong: {
      total: string;
      completion: string;
      change_vs_prior_printed: string;
      change_pct_printed: string;
      source_line: number;
      items: SangongItem004[];
    };
    government_fund_expenditure: { amount: string };
    state_capital_expenditure: { amount: string };
    operating_costs: { amount: string; change_printed: string; change_pct_printed: string };
    procurement: {
      total: string;
      goods: string;
      works: string;
      services: string;
      sme_contracts: string;
      sme_share: string;
      small_micro_contracts: string;
      small_micro_share: string;
      purpose_printed: string;
    };
    assets: {
      vehicles: string;
      主要领导干部用车: string;
      机要通信用车: string;
      应急保障用车: string;
      其他用车: string;
      equipment_over_100万元: string;
    };
    charts: Chart004[];
  };
  project_tables: ProjectTable004[];
  project_reports_scores: ProjectScorePrinted[];
  overall_scores: Array<{
    description: string;
    score_printed: string;
    source_lines: number[];
    "dimensions_附件1-1": Array<{
      dimension: string;
      score_printed: string;
      deduction_printed?: string;
      source_line: number;
    }>;
  }>;
}
