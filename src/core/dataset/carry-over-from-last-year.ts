/**
 * What a new year's report keeps from last year's: the unit's profile, the department's and each project's targets
 * (年度目标, indicators with their 指标值 and 分值, the execution rows' names), the report's outline (its filing
 * outline and the narrative headings) — and nothing measured or printed last year: 完成值, 达成等级, 人工调整得分,
 * 偏差原因, execution amounts, printed totals and scores, the 决算 figures and their explanations, narrative texts.
 * The one rule for "start from last year"; the server and the web app call it, never re-decide it.
 * @module
 */
import type { Dataset, DatasetInput, EvaluationTable, Indicator, Project } from "./schema.ts";

type TableInput = NonNullable<Project["evaluation"]>;

/** An indicator's target side: what it measures and how much it counts; its 完成值 and everything judged of it go. */
function indicatorTarget(indicator: Indicator): Indicator {
  const {
    actual: _a,
    qualitativeGrade: _g,
    override: _o,
    reason: _r,
    printed: _p,
    sourceLine: _s,
    ...kept
  } = indicator;
  return kept;
}

function tableTargets(table: EvaluationTable): TableInput {
  return {
    ...(table.executionWeight !== undefined ? { executionWeight: table.executionWeight } : {}),
    // The rows' names and kinds stay (the same budget lines come back); last year's amounts and reasons do not.
    execution: table.execution.map((row) => ({
      label: row.label,
      role: row.role,
      ...(row.depth !== undefined ? { depth: row.depth } : {}),
      ...(row.source !== undefined ? { source: row.source } : {}),
      ...(row.nature !== undefined ? { nature: row.nature } : {}),
    })),
    goals: table.goals.filter((goal) => goal.expected).map((goal) => ({ expected: goal.expected })),
    ...(table.indicatorSectionWeight !== undefined ? { indicatorSectionWeight: table.indicatorSectionWeight } : {}),
    level1Weights: table.level1Weights.map((entry) => ({ ...entry })),
    indicators: table.indicators.map(indicatorTarget),
    ...(table.reasonCells ? { reasonCells: { ...table.reasonCells } } : {}),
  };
}

function projectTargets(project: Project): Project {
  const kept: Project = { name: project.name };
  for (const key of ["code", "category", "department", "implementer", "goals", "projectLead", "financeLead"] as const) {
    if (project[key] !== undefined) kept[key] = project[key];
  }
  if (project.evaluation) kept.evaluation = tableTargets(project.evaluation);
  return kept;
}

/** The unit as it is described, not as it was counted: its 编制数 stays, last year's headcounts and assets go. */
function unitProfile(unit: NonNullable<Dataset["unit"]>): NonNullable<Dataset["unit"]> {
  const { staff, assets: _assets, ...described } = unit;
  return staff?.authorized !== undefined ? { ...described, staff: { authorized: staff.authorized } } : described;
}

/**
 * Last year's dataset (validated) turned into the start of `year`'s. The result is a dataset input (validate it
 * before storing, as every dataset is).
 */
export function carryOverFromLastYear(last: Dataset, year: number): DatasetInput {
  const next: DatasetInput = {
    formatVersion: 2,
    year,
    amountUnit: last.amountUnit,
    projects: last.projects.map(projectTargets),
    // The outline: the same headings in the same order, to be written anew.
    narrative: last.narrative.map((section) => ({
      ...(section.id !== undefined ? { id: section.id } : {}),
      title: section.title,
      text: "",
    })),
    publishedScores: [],
  };
  if (last.unit) next.unit = unitProfile(last.unit);
  if (last.basicData) {
    // The 经费控制情况 form lists the same items each year; their amounts are this year's to fill.
    next.basicData = {
      funds: last.basicData.funds.map((row) => ({
        item: row.item,
        ...(row.kind !== undefined ? { kind: row.kind } : {}),
      })),
    };
  }
  if (last.department) {
    const { name, code, evaluation, goals, framework } = last.department;
    next.department = {
      ...(name !== undefined ? { name } : {}),
      ...(code !== undefined ? { code } : {}),
      ...(goals !== undefined ? { goals } : {}),
      ...(evaluation ? { evaluation: tableTargets(evaluation) } : {}),
      ...(framework
        ? {
            framework: {
              name: framework.name,
              dimensions: framework.dimensions.map((d) => ({ name: d.name, weight: d.weight })),
            },
          }
        : {}),
    };
  }
  if (last.filing) {
    // Who the report goes to and how it closes stay; the cover, subtitle, opening and date name last year.
    const { outline, addressee, closing, attachments, signature } = last.filing;
    const filing = { outline, addressee, closing, attachments, signature };
    const present = Object.fromEntries(Object.entries(filing).filter(([, value]) => value !== undefined));
    if (Object.keys(present).length > 0) next.filing = present;
  }
  return next;
}
