/**
 * The catalogue of prose-audit checks: every PROSE code with its severity and Chinese title.
 *
 * Findings take their severity from here, so a code always means the same severity. Where one mistake can be
 * certain or only possible (a 0% completion rate whose budget is stated as zero, or only probably zero), the two
 * cases have two codes rather than one code with two severities.
 * @module
 */
import type { Severity } from "../findings/finding.ts";

export interface ProseCheckEntry {
  code: string;
  severity: Severity;
  title: string;
}

export const proseCatalogue = [
  { code: "PROSE-SUM", severity: "error", title: "分项之和与所述合计不符" },
  { code: "PROSE-SUM-ROUNDING", severity: "warning", title: "分项之和与合计相差，差额在万元尾数四舍五入范围内" },
  { code: "PROSE-SHARE", severity: "error", title: "占比与分项÷合计不符" },
  { code: "PROSE-CHANGE-RATE", severity: "error", title: "增减率与变动额÷上年数（对预算比较时÷预算数）不符" },
  { code: "PROSE-CHANGE-AMOUNT", severity: "error", title: "增减额与本年数−上年数不符" },
  { code: "PROSE-COMPLETION-RATE", severity: "error", title: "完成预算（执行率）与决算数÷预算数不符" },
  { code: "PROSE-PERCENT-TRUNCATED", severity: "error", title: "百分比截断而非四舍五入" },
  { code: "PROSE-PERCENT-ROUNDING", severity: "warning", title: "百分比末位差1，且不能由金额四舍五入解释" },
  { code: "PROSE-DISPLAY-ROUNDING", severity: "info", title: "按所印万元数复算有尾差，可由金额四舍五入解释" },
  { code: "PROSE-PERCENT-PRECISION", severity: "info", title: "百分比未保留两位小数" },
  { code: "PROSE-CHANGE-VERB", severity: "error", title: "增减用词与数字方向相反" },
  { code: "PROSE-FLAT-CHANGED", severity: "error", title: "称“持平”但所述数字不等" },
  { code: "PROSE-VERB-MISSING", severity: "error", title: "增减额前缺少“增加/减少”" },
  { code: "PROSE-UNIT-MISSING", severity: "error", title: "金额缺少单位" },
  {
    code: "PROSE-UNIT-WRONG",
    severity: "error",
    title: "金额单位错误（如应为万元而写作元，或在以元为单位的文中写作万元）",
  },
  { code: "PROSE-ZERO-BASE", severity: "error", title: "基数为0的比率应写“—”" },
  { code: "PROSE-ZERO-BASE-ZERO", severity: "warning", title: "基数为0的比率写作0%，应写“—”" },
  { code: "PROSE-DOUBLE-NEGATIVE", severity: "warning", title: "增减用词与负号叠用（如“下降-5.20%”），应直接写出方向" },
  { code: "PROSE-CARRY-OVER-TOTAL", severity: "error", title: "合计与结转和结余之和与所述总计不符" },
  { code: "PROSE-CHANGE-PARTS", severity: "error", title: "各分项的增减额之和与总的增减额不符" },
  { code: "PROSE-ZERO-BASE-LIKELY", severity: "warning", title: "支出为0且完成预算0%，预算很可能为0，应写“—”" },
  { code: "PROSE-TEMPLATE-UNFILLED", severity: "error", title: "模板选择项未填写（如“增加/减少”）" },
  { code: "PROSE-PLACEHOLDER", severity: "error", title: "模板占位文字未替换（如“（具体工作）”）" },
  { code: "PROSE-PERMYRIAD", severity: "warning", title: "使用万分号‱，应使用百分号%" },
  { code: "PROSE-YEAR", severity: "warning", title: "年份与报告年度不符" },
  { code: "PROSE-COUNT", severity: "warning", title: "所说的个数与随后列出的名称个数不符" },
  { code: "PROSE-OTHER-UNIT", severity: "warning", title: "报告中出现其他单位的名称（沿用其他单位报告的文字）" },
] as const satisfies readonly ProseCheckEntry[];

export type ProseCode = (typeof proseCatalogue)[number]["code"];

const SEVERITY_BY_CODE = new Map<string, Severity>(proseCatalogue.map((entry) => [entry.code, entry.severity]));

/** The catalogue severity of a PROSE code. */
export function severityOf(code: ProseCode): Severity {
  const severity = SEVERITY_BY_CODE.get(code);
  if (severity === undefined) throw new RangeError(`未登记的检查代码：${code}`);
  return severity;
}
