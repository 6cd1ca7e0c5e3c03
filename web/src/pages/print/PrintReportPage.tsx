/**
 * The print view of a report (issue 15 item 9): every part on one page, read-only, as it would go on paper — unit,
 * the self-evaluation tables with the scores core gives them, the 决算's key figures and the narrative — with a
 * 打印 button; the app's header and buttons are left off the printout (print.css).
 */
import { useEffect, useMemo, useState } from "react";
import type { EvaluationTable } from "../../../../src/core/dataset/schema.ts";
import { formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { scoreTable } from "../../../../src/core/scoring/score-table.ts";
import { ApiError, api } from "../../api/client.ts";
import type { FullReport } from "../../api/types.ts";
import { Link } from "../../app/router.tsx";
import { profileFor } from "../../workspace/local-analysis.ts";
import "./print.css";
import { showStoredAmount } from "../../../../src/core/display/show-number.ts";

function TablePrint({
  title,
  table,
  path,
  profile,
}: {
  title: string;
  table: EvaluationTable;
  path: string;
  profile: RuleProfile;
}) {
  const score = useMemo(() => scoreTable(table, `${path}.evaluation`, profile), [table, path, profile]);
  const places = profile.rounding.indicatorDecimals;
  return (
    <section className="print-block">
      <h3>{title}</h3>
      <table className="print-table">
        <thead>
          <tr>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            <th>指标值</th>
            <th>完成值</th>
            <th>权重</th>
            <th>得分</th>
            <th>偏差原因</th>
          </tr>
        </thead>
        <tbody>
          {table.indicators.map((indicator, index) => (
            <tr key={index}>
              <td>{indicator.level1}</td>
              <td>{indicator.level2}</td>
              <td>{indicator.level3}</td>
              <td>
                {indicator.operator && indicator.operator !== "定性" ? indicator.operator : ""}
                {indicator.target}
                {indicator.unit}
              </td>
              <td>{indicator.actual}</td>
              <td className="num">{indicator.weight}</td>
              <td className="num">
                {score.indicators[index]?.final ? formatFixed(score.indicators[index]!.final!, places) : "—"}
              </td>
              <td>{indicator.reason}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5}>
              总分
              {score.execution
                ? `（含预算执行 ${score.execution.score ? formatFixed(score.execution.score, places) : "—"} 分）`
                : ""}
            </td>
            <td className="num">{formatFixed(score.totalWeight, 0)}</td>
            <td className="num" data-testid="print-total">
              {score.totalWeight.gt(0) ? formatFixed(score.total, profile.rounding.totalDecimals) : "—"}
            </td>
            <td>{score.grade ?? ""}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

export default function PrintReportPage({ reportId }: { reportId: string }) {
  const [full, setFull] = useState<FullReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .get<FullReport>(`/api/reports/${reportId}/full`)
      .then(setFull)
      .catch((caught) => setError(caught instanceof ApiError ? caught.message : "加载失败"));
  }, [reportId]);
  const profile = useMemo(() => profileFor(full?.report.profileId ?? "national"), [full?.report.profileId]);
  if (error) return <p className="error">{error}</p>;
  if (!full) return <p className="muted">正在加载…</p>;
  const { report, dataset } = full;
  const accounts = dataset.finalAccounts;
  const figures: [string, string | undefined][] = accounts
    ? [
        ["收、支总计", accounts.totals?.amount],
        ["本年收入合计", accounts.income?.total],
        ["本年支出合计", accounts.expenditure?.total],
        ["财政拨款收、支总计", accounts.fiscalAppropriation?.amount],
        ["一般公共预算财政拨款支出", accounts.generalBudget?.amount],
        ["基本支出", accounts.basicSpending?.total],
        ["项目支出", accounts.projectSpending?.total],
        ["“三公”经费", accounts.sangong?.amount],
        ["机关运行经费", accounts.operatingCosts?.amount],
        ["政府采购支出", accounts.procurement?.total],
      ]
    : [];
  return (
    <article className="print-view" data-testid="print-view">
      <p className="print-actions">
        <Link to={`/reports/${reportId}`}>← 返回报表</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          打印
        </button>
      </p>
      <h1>
        {report.unitName} · {report.year} 年度预算绩效自评与决算
      </h1>
      <p className="muted small">
        {report.statusName} · 第 {report.version} 版 · 规则方案 {profile.name}
      </p>
      <section className="print-block">
        <h2>一、单位基本情况</h2>
        <p>
          单位名称：{dataset.unit?.name ?? "—"}；编制数 {dataset.unit?.staff?.authorized ?? "—"} 人，实际在职{" "}
          {dataset.unit?.staff?.inService ?? "—"} 人，退休 {dataset.unit?.staff?.retired ?? "—"} 人。
        </p>
      </section>
      <section className="print-block">
        <h2>二、绩效自评表</h2>
        {dataset.department?.evaluation && (
          <TablePrint
            title="部门整体支出绩效自评表"
            table={dataset.department.evaluation}
            path="department"
            profile={profile}
          />
        )}
        {dataset.projects.map((project, index) =>
          project.evaluation ? (
            <TablePrint
              key={index}
              title={`项目：${project.name}`}
              table={project.evaluation}
              path={`projects[${index}]`}
              profile={profile}
            />
          ) : null,
        )}
        {!dataset.department?.evaluation && !dataset.projects.some((project) => project.evaluation) && (
          <p className="muted">没有绩效自评表。</p>
        )}
      </section>
      {accounts && (
        <section className="print-block">
          <h2>三、部门决算主要数据（万元）</h2>
          <table className="print-table narrow">
            <tbody>
              {figures
                .filter(([, value]) => value !== undefined)
                .map(([label, value]) => (
                  <tr key={label}>
                    <td>{label}</td>
                    <td className="num">{showStoredAmount(value, { grouped: true })}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="print-block">
        <h2>四、叙述</h2>
        {dataset.narrative.map((section, index) => (
          <div key={index} className="print-narrative">
            <h3>{section.title}</h3>
            {section.text.split("\n").map((paragraph, line) => (
              <p key={line}>{paragraph}</p>
            ))}
          </div>
        ))}
      </section>
    </article>
  );
}
