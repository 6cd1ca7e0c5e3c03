/**
 * CHART-DATA: the data behind the 决算说明 charts must be the figures of the text. A bar chart's value for the
 * report year must be the current total and its value for the year before the prior total; a pie chart's series
 * must be (some of) the current parts, or add up to the current or the prior total. Seed 004 keeps stale data: 图2
 * "616.54" and 图3 "397.52, 281.57" (679.09) match neither 874.05 nor the 2022 total 877.47, while 图6's second
 * series adds to 877.47 and is fine.
 *
 * Kept apart from SUM-PARTS because a chart is compared with the text, not with its own total.
 * @module
 */
import type { ChartData, Dataset } from "../../dataset/schema.ts";
import type { Finding } from "../../findings/finding.ts";
import { formatPath } from "../../findings/finding.ts";
import { type Fen, sumFen, wanToFen } from "../../money/fen.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readChangeSite } from "../change-figures.ts";
import { listChangeSites, sangongTotal } from "../finance-sites.ts";
import { fenOf } from "../printed-values.ts";
import { showMessageAmount } from "../../display/show-number.ts";

interface ChartTarget {
  name: string;
  current: Fen | null;
  prior: Fen | null;
  /** Amounts a structure chart may show. */
  pool: Fen[];
}

/** Prior-year values as stored or recovered from the printed change, by the label of the change site. */
function priorsByLabel(dataset: Dataset): Map<string, Fen> {
  const out = new Map<string, Fen>();
  for (const site of listChangeSites(dataset)) {
    const { prior } = readChangeSite(site, amountUnitOf(dataset));
    if (prior) out.set(site.label.replace("（三项合计）", ""), prior.fen);
  }
  return out;
}

function targetOf(chart: ChartData, dataset: Dataset, priors: Map<string, Fen>): ChartTarget | null {
  const fa = dataset.finalAccounts;
  if (!fa) return null;
  const title = chart.title ?? "";
  const amounts = (values: (string | undefined)[]) => values.flatMap((v) => (v === undefined ? [] : [wanToFen(v)]));
  const sameAsTotals = (total: string | undefined) =>
    fa.totals !== undefined && total !== undefined && wanToFen(fa.totals.amount) === wanToFen(total);
  if (title.includes("三公")) {
    const s = fa.sangong;
    if (!s) return null;
    const pool = amounts([
      s.abroad?.amount,
      s.vehicles?.amount,
      s.vehicles?.purchase,
      s.vehicles?.operation,
      s.reception?.amount,
      s.reception?.domestic,
      s.reception?.foreign,
    ]);
    return {
      name: "“三公”经费",
      current: fenOf(sangongTotal(s, "amount").value),
      prior: priors.get("“三公”经费") ?? null,
      pool,
    };
  }
  if (title.includes("财政拨款收")) {
    const f = fa.fiscalAppropriation;
    return f
      ? {
          name: "财政拨款收、支总计",
          current: wanToFen(f.amount),
          prior: priors.get("财政拨款收、支总计") ?? fenOf(f.prior),
          pool: [],
        }
      : null;
  }
  if (title.includes("一般公共预算")) {
    const g = fa.generalBudget;
    return g
      ? {
          name: "一般公共预算财政拨款支出",
          current: wanToFen(g.amount),
          prior: priors.get("一般公共预算财政拨款支出") ?? fenOf(g.prior),
          pool: amounts(g.byClass.map((c) => c.amount)),
        }
      : null;
  }
  if (/收、?支/.test(title)) {
    const t = fa.totals;
    return t
      ? { name: "收、支总计", current: wanToFen(t.amount), prior: priors.get("收、支总计") ?? fenOf(t.prior), pool: [] }
      : null;
  }
  const fallbackPrior = (total: string | undefined) =>
    sameAsTotals(total) ? (priors.get("收、支总计") ?? fenOf(fa.totals?.prior)) : null;
  if (title.includes("收入")) {
    const i = fa.income;
    return i
      ? {
          name: "本年收入合计",
          current: fenOf(i.total),
          prior: fenOf(i.prior) ?? fallbackPrior(i.total),
          pool: amounts(i.items.map((x) => x.amount)),
        }
      : null;
  }
  if (title.includes("支出")) {
    const e = fa.expenditure;
    return e
      ? {
          name: "本年支出合计",
          current: fenOf(e.total),
          prior: fenOf(e.prior) ?? fallbackPrior(e.total),
          pool: amounts(e.items.map((x) => x.amount)),
        }
      : null;
  }
  return null;
}

/** True when every non-zero value is one of the pool's amounts, each used once. */
function drawnFromPool(values: Fen[], pool: Fen[]): boolean {
  const left = [...pool];
  for (const v of values) {
    if (v === 0) continue;
    const at = left.indexOf(v);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

export const chartDataCheck: AuditCheck = {
  code: "CHART-DATA",
  severity: "warning",
  title: "图表数据与正文数字不符",
  run({ dataset }) {
    const findings: Finding[] = [];
    const charts = dataset.finalAccounts?.charts ?? [];
    const priors = priorsByLabel(dataset);
    charts.forEach((chart, c) => {
      const target = targetOf(chart, dataset, priors);
      if (!target) return;
      const chartName = `${chart.figure}${chart.title ? `（${chart.title}）` : ""}`;
      chart.series.forEach((series, s) => {
        const values = series.values.map(wanToFen);
        const location = formatPath(["finalAccounts", "charts", c, "series", s, "values"]);
        if (chart.kind === "bar") {
          chart.categories.forEach((category, k) => {
            const value = values[k];
            const year = Number(/(?:19|20)\d{2}/.exec(category)?.[0]);
            const expected = year === dataset.year ? target.current : year === dataset.year - 1 ? target.prior : null;
            if (value === undefined || expected === null || value === expected) return;
            findings.push({
              code: this.code,
              severity: this.severity,
              location: formatPath(["finalAccounts", "charts", c, "series", s, "values", k]),
              expected: showMessageAmount(expected),
              found: showMessageAmount(value),
              message: `${chartName}“${category}”的数值为 ${showMessageAmount(value)} 万元，与正文${year === dataset.year ? "" : "上年"}${target.name} ${showMessageAmount(expected)} 万元不符`,
            });
          });
          return;
        }
        if (values.length === 0 || drawnFromPool(values, target.pool)) return;
        const sum = sumFen(values);
        if (sum === target.current || sum === target.prior) return;
        const against = [
          target.current === null ? null : `正文${target.name} ${showMessageAmount(target.current)} 万元`,
          target.prior === null ? null : `上年数 ${showMessageAmount(target.prior)} 万元`,
        ]
          .filter(Boolean)
          .join("、");
        findings.push({
          code: this.code,
          severity: this.severity,
          location,
          expected: [target.current, target.prior]
            .filter((v): v is Fen => v !== null)
            .map((fen) => showMessageAmount(fen))
            .join(" 或 "),
          found: showMessageAmount(sum),
          message: `${chartName}数据“${series.values.join("、")}”合计 ${showMessageAmount(sum)} 万元，与${against}${target.prior !== null && target.current !== null ? "均" : ""}不符，疑为未更新的图表数据`,
        });
      });
    });
    return findings;
  },
};
