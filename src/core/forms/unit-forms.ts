/**
 * The official tables of a unit other than its project 自评表 — 基础数据表, 部门整体绩效自评得分表 (the five-dimension
 * framework), 部门整体支出绩效自评表 and the 决算公开 附表 — as Forms, each built when the dataset has it. The report
 * attachments (Word), the 决算说明's 第五部分 (Word) and the tables workbook (Excel) are all drawn from these.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { scoreFramework } from "../narrative/self-evaluation/framework-score.ts";
import { publishesDocument } from "../narrative/split-narrative-documents.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { DatasetScores } from "../scoring/score-types.ts";
import { buildBasicDataForm } from "./basic-data-form.ts";
import { buildDepartmentForm } from "./department-form.ts";
import { buildFinalAccountsForms } from "./final-accounts/final-accounts-forms.ts";
import type { Form } from "./form.ts";
import { buildFrameworkForm } from "./framework-form.ts";

export interface UnitFormsInput {
  dataset: Dataset;
  scores: DatasetScores;
  profile: RuleProfile;
}

/** The 基础数据表 when the dataset has basic data. */
export function basicDataFormOf({ dataset, profile }: UnitFormsInput): Form | null {
  return dataset.basicData ? buildBasicDataForm(dataset, profile) : null;
}

/** The five-dimension framework table when the department is scored by dimension. */
export function frameworkFormOf({ dataset, profile }: UnitFormsInput): Form | null {
  const framework = dataset.department?.framework;
  if (!framework) return null;
  return buildFrameworkForm({ framework, result: scoreFramework(framework, profile), profile, year: dataset.year });
}

/** The 部门整体支出绩效自评表 when the department has an evaluation table and it was scored. */
export function departmentFormOf({ dataset, scores, profile }: UnitFormsInput): Form | null {
  const table = dataset.department?.evaluation;
  const score = scores.department;
  if (!table || !score) return null;
  return buildDepartmentForm({
    unitName: dataset.unit?.name ?? "未命名单位",
    year: dataset.year,
    table,
    score,
    profile,
    ...(dataset.department?.goals ? { goals: dataset.department.goals } : {}),
  });
}

/**
 * The 决算公开 附表, for a unit that publishes its 决算 (凉山); a unit that did not is not given tables it never filed,
 * even when its report states some 决算 figures.
 */
export function finalAccountsFormsOf({ dataset, profile }: UnitFormsInput): Form[] {
  const accounts = dataset.finalAccounts;
  if (!accounts || !publishesDocument(dataset.narrative, "finalAccounts")) return [];
  return buildFinalAccountsForms(dataset, accounts, profile);
}

/** Every such table of the unit, in the order of the tables workbook. */
export function unitForms(input: UnitFormsInput): Form[] {
  const forms = [basicDataFormOf(input), departmentFormOf(input), frameworkFormOf(input)];
  return [...forms.filter((form): form is Form => form !== null), ...finalAccountsFormsOf(input)];
}
