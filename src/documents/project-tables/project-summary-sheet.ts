/**
 * The summary sheet of the project workbook: one row per project with its budget, execution, computed scores and
 * grade, and how many audit errors and warnings point into it (findings whose location starts with `projects[i]`),
 * then a totals row. This is the page a 财政局 reviewer reads first.
 * @module
 */
import type { Workbook } from "exceljs";
import type { ExecutionRow, Project } from "../../core/dataset/schema.ts";
import type { Finding } from "../../core/findings/finding.ts";
import { type Fen, sumFen, wanToFen } from "../../core/money/fen.ts";
import { Dec, percentOf } from "../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import type { DocumentInput } from "../document-input.ts";
import { count, money, percent, score } from "../../core/forms/figure.ts";
import { figureCell, type FormCell, textCell } from "../../core/forms/form.ts";
import { writeFormSheet } from "../xlsx/write-form-sheet.ts";

export const SUMMARY_HEADERS = [
  "序号",
  "项目编码",
  "项目名称",
  // The unit on its own line, so a narrow column never leaves "）" alone on the second.
  "年初预算\n（万元）",
  "调整后预算数\n（万元）",
  "预算执行数\n（万元）",
  "预算执行率",
  "执行率得分",
  "绩效指标得分",
  "总分",
  "等级",
  "审核错误",
  "审核警告",
] as const;

const COLUMN_WIDTHS = [6, 24, 30, 13, 13, 13, 10, 9, 10, 9, 6, 8, 8] as const;

interface ProjectFigures {
  initial: Fen | null;
  adjusted: Fen | null;
  executed: Fen | null;
}

const NO_FIGURES: ProjectFigures = { initial: null, adjusted: null, executed: null };

/** Adds the summary sheet; call it before the project sheets so that it is the first tab. */
export function writeProjectSummarySheet(workbook: Workbook, sheetName: string, input: DocumentInput): void {
  const { dataset, profile } = input;
  const figures = dataset.projects.map((project) => projectFigures(project));
  const header = SUMMARY_HEADERS.map((text) => textCell(text, { header: true }));
  const rows = dataset.projects.map((project, i) =>
    projectRow(i, project, figures[i] ?? NO_FIGURES, input.scores.projects[i] ?? null, input.findings, profile),
  );
  writeFormSheet(workbook, {
    sheetName,
    title: `部门预算项目支出绩效自评汇总表（${dataset.year}年度）`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: COLUMN_WIDTHS,
    rows: [header, ...rows, totalRow(figures, input.findings, dataset.projects.length, profile)],
    headerRows: 1,
  });
}

/** The figures of the project's 总额 row, in 分. */
function projectFigures(project: Project): ProjectFigures {
  const total: ExecutionRow | undefined = project.evaluation?.execution.find((row) => row.role === "total");
  const fen = (text: string | undefined) => (text === undefined ? null : wanToFen(text));
  return { initial: fen(total?.initial), adjusted: fen(total?.adjusted), executed: fen(total?.executed) };
}

function projectRow(
  index: number,
  project: Project,
  figures: ProjectFigures,
  computed: TableScore | null,
  findings: readonly Finding[],
  profile: RuleProfile,
): FormCell[] {
  const decimals = profile.rounding;
  const execution = computed?.execution ?? null;
  const amount = (fen: Fen | null) => (fen === null ? textCell("") : figureCell(money(fen), { align: "right" }));
  // Without both figures there is no rate at all (blank); with a zero budget the rate is undefined ("—").
  const hasRate = execution !== null && execution.budgetFen !== null && execution.executedFen !== null;
  const indicatorScore = computed?.indicators.reduce((sum, s) => sum.plus(s.final ?? 0), new Dec(0)) ?? null;
  const own = findingsOf(index, findings);
  return [
    figureCell(count(index + 1)),
    textCell(project.code ?? ""),
    textCell(project.name, { align: "left" }),
    amount(figures.initial),
    amount(figures.adjusted),
    amount(figures.executed),
    hasRate ? figureCell(percent(execution.rate, decimals.rateDecimals), { align: "right" }) : textCell(""),
    execution ? figureCell(score(execution.score, decimals.indicatorDecimals)) : textCell(""),
    indicatorScore ? figureCell(score(indicatorScore, decimals.indicatorDecimals)) : textCell(""),
    computed ? figureCell(score(computed.total, decimals.totalDecimals)) : textCell(""),
    textCell(computed === null ? "" : (computed.grade ?? "—")),
    figureCell(count(own.errors)),
    figureCell(count(own.warnings)),
  ];
}

/** Audit findings located in project `index` (`projects[3]` does not match `projects[30]`: the bracket closes). */
function findingsOf(index: number, findings: readonly Finding[]): { errors: number; warnings: number } {
  const prefix = `projects[${index}]`;
  const own = findings.filter((finding) => finding.location.startsWith(prefix));
  return {
    errors: own.filter((finding) => finding.severity === "error").length,
    warnings: own.filter((finding) => finding.severity === "warning").length,
  };
}

/**
 * 合计: the budgets and the executed amounts summed in 分, the overall rate on the profile's base over the projects
 * that have both figures, and the finding counts. Scores are not summed: a sum of 100-point totals means nothing.
 */
function totalRow(
  figures: readonly ProjectFigures[],
  findings: readonly Finding[],
  projects: number,
  profile: RuleProfile,
): FormCell[] {
  const sum = (pick: (f: ProjectFigures) => Fen | null): FormCell => {
    const values = figures.map(pick).filter((fen): fen is Fen => fen !== null);
    return values.length === 0 ? textCell("") : figureCell(money(sumFen(values)), { align: "right", emphasis: true });
  };
  const base = (f: ProjectFigures) => (profile.execution.base === "adjusted" ? f.adjusted : f.initial);
  const rated = figures.filter((f) => base(f) !== null && f.executed !== null);
  const rate =
    rated.length === 0
      ? textCell("")
      : figureCell(
          percent(
            percentOf(sumFen(rated.map((f) => f.executed ?? 0)), sumFen(rated.map((f) => base(f) ?? 0))),
            profile.rounding.rateDecimals,
          ),
          { align: "right", emphasis: true },
        );
  const counts = Array.from({ length: projects }, (_, i) => findingsOf(i, findings));
  return [
    textCell(`合计（${projects}个项目）`, { colSpan: 3, emphasis: true }),
    sum((f) => f.initial),
    sum((f) => f.adjusted),
    sum((f) => f.executed),
    rate,
    textCell(""),
    textCell(""),
    textCell(""),
    textCell(""),
    figureCell(count(counts.reduce((n, c) => n + c.errors, 0)), { emphasis: true }),
    figureCell(count(counts.reduce((n, c) => n + c.warnings, 0)), { emphasis: true }),
  ];
}
