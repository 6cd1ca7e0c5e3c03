/**
 * The report workspace of a 填报人: one page per section of the report, the score and grade always in view, autosave
 * with its state shown, the reviewers' comments, and submission (blocked while the audit finds errors).
 */
import "./zod-without-eval.ts";
import { useEffect, useMemo, useState } from "react";
import type { Finding } from "../../../src/core/findings/finding.ts";
import { formatFixed } from "../../../src/core/numbers/decimal.ts";
import { mayEditReport } from "../../../src/core/workflow/workflow.ts";
import { ApiError, api } from "../api/client.ts";
import { navigate, useLeaveGuard } from "../app/router.tsx";
import { useUser } from "../app/session.tsx";
import { StatusBadge } from "../components/StatusBadge.tsx";
import { CommentsPanel } from "./CommentsPanel.tsx";
import { ConflictDialog } from "./ConflictDialog.tsx";
import { type FindingTarget, findingTarget, type SectionId } from "./finding-target.ts";
import { profileFor, useLocalAnalysis } from "./local-analysis.ts";
import { AuditSection } from "./sections/AuditSection.tsx";
import { BasicSection } from "./sections/BasicSection.tsx";
import { DocumentsSection } from "./sections/DocumentsSection.tsx";
import { ExecutionSection } from "./sections/ExecutionSection.tsx";
import { FinalAccountsSection } from "./sections/FinalAccountsSection.tsx";
import { IndicatorsSection } from "./sections/IndicatorsSection.tsx";
import { NarrativeSection } from "./sections/NarrativeSection.tsx";
import { ProjectEditor, ProjectList } from "./sections/ProjectsSection.tsx";
import { type PathSegment, updateAt } from "./update-at.ts";
import { type SaveState, useReportEditor } from "./use-report-editor.ts";
import "./workspace.css";

const SECTIONS: { id: SectionId; label: string }[] = [
  { id: "basic", label: "基本情况" },
  { id: "execution", label: "预算执行" },
  { id: "final-accounts", label: "决算" },
  { id: "indicators", label: "整体绩效目标与指标" },
  { id: "projects", label: "项目" },
  { id: "narrative", label: "叙述" },
  { id: "audit", label: "校验" },
  { id: "documents", label: "文档" },
];


export default function WorkspacePage({ reportId, section }: { reportId: string; section?: string }) {
  const user = useUser();
  const editor = useReportEditor(reportId);
  const { head, dataset, saveState } = editor;
  const profile = useMemo(() => profileFor(head?.profile_id ?? "national"), [head?.profile_id]);
  const analysis = useLocalAnalysis(dataset, profile);
  const [focus, setFocus] = useState<FindingTarget | null>(null);
  const [submitProblems, setSubmitProblems] = useState<{ message: string; findings: Pick<Finding, "code" | "location" | "message">[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const current = (section ?? "basic") as SectionId;
  const readOnly = !head || !mayEditReport(user.role, head.status);
  const unsaved = saveState.kind === "pending" || saveState.kind === "saving" || saveState.kind === "conflict";
  useLeaveGuard(unsaved ? "有尚未保存的修改，确定离开吗？" : null);

  // A finding outside the grid: focus its field once the section is shown.
  useEffect(() => {
    if (!focus || focus.cell) return;
    const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(focus.path)}"]`);
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  }, [focus, current]);

  if (editor.loadError) return <p className="error">{editor.loadError}</p>;
  if (!head || !dataset) return <p className="muted">正在加载报表…</p>;

  const onChange = (path: readonly PathSegment[], value: unknown) => editor.edit((d) => updateAt(d, path, value));
  const go = (id: SectionId) => navigate(`/reports/${reportId}/${id}`, { samePage: true });
  const openFinding = (finding: Finding) => {
    const target = findingTarget(finding.location);
    if (!target) return;
    setFocus(target);
    go(target.section);
  };
  const department = analysis?.scores.department ?? null;
  const errorCount = analysis?.errors.length ?? 0;

  const submit = async () => {
    setSubmitProblems(null);
    await editor.save();
    if (errorCount > 0 && analysis) {
      setSubmitProblems({ message: `还有 ${errorCount} 个错误级校验问题，改正后才能提交`, findings: analysis.errors });
      return;
    }
    setSubmitting(true);
    try {
      await api.post(`/api/reports/${reportId}/transitions`, { action: "submit", version: editor.version() });
      await editor.reload();
    } catch (error) {
      const details = error instanceof ApiError ? (error.details as { findings?: Pick<Finding, "code" | "location" | "message">[] } | undefined) : undefined;
      setSubmitProblems({ message: error instanceof ApiError ? error.message : "提交失败", findings: details?.findings ?? [] });
    } finally {
      setSubmitting(false);
    }
  };

  const projectIndex = /^project-(\d+)$/.exec(current)?.[1];
  return (
    <div className="workspace" data-testid="workspace-ready">
      <header className="workspace-header">
        <div>
          <h1>
            {head.unitName} · {head.year} 年度
          </h1>
          <div className="workspace-meta">
            <StatusBadge status={head.status} />
            <span className="muted">第 {head.version} 版</span>
            <SaveIndicator state={saveState} />
          </div>
        </div>
        <div className="score-box" aria-label="部门整体得分">
          <span className="muted small">部门整体自评得分</span>
          <strong className="num" data-testid="total-score">
            {department && department.totalWeight.gt(0) ? formatFixed(department.total, profile.rounding.totalDecimals) : "—"}
          </strong>
          {department ? (
            <span className="grade" data-testid="grade">
              {department.grade ?? "—"}
            </span>
          ) : (
            <span className="muted small">无部门整体自评表</span>
          )}
        </div>
        {!readOnly && (
          <div className="submit-box">
            <button type="button" className="primary" onClick={() => void submit()} disabled={submitting || unsaved}>
              {submitting ? "正在提交…" : "提交审核"}
            </button>
            {errorCount > 0 && <span className="error small">{errorCount} 个错误须先改正</span>}
          </div>
        )}
      </header>
      {submitProblems && (
        <div className="submit-problems" role="alert">
          <div className="submit-problems-title">
            <strong>{submitProblems.message}</strong>
            <button type="button" onClick={() => setSubmitProblems(null)}>
              关闭
            </button>
          </div>
          <ul>
            {submitProblems.findings.slice(0, 50).map((finding, index) => (
              <li key={index}>
                <button type="button" className="link-button" onClick={() => openFinding(finding as Finding)}>
                  {finding.code}：{finding.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CommentsPanel reportId={reportId} version={head.version} returned={head.status === "returned"} />
      <div className="workspace-body">
        <nav className="section-nav" aria-label="报表各部分">
          {SECTIONS.map((item) => (
            <button type="button" key={item.id} className={current === item.id || (item.id === "projects" && projectIndex !== undefined) ? "current" : ""} onClick={() => go(item.id)}>
              {item.label}
              {item.id === "audit" && errorCount > 0 && <span className="badge">{errorCount}</span>}
            </button>
          ))}
        </nav>
        <section className="section-content">
          {readOnly && <p className="muted small">报表当前为“{head.statusName}”，只读。</p>}
          {current === "basic" && <BasicSection dataset={dataset} readOnly={readOnly} onChange={onChange} />}
          {current === "execution" && <ExecutionSection dataset={dataset} score={department} profile={profile} readOnly={readOnly} onChange={onChange} />}
          {current === "final-accounts" && <FinalAccountsSection dataset={dataset} readOnly={readOnly} onChange={onChange} />}
          {current === "indicators" && <IndicatorsSection dataset={dataset} profile={profile} readOnly={readOnly} focus={focus} onChange={onChange} />}
          {current === "projects" && <ProjectList dataset={dataset} scores={analysis?.scores.projects ?? []} profile={profile} readOnly={readOnly} open={(index) => go(`project-${index}`)} onChange={onChange} />}
          {projectIndex !== undefined && (
            <>
              <button type="button" className="link-button" onClick={() => go("projects")}>
                ← 全部项目
              </button>
              <ProjectEditor dataset={dataset} index={Number(projectIndex)} score={analysis?.scores.projects[Number(projectIndex)] ?? null} profile={profile} readOnly={readOnly} focus={focus} onChange={onChange} />
            </>
          )}
          {current === "narrative" && <NarrativeSection dataset={dataset} scores={analysis?.scores ?? null} profile={profile} readOnly={readOnly} onChange={onChange} />}
          {current === "audit" && (analysis ? <AuditSection findings={analysis.findings} open={openFinding} /> : <p className="muted">正在校验…</p>)}
          {current === "documents" && <DocumentsSection reportId={reportId} unsaved={unsaved} />}
        </section>
      </div>
      {saveState.kind === "conflict" && <ConflictDialog conflict={saveState.conflict} dataset={dataset} resolve={(keep) => void editor.resolveConflict(keep)} />}
    </div>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const [text, className] =
    state.kind === "saved"
      ? ["已保存", "save-ok"]
      : state.kind === "pending"
        ? ["有未保存的修改", "save-pending"]
        : state.kind === "saving"
          ? ["正在保存…", "save-pending"]
          : state.kind === "conflict"
            ? ["保存冲突，请选择", "save-error"]
            : [`保存失败：${state.message}`, "save-error"];
  return (
    <span className={`save-state ${className}`} data-testid="save-state" role="status">
      {text}
    </span>
  );
}
