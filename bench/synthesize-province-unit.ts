/**
 * A lean synthetic unit for the province-sized core benchmark: the 凉山 example's unit profile and budget, with
 * `projects` projects of `indicators` indicators each, cut from 凉山's real project tables (so every
 * operator, unit and 一级/二级 layout of a real table appears) and given other codes, amounts and completion values
 * per unit, so that no two units score alike. Narrative texts are short, as most units' are. The final accounts
 * (凉山's fill some 1,400 texts and seven charts) are left out: ten thousand copies of them would measure the copy
 * more than the indicators; the document benchmark and the seed tests cover them.
 * @module
 */

interface ProjectTemplate {
  evaluation: { indicators: Record<string, unknown>[]; execution: Record<string, unknown>[] };
  [key: string]: unknown;
}

export interface ProvinceShape {
  projects: number;
  indicators: number;
}

/** The raw dataset JSON of unit `index`, from the 凉山 example (`base`, not modified). */
export function synthesizeProvinceUnit(base: unknown, index: number, shape: ProvinceShape): unknown {
  const source = base as { unit: { name: string }; projects: ProjectTemplate[]; [key: string]: unknown };
  const templates = source.projects.filter((p) => (p.evaluation?.indicators?.length ?? 0) > 0);
  const projects = Array.from({ length: shape.projects }, (_, p) => {
    const template = templates[(index + p) % templates.length] as ProjectTemplate;
    const indicators = template.evaluation.indicators;
    // 0.85 … 1.14 of the budget, and completion values nudged so some indicators fall short.
    const factor = 0.85 + ((index * 7 + p * 13) % 30) / 100;
    return {
      ...template,
      code: `5134${String(index).padStart(6, "0")}P${String(p).padStart(3, "0")}`,
      goals: "完成年度工作任务。",
      goalCompletion: "已完成。",
      process: "按计划实施。",
      evaluation: {
        ...withoutPrinted(template.evaluation),
        execution: template.evaluation.execution.map((row) => scaleRow(row, factor)),
        indicators: Array.from({ length: shape.indicators }, (_, k) => ({
          ...nudge(
            indicators[k % indicators.length] ?? {},
            index * shape.indicators * shape.projects + p * shape.indicators + k,
          ),
          weight: String(weightOf(k, shape.indicators, indicatorSectionWeight(template))),
        })),
      },
    };
  });
  return {
    formatVersion: 1,
    year: source.year,
    unit: { ...source.unit, name: `样本县${index + 1}科学技术协会` },
    budget: source.budget,
    projects,
  };
}

/** The indicator section's weight (90 in the 四川 form), shared out as evenly as whole numbers allow. */
function indicatorSectionWeight(template: ProjectTemplate): number {
  return Number((template.evaluation as { indicatorSectionWeight?: string }).indicatorSectionWeight ?? 90);
}

function weightOf(k: number, count: number, total: number): number {
  const each = Math.floor(total / count);
  return k < total - each * count ? each + 1 : each;
}

function withoutPrinted<T extends object>(value: T): T {
  const { printed: _printed, ...rest } = value as T & { printed?: unknown };
  return rest as T;
}

/** Entered rows carry no printed figures (those come only with an imported document). */
function scaleRow(row: Record<string, unknown>, factor: number): Record<string, unknown> {
  const { printed: _printed, ...out } = row;
  for (const key of ["initial", "adjusted", "executed"]) {
    const value = row[key];
    if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) {
      out[key] = (Math.round(Number(value) * (key === "executed" ? factor * 0.97 : factor) * 100) / 100).toFixed(2);
    }
  }
  return out;
}

/** The indicator without printed figures; every fifth numeric completion value lowered by a few per cent, with a reason. */
function nudge(template: Record<string, unknown>, seed: number): Record<string, unknown> {
  const { printed: _printed, ...indicator } = template;
  const actual = indicator.actual;
  const match = typeof actual === "string" ? /^(\d+(?:\.\d+)?)(\D*)$/.exec(actual) : null;
  if (!match) return indicator;
  const value = Number(match[1]);
  const unit = match[2] ?? "";
  if (seed % 5 === 0) {
    const lowered = Math.round(value * (0.9 + (seed % 7) / 100) * 100) / 100;
    return {
      ...indicator,
      actual: `${lowered}${unit}`,
      reason: "受客观因素影响，部分工作未全部完成，已列入下年度计划。",
    };
  }
  // Counts and amounts differ from unit to unit (a bit better than planned, in the indicator's own direction), so
  // the cells of a province are not a few hundred repeated texts. Percentages stay as typed: most are 100% or ≥95%.
  if (unit.includes("%") || value === 0) return indicator;
  const better = indicator.operator === "≤" || indicator.operator === "<" ? -1 : 1;
  const decimals = match[1]?.split(".")[1]?.length ?? 0;
  const varied = (value * (1 + (better * ((seed * 7919) % 1000)) / 10_000)).toFixed(decimals);
  return { ...indicator, actual: `${varied}${unit}` };
}
