/**
 * Every "parts add up to a total" relation a dataset holds, with the dataset path of the total: income and
 * expenditure items, spending by class, function lines by class and in all, 基本支出 = 人员经费 + 公用经费, the 三公
 * items and sub-items, procurement, the 年初预算 breakdown, and the 其中 rows of every 预算执行情况 block. SUM-PARTS
 * judges them; keeping the list here keeps that check to the judging.
 * @module
 */
import type { Dataset, EvaluationTable, ExecutionRow, FunctionLine } from "../dataset/schema.ts";
import { formatPath } from "../dataset/dataset-path.ts";
import { wanToFen } from "../money/fen.ts";
import { isExecutionBlockWhole } from "../scoring/incomplete-table-parts.ts";

export interface SumPart {
  label: string;
  value: string;
}

export interface SumRelation {
  /** What the parts are, in Chinese: "本年支出按功能分类（类）". */
  label: string;
  totalLabel: string;
  total: string;
  /** Dataset path of the total the finding points at. */
  location: string;
  parts: SumPart[];
  /** Extra explanation for the message, e.g. how missing lines were counted. */
  note?: string;
  /**
   * The parts need only stay within the total: a single 其中 row under a 其中 row (一般公共预算 under 财政拨款) names one
   * part of it, not all.
   */
  atMost?: boolean;
}

type Segments = (string | number)[];
type Named = { name: string; amount?: string; prior?: string };

function partsOf(lines: readonly Named[], field: "amount" | "prior"): SumPart[] | null {
  if (lines.length === 0 || lines.some((l) => l[field] === undefined)) return null;
  return lines.map((l) => ({ label: l.name, value: l[field] as string }));
}

/** Items against their total, and the prior-year column when every item and the total have one. */
function itemRelations(
  label: string,
  totalLabel: string,
  lines: readonly Named[],
  total: string | undefined,
  prior: string | undefined,
  totalSegments: Segments,
  priorSegments: Segments,
): SumRelation[] {
  const out: SumRelation[] = [];
  const current = partsOf(lines, "amount");
  if (current && total !== undefined)
    out.push({ label, totalLabel, total, location: formatPath(totalSegments), parts: current });
  const priors = partsOf(lines, "prior");
  if (priors && prior !== undefined)
    out.push({
      label: `${label}（上年数）`,
      totalLabel: `上年${totalLabel}`,
      total: prior,
      location: formatPath(priorSegments),
      parts: priors,
    });
  return out;
}

export function functionLineLabel(line: FunctionLine): string {
  return `${line.code} ${line.xiangName ?? line.kuanName ?? line.className ?? ""}`.trim();
}

/** Lines with no more detailed line below them: the 项 lines, or a 款/类 line listed without its 项. */
export function leafFunctionLines(lines: readonly FunctionLine[]): FunctionLine[] {
  return lines.filter((l) => !lines.some((o) => o !== l && o.code.length > l.code.length && o.code.startsWith(l.code)));
}

/** The 3-digit code of a class line: its own, or that of the function lines filed under the same class name. */
export function classCodeOf(line: { name: string; code?: string }, lines: readonly FunctionLine[]): string | undefined {
  if (line.code !== undefined) return line.code;
  return lines.find((l) => l.className === line.name)?.code.slice(0, 3);
}

function functionLineRelations(dataset: Dataset): SumRelation[] {
  const fa = dataset.finalAccounts;
  const g = fa?.generalBudget;
  if (!fa || !g || fa.functionLines.length === 0) return [];
  const lines = fa.functionLines;
  const leaves = leafFunctionLines(lines);
  const asPart = (l: FunctionLine): SumPart => ({ label: functionLineLabel(l), value: l.amount });
  const out: SumRelation[] = [];
  const missing: SumPart[] = [];
  g.byClass.forEach((cls, i) => {
    if (cls.amount === undefined) return;
    const code = classCodeOf(cls, lines);
    const under = code === undefined ? [] : leaves.filter((l) => l.code.startsWith(code));
    if (under.length === 0) {
      if (wanToFen(cls.amount) !== 0) missing.push({ label: `${cls.name}（未列明细）`, value: cls.amount });
      return;
    }
    out.push({
      label: `${cls.name}（${code}）各功能科目`,
      totalLabel: `${cls.name}决算数`,
      total: cls.amount,
      location: formatPath(["finalAccounts", "generalBudget", "byClass", i, "amount"]),
      parts: under.map(asPart),
    });
  });
  lines.forEach((line, i) => {
    if (line.code.length !== 5) return;
    const under = leaves.filter((l) => l !== line && l.code.startsWith(line.code));
    if (under.length === 0) return;
    out.push({
      label: `${functionLineLabel(line)}（款）下各项`,
      totalLabel: `${functionLineLabel(line)}决算数`,
      total: line.amount,
      location: formatPath(["finalAccounts", "functionLines", i, "amount"]),
      parts: under.map(asPart),
    });
  });
  out.push({
    label: "一般公共预算财政拨款支出各功能科目（具体情况）",
    totalLabel: "一般公共预算财政拨款支出",
    total: g.amount,
    location: formatPath(["finalAccounts", "generalBudget", "amount"]),
    parts: leaves.map(asPart),
  });
  out.push(...natureRelations(dataset, leaves, missing));
  return out;
}

/**
 * Function lines by nature against 基本支出 and 项目支出. A class printed without its lines (seed 004: 221) is counted
 * on the side the other one leaves room for: when the project lines already make up 项目支出, the rest is basic.
 */
function natureRelations(dataset: Dataset, leaves: FunctionLine[], missing: SumPart[]): SumRelation[] {
  const fa = dataset.finalAccounts;
  if (!fa?.generalBudget || leaves.some((l) => l.nature === undefined)) return [];
  const sameScope =
    fa.expenditure?.total !== undefined && wanToFen(fa.expenditure.total) === wanToFen(fa.generalBudget.amount);
  const totalOf = (nature: "basic" | "project"): { value: string; location: string } | null => {
    const stored = nature === "basic" ? fa.basicSpending?.total : fa.projectSpending?.total;
    if (stored !== undefined)
      return {
        value: stored,
        location: formatPath(["finalAccounts", nature === "basic" ? "basicSpending" : "projectSpending", "total"]),
      };
    if (!sameScope) return null;
    const index = fa.expenditure?.items.findIndex((item) => item.nature === nature) ?? -1;
    const amount = fa.expenditure?.items[index]?.amount;
    return amount === undefined
      ? null
      : { value: amount, location: formatPath(["finalAccounts", "expenditure", "items", index, "amount"]) };
  };
  const sides = (["basic", "project"] as const).map((nature) => ({
    nature,
    name: nature === "basic" ? "基本支出" : "项目支出",
    total: totalOf(nature),
    parts: leaves
      .filter((l) => l.nature === nature)
      .map((l): SumPart => ({ label: functionLineLabel(l), value: l.amount })),
  }));
  const fits = (side: (typeof sides)[number]) =>
    side.total !== null &&
    Math.abs(side.parts.reduce((s, p) => s + wanToFen(p.value), 0) - wanToFen(side.total.value)) <=
      5_000 * side.parts.length;
  let note: string | undefined;
  if (missing.length > 0) {
    const [basic, project] = sides as [(typeof sides)[number], (typeof sides)[number]];
    const receiver = fits(project) ? basic : fits(basic) ? project : null;
    if (receiver) {
      receiver.parts.push(...missing);
      note = `未列明细的${missing.map((m) => m.label.replace("（未列明细）", "")).join("、")}按${receiver.name}计入`;
    }
  }
  return sides.flatMap((side) =>
    side.total === null || side.parts.length === 0
      ? []
      : [
          {
            label: `功能科目中的${side.name}`,
            totalLabel: side.name,
            total: side.total.value,
            location: side.total.location,
            parts: side.parts,
            note: side.parts.some((p) => p.label.endsWith("（未列明细）")) ? note : undefined,
          },
        ],
  );
}

function sangongRelations(dataset: Dataset): SumRelation[] {
  const s = dataset.finalAccounts?.sangong;
  if (!s) return [];
  const out: SumRelation[] = [];
  const items = [
    ["因公出国（境）费", s.abroad],
    ["公务用车购置及运行维护费", s.vehicles],
    ["公务接待费", s.reception],
  ] as const;
  for (const [field, name] of [
    ["amount", "决算数"],
    ["budget", "预算数"],
    ["prior", "上年数"],
  ] as const) {
    const total = s[field];
    if (total === undefined || items.some(([, item]) => item?.[field] === undefined)) continue;
    out.push({
      label: `“三公”经费三项${field === "amount" ? "" : `（${name}）`}`,
      totalLabel: `“三公”经费${name}`,
      total,
      location: formatPath(["finalAccounts", "sangong", field]),
      parts: items.map(([label, item]) => ({ label, value: item?.[field] as string })),
    });
  }
  const v = s.vehicles;
  if (v?.amount !== undefined && v.purchase !== undefined && v.operation !== undefined) {
    out.push({
      label: "公务用车购置费与运行维护费",
      totalLabel: "公务用车购置及运行维护费",
      total: v.amount,
      location: formatPath(["finalAccounts", "sangong", "vehicles", "amount"]),
      parts: [
        { label: "公务用车购置费", value: v.purchase },
        { label: "公务用车运行维护费", value: v.operation },
      ],
    });
  }
  const r = s.reception;
  if (r?.amount !== undefined && r.domestic !== undefined && r.foreign !== undefined) {
    out.push({
      label: "国内与外事接待",
      totalLabel: "公务接待费",
      total: r.amount,
      location: formatPath(["finalAccounts", "sangong", "reception", "amount"]),
      parts: [
        { label: "国内公务接待", value: r.domestic },
        { label: "外事接待", value: r.foreign },
      ],
    });
  }
  if (r && r.details.length > 0) {
    const total = r.domestic ?? r.amount;
    if (total !== undefined) {
      out.push({
        label: "国内公务接待各批次",
        totalLabel: r.domestic !== undefined ? "国内公务接待费" : "公务接待费",
        total,
        location: formatPath([
          "finalAccounts",
          "sangong",
          "reception",
          r.domestic !== undefined ? "domestic" : "amount",
        ]),
        parts: r.details.map((d) => ({ label: d.description, value: d.amount })),
      });
    }
  }
  return out;
}

/** A row's level: 0 for the total, 1 for a 其中 row, deeper for a 其中 row's own 其中 rows. */
function depthOf(row: ExecutionRow): number {
  return row.role === "total" ? 0 : (row.depth ?? 1);
}

/** The rows a row breaks down into: the rows below it one level deeper, up to the next row of its own level. */
function childrenOf(rows: readonly ExecutionRow[], index: number): number[] {
  const own = depthOf(rows[index] as ExecutionRow);
  const children: number[] = [];
  for (let k = index + 1; k < rows.length; k++) {
    const depth = depthOf(rows[k] as ExecutionRow);
    if (depth <= own) break;
    if (depth === own + 1) children.push(k);
  }
  return children;
}

const EXECUTION_COLUMNS = [
  ["initial", "年初预算数"],
  ["adjusted", "全年（调整后）预算数"],
  ["budget", "预算数"],
  ["executed", "执行数"],
] as const;

function executionRelations(table: EvaluationTable, tableLabel: string, segments: Segments): SumRelation[] {
  // A table cut below its budget block (incompleteFrom) still has that block whole.
  if (!isExecutionBlockWhole(table)) return [];
  const rows = table.execution;
  const totalIndex = rows.findIndex((row) => row.role === "total");
  const totalRow = rows[totalIndex];
  if (!totalRow) return [];
  const out: SumRelation[] = [];
  // A block may break the total down twice (按收入性质 and 按支出性质, seed 001): each breakdown is summed alone.
  const depthOneParts = rows
    .map((row, k) => ({ row, k }))
    .filter(({ row }) => row.role === "part" && (row.depth ?? 1) === 1);
  const groups = new Map<string, ExecutionRow[]>();
  for (const { row } of depthOneParts) {
    const key = row.source !== undefined ? "source" : row.nature !== undefined ? "nature" : "other";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, parts] of groups) {
    for (const [column, name] of EXECUTION_COLUMNS) {
      const total = totalRow[column];
      if (total === undefined || parts.every((row) => row[column] === undefined)) continue;
      out.push({
        label: `${tableLabel}“${totalRow.label}”的其中项${key === "nature" ? "（按支出性质）" : key === "source" ? "（按资金来源）" : ""}${name}`,
        totalLabel: `“${totalRow.label}”${name}`,
        total,
        location: formatPath([...segments, "execution", totalIndex, column]),
        parts: parts.map((row) => ({ label: row.label, value: row[column] ?? "0" })),
      });
    }
  }
  // Nested 其中 rows (depth 2 and deeper) against the row they belong to.
  rows.forEach((parent, index) => {
    if (parent.role === "total") return;
    const children = childrenOf(rows, index).map((k) => rows[k] as ExecutionRow);
    if (children.length === 0) return;
    for (const [column, name] of EXECUTION_COLUMNS) {
      const total = parent[column];
      if (total === undefined || children.every((row) => row[column] === undefined)) continue;
      out.push({
        label: `${tableLabel}“${parent.label}”的其中项${name}`,
        totalLabel: `“${parent.label}”${name}`,
        total,
        location: formatPath([...segments, "execution", index, column]),
        parts: children.map((row) => ({ label: row.label, value: row[column] ?? "0" })),
        atMost: children.length === 1,
      });
    }
  });
  return out;
}

/** 收入合计 + 年初结转和结余 = 收入总计, 支出合计 + 年末结转和结余 = 支出总计, this year and the year before. */
function carryOverRelations(dataset: Dataset): SumRelation[] {
  const fa = dataset.finalAccounts;
  const out: SumRelation[] = [];
  const sides = [
    [
      "income",
      "收入合计",
      "年初结转和结余",
      "收入总计",
      fa?.income?.total,
      fa?.income?.prior,
      fa?.income?.openingCarryOver,
      fa?.income?.grandTotal,
    ],
    [
      "expenditure",
      "支出合计",
      "年末结转和结余",
      "支出总计",
      fa?.expenditure?.total,
      fa?.expenditure?.prior,
      fa?.expenditure?.closingCarryOver,
      fa?.expenditure?.grandTotal,
    ],
  ] as const;
  for (const [side, totalName, carryName, grandName, total, prior, carry, grand] of sides) {
    if (!grand || !carry || total === undefined) continue;
    out.push({
      label: `${totalName}与${carryName}`,
      totalLabel: grandName,
      total: grand.amount,
      location: formatPath(["finalAccounts", side, "grandTotal", "amount"]),
      parts: [
        { label: totalName, value: total },
        { label: carryName, value: carry.amount },
      ],
    });
    if (prior !== undefined && carry.prior !== undefined && grand.prior !== undefined) {
      out.push({
        label: `上年${totalName}与${carryName}`,
        totalLabel: `上年${grandName}`,
        total: grand.prior,
        location: formatPath(["finalAccounts", side, "grandTotal", "prior"]),
        parts: [
          { label: totalName, value: prior },
          { label: carryName, value: carry.prior },
        ],
      });
    }
  }
  const incomeGrand = fa?.income?.grandTotal?.amount;
  const spendingGrand = fa?.expenditure?.grandTotal?.amount;
  if (incomeGrand !== undefined && spendingGrand !== undefined) {
    out.push({
      label: "支出总计",
      totalLabel: "收入总计",
      total: incomeGrand,
      location: "finalAccounts.expenditure.grandTotal.amount",
      parts: [{ label: "支出总计", value: spendingGrand }],
      note: "收入总计应等于支出总计",
    });
  }
  return out;
}

export function listSumRelations(dataset: Dataset): SumRelation[] {
  const out: SumRelation[] = [];
  const fa = dataset.finalAccounts;
  out.push(...carryOverRelations(dataset));
  if (fa?.income && !fa.income.incomplete) {
    const i = fa.income;
    out.push(
      ...itemRelations(
        "本年收入各项",
        "本年收入合计",
        i.items,
        i.total,
        i.prior,
        ["finalAccounts", "income", "total"],
        ["finalAccounts", "income", "prior"],
      ),
    );
  }
  if (fa?.expenditure && !fa.expenditure.incomplete) {
    const e = fa.expenditure;
    out.push(
      ...itemRelations(
        "本年支出各项",
        "本年支出合计",
        e.items,
        e.total,
        e.prior,
        ["finalAccounts", "expenditure", "total"],
        ["finalAccounts", "expenditure", "prior"],
      ),
    );
    out.push(
      ...itemRelations(
        "本年支出按功能分类（类）",
        "本年支出合计",
        e.byClass,
        e.total,
        e.prior,
        ["finalAccounts", "expenditure", "total"],
        ["finalAccounts", "expenditure", "prior"],
      ),
    );
  }
  if (fa?.generalBudget && !fa.generalBudget.incomplete) {
    const g = fa.generalBudget;
    out.push(
      ...itemRelations(
        "一般公共预算财政拨款支出按功能分类（类）",
        "一般公共预算财政拨款支出",
        g.byClass,
        g.amount,
        g.prior,
        ["finalAccounts", "generalBudget", "amount"],
        ["finalAccounts", "generalBudget", "prior"],
      ),
    );
  }
  if (!fa?.functionLinesIncomplete && !fa?.generalBudget?.incomplete) out.push(...functionLineRelations(dataset));
  const b = fa?.basicSpending;
  if (b) {
    if (b.personnel !== undefined && b.public !== undefined) {
      out.push({
        label: "人员经费与公用经费",
        totalLabel: "基本支出",
        total: b.total,
        location: "finalAccounts.basicSpending.total",
        parts: [
          { label: "人员经费", value: b.personnel },
          { label: "公用经费", value: b.public },
        ],
      });
    }
    if (b.prior !== undefined && b.priorPersonnel !== undefined && b.priorPublic !== undefined) {
      out.push({
        label: "上年人员经费与公用经费",
        totalLabel: "上年基本支出",
        total: b.prior,
        location: "finalAccounts.basicSpending.prior",
        parts: [
          { label: "人员经费", value: b.priorPersonnel },
          { label: "公用经费", value: b.priorPublic },
        ],
      });
    }
  }
  out.push(...sangongRelations(dataset));
  const p = fa?.procurement;
  if (p) {
    const parts = (
      [
        ["货物", p.goods],
        ["工程", p.works],
        ["服务", p.services],
      ] as const
    ).flatMap(([label, value]) => (value === undefined ? [] : [{ label: `政府采购${label}支出`, value }]));
    if (parts.length >= 2)
      out.push({
        label: "政府采购货物、工程、服务",
        totalLabel: "政府采购支出总额",
        total: p.total,
        location: "finalAccounts.procurement.total",
        parts,
      });
  }
  const initial = dataset.budget?.initial;
  if (initial && !initial.incomplete) {
    const bySource = initial.items.filter((item) => item.source !== undefined || item.nature === undefined);
    const byNature = initial.items.filter((item) => item.nature !== undefined && item.source === undefined);
    const location = ["budget", "initial", "total"];
    out.push(
      ...itemRelations(
        "年初预算各项（按资金来源）",
        "年初预算总额",
        bySource,
        initial.total,
        undefined,
        location,
        location,
      ),
    );
    out.push(
      ...itemRelations(
        "年初预算各项（按支出性质）",
        "年初预算总额",
        byNature,
        initial.total,
        undefined,
        location,
        location,
      ),
    );
    out.push(
      ...itemRelations(
        "年初预算按功能分类（类）",
        "年初预算总额",
        initial.byClass,
        initial.total,
        undefined,
        location,
        location,
      ),
    );
  }
  const department = dataset.department?.evaluation;
  if (department) out.push(...executionRelations(department, "部门整体自评表", ["department", "evaluation"]));
  dataset.projects.forEach((project, i) => {
    if (project.evaluation)
      out.push(...executionRelations(project.evaluation, `项目“${project.name}”`, ["projects", i, "evaluation"]));
  });
  return out;
}
