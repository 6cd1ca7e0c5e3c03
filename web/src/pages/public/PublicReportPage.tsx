/**
 * One published report for anybody: the department's self-score, grade and budget execution, its indicators, the
 * projects' scores, and the report as a PDF. Only what GET /api/public/reports/:id gives (published reports only).
 */
import { useEffect, useState } from "react";
import { ProjectScoresTable, scoredProjects } from "../../components/ProjectScoresTable.tsx";
import { ApiError, api, saveBlob } from "../../api/client.ts";
import type { PublishedReport } from "../../api/types.ts";
import { Link } from "../../app/router.tsx";
import { formatDateTime } from "../../components/format.ts";
import { showStoredAmount } from "../../../../src/core/display/show-number.ts";
import "./public.css";

/** How long a download waits for a PDF still being made at publication, and how often it asks. */
const PDF_WAIT_MS = 120_000;
const PDF_RETRY_MS = 2_000;

export default function PublicReportPage({ reportId }: { reportId: string }) {
  const [published, setPublished] = useState<PublishedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pdfState, setPdfState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  useEffect(() => {
    api
      .get<PublishedReport>(`/api/public/reports/${reportId}`)
      .then(setPublished)
      .catch((caught: Error) => setError(caught.message));
  }, [reportId]);

  // The PDF is made once when the report is published, off the request path: until it is there the server answers
  // 503, and the page asks again for a while (saying so) instead of failing at once.
  const downloadPdf = async () => {
    setPdfState({ busy: true, error: null });
    const giveUpAt = Date.now() + PDF_WAIT_MS;
    for (;;) {
      try {
        const { blob, fileName } = await api.download(`/api/public/reports/${reportId}/pdf`);
        saveBlob(blob, fileName);
        setPdfState({ busy: false, error: null });
        return;
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 503 && Date.now() < giveUpAt) {
          setPdfState({ busy: true, error: null });
          await new Promise((resolve) => setTimeout(resolve, PDF_RETRY_MS));
          continue;
        }
        setPdfState({ busy: false, error: (caught as Error).message });
        return;
      }
    }
  };

  if (error) {
    return (
      <section>
        <p className="error" role="alert">
          {error}
        </p>
        <Link to="/public">← 公开报表</Link>
      </section>
    );
  }
  if (!published) return <p className="muted">正在加载…</p>;
  const { report, dataset, scores } = published;
  if (!dataset || !scores) {
    // Taken down again (撤回公开): the public is told when and why, and sees no data.
    return (
      <section className="public-report">
        <p className="small">
          <Link to="/public">← 公开报表</Link>
        </p>
        <h1>
          {report.unitName} · {report.year} 年度绩效自评
        </h1>
        <p className="warn-text" data-testid="withdrawn">
          已于 {formatDateTime(report.withdrawn?.at ?? null)} 撤回公开
          {report.withdrawn?.reason ? `：${report.withdrawn.reason}` : ""}
        </p>
      </section>
    );
  }
  const department = scores.department;
  const evaluation = dataset.department?.evaluation;
  const total = evaluation?.execution.find((row) => row.role === "total");
  const projects = scoredProjects(scores.projects, dataset.projects);

  return (
    <section className="public-report">
      <p className="small">
        <Link to="/public">← 公开报表</Link>
      </p>
      <div className="page-title-row">
        <h1>
          {report.unitName} · {report.year} 年度绩效自评
        </h1>
        <button type="button" className="primary" onClick={() => void downloadPdf()} disabled={pdfState.busy}>
          {pdfState.busy ? "正在准备 PDF…" : "下载自评报告（PDF）"}
        </button>
      </div>
      <p className="muted small">公开时间：{formatDateTime(report.publishedAt)}</p>
      {pdfState.error && (
        <p className="error" role="alert">
          {pdfState.error}
        </p>
      )}
      <div className="card public-figures">
        <Figure label="部门整体自评总分" value={department?.totalShown ?? "—"} testId="public-total" />
        <Figure label="等级" value={department?.grade ?? "—"} />
        <Figure label="预算执行率" value={department?.execution?.rateShown ?? "—"} />
        <Figure label="全年预算（万元）" value={showStoredAmount(total?.adjusted)} />
        <Figure label="执行数（万元）" value={showStoredAmount(total?.executed)} />
      </div>
      {evaluation && evaluation.indicators.length > 0 && (
        <div className="card">
          <h2>部门整体绩效指标</h2>
          <table className="data-table compact">
            <thead>
              <tr>
                <th>一级指标</th>
                <th>二级指标</th>
                <th>三级指标</th>
                <th className="num">指标值</th>
                <th className="num">完成值</th>
                <th className="num">分值</th>
                <th className="num">得分</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.indicators.map((indicator, index) => (
                <tr key={`${indicator.level3}-${index}`}>
                  <td>{indicator.level1 || "—"}</td>
                  <td>{indicator.level2 ?? "—"}</td>
                  <td>{indicator.level3}</td>
                  <td className="num">
                    {indicator.operator && indicator.operator !== "定性" ? indicator.operator : ""}
                    {withUnit(indicator.target, indicator.unit)}
                  </td>
                  <td className="num">{withUnit(indicator.actual, indicator.unit)}</td>
                  <td className="num">{indicator.weight ?? "—"}</td>
                  <td className="num">{department?.indicators[index]?.finalShown ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {projects.length > 0 && (
        <div className="card">
          <h2>项目支出绩效自评（{projects.length} 个项目）</h2>
          <ProjectScoresTable projects={projects} />
        </div>
      )}
    </section>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="public-figure">
      <div className="muted small">{label}</div>
      <div className="figure" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

/** "95" and "%" → "95%"; a value that already carries its unit ("100%") is left as it is. */
function withUnit(value: string | undefined, unit: string | undefined): string {
  if (!value) return "—";
  return unit && !value.endsWith(unit) ? `${value}${unit}` : value;
}
