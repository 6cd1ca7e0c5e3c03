/** The figures a reviewer looks at first: scores and grade, budget execution, and what the audit found. */
import { useState } from "react";
import { ProjectScoresTable, scoredProjects } from "../../components/ProjectScoresTable.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDateTime } from "../../components/format.ts";
import { describePath } from "../../components/field-labels.ts";
import type { FullReport } from "./review-data.ts";
import { showAmount } from "../../../../src/core/display/show-number.ts";

/** How many findings are listed before "show all". */
const FINDINGS_SHOWN = 8;

export function KeyFigures({ full }: { full: FullReport }) {
  const { report, scores, dataset } = full;
  const [allFindings, setAllFindings] = useState(false);
  const department = scores.department;
  const projects = scoredProjects(scores.projects, dataset.projects);
  const findings = scores.findings.filter((finding) => finding.severity !== "info");
  const shown = allFindings ? findings : findings.slice(0, FINDINGS_SHOWN);
  const late = report.submittedAt && report.dueAt && report.submittedAt > report.dueAt;

  return (
    <div className="card key-figures">
      <dl className="figure-grid">
        <div>
          <dt>状态</dt>
          <dd>
            <StatusBadge status={report.status} />
          </dd>
        </div>
        <div>
          <dt>提交时间</dt>
          <dd>
            {formatDateTime(report.submittedAt)}
            {report.submittedAt && <span className={late ? "error" : "ok"}>（{late ? "逾期" : "按时"}）</span>}
          </dd>
        </div>
        <div>
          <dt>部门整体自评总分</dt>
          <dd className="figure" data-testid="total-score">
            {department ? department.totalShown : "—"}
          </dd>
        </div>
        <div>
          <dt>等级</dt>
          <dd className="figure">{department?.grade ?? "—"}</dd>
        </div>
        <div>
          <dt>预算执行率</dt>
          <dd className="figure">{department?.execution?.rateShown ?? "—"}</dd>
        </div>
        <div>
          <dt>全年预算 / 执行数（万元）</dt>
          <dd className="num-left">
            {showAmount(report.budgetFen, { grouped: true })} / {showAmount(report.executedFen, { grouped: true })}
          </dd>
        </div>
        <div>
          <dt>校验</dt>
          <dd>
            <span className={scores.counts.error > 0 ? "error" : ""}>错误 {scores.counts.error}</span>，警告{" "}
            {scores.counts.warning}
          </dd>
        </div>
        <div>
          <dt>规则方案</dt>
          <dd>{scores.profile.name}</dd>
        </div>
      </dl>
      {projects.length > 0 && (
        <details className="project-scores">
          <summary>项目自评得分（{projects.length} 个项目）</summary>
          <ProjectScoresTable projects={projects} />
        </details>
      )}
      {findings.length > 0 && (
        <div className="findings">
          <h3>校验发现的问题</h3>
          <ul>
            {shown.map((finding, index) => (
              <li
                key={`${finding.code}-${finding.location}-${index}`}
                className={`finding finding-${finding.severity}`}
              >
                <span className="finding-severity">{finding.severity === "error" ? "错误" : "警告"}</span>
                <span className="muted small">{describePath(finding.location, dataset)}</span>
                <div>{finding.message}</div>
              </li>
            ))}
          </ul>
          {findings.length > FINDINGS_SHOWN && (
            <button type="button" className="link-button" onClick={() => setAllFindings(!allFindings)}>
              {allFindings ? "收起" : `显示全部 ${findings.length} 条`}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
