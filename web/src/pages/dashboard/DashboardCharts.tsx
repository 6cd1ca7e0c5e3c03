/** The dashboard's charts; loaded on its own (React.lazy), so ECharts is not part of the table's first load. */
import { useMemo } from "react";
import { EChart } from "../../components/charts/EChart.tsx";
import {
  executionScatterOption,
  HIGH_SELF_SCORE,
  LOW_EXECUTION_PERCENT,
  MANY_ERRORS,
  scoreDistributionOption,
  submissionsOverTimeOption,
} from "./chart-options.ts";
import type { SummaryRow } from "./summary-row.ts";

export default function DashboardCharts({ rows }: { rows: readonly SummaryRow[] }) {
  const distribution = useMemo(() => scoreDistributionOption(rows), [rows]);
  const scatter = useMemo(() => executionScatterOption(rows), [rows]);
  const timeline = useMemo(() => submissionsOverTimeOption(rows), [rows]);
  const unplotted = rows.filter((row) => row.totalScore === null || row.executionRate === null).length;
  return (
    <div className="chart-grid">
      <div className="card">
        <EChart option={distribution} label="自评得分分布" />
      </div>
      <div className="card">
        <EChart option={scatter} label="预算执行率与自评总分" />
        <p className="muted small">
          红色：自评总分 ≥ {HIGH_SELF_SCORE} 而执行率 &lt; {LOW_EXECUTION_PERCENT}%，或校验错误 ≥ {MANY_ERRORS} 条。
          {unplotted > 0 && `另有 ${unplotted} 个单位缺总分或执行率，未画出。`}
        </p>
      </div>
      <div className="card">
        <EChart option={timeline} label="提交进度" />
      </div>
    </div>
  );
}
