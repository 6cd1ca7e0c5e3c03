/**
 * The report workspace of a 填报人: one page per section of the report, the score and grade always in view, autosave
 * with its state shown, the reviewers' comments, and submission (blocked while the audit finds errors).
 */
import "./zod-without-eval.ts";
import { useEffect, useMemo, useState } from "react";
import { DraftContext, type Drafts } from "./drafts.ts";
import { commentsByPath, type FieldComment, FieldCommentsContext } from "./field-comments.ts";
import type { Finding } from "../../../src/core/findings/finding.ts";
import { formatFixed } from "../../../src/core/numbers/decimal.ts";
import {
  availableActions,
  mayEditReport,
  submissionAction,
  WORKFLOW_ACTIONS,
  type WorkflowSettings,
} from "../../../src/core/workflow/workflow.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { type CheckItem, submitChecklist } from "./submit-checklist.ts";
import { blocksStep, CheckList } from "../components/CheckList.tsx";
import { ApiError, api } from "../api/client.ts";
import { navigate, useLeaveGuard } from "../app/router.tsx";
import { useUser } from "../app/session.tsx";
import { StatusBadge } from "../components/StatusBadge.tsx";
import { CommentsPanel } from "./CommentsPanel.tsx";
import { ConflictDialog } from "./ConflictDialog.tsx";
import { FindingField } from "./FindingField.tsx";
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
import { PublishedScoresSection } from "./sections/PublishedScoresSection.tsx";
import type { PathSegment } from "../../../src/core/dataset/dataset-path.ts";
import { type SaveState, useReportEditor } from "./use-report-editor.ts";
import { headerScore } from "./header-score.ts";
import "./workspace.css";

const SECTIONS: { id: SectionId; label: string }[] = [
  { id: "basic", label: "基本情况" },
  { id: "execution", label: "预算执行" },
  { id: "final-accounts", label: "决算" },
  { id: "indicators", label: "整体绩效目标与指标" },
  { id: "projects", label: "项目" },
  { id: "published-scores", label: "原文得分" },
  { id: "narrative", label: "叙述" },
  { id: "audit", label: "校验" },
  { id: "documents", label: "文档" },
];

export default function WorkspacePage({ reportId, section }: { reportId: string; section?: string }) {
  const user = useUser();
  const editor = useReportEditor(reportId);
  const { head, dataset, saveState } = editor;
  const profile = useMemo(() => profileFor(head?.profileId ?? "national"), [head?.profileId]);
  const analysis = useLocalAnalysis(dataset, profile);
  const [focus, setFocus] = useState<(FindingTarget & { message?: string | null }) | null>(null);
  const [submitProblems, setSubmitProblems] = useState<{
    message: string;
    findings: Pick<Finding, "code" | "location" | "message">[];
  } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [checklist, setChecklist] = useState<CheckItem[] | null>(null);
  const [asking, setAsking] = useState<"withdraw" | null>(null);
  // The region's settings decide which submission is offered (提交审核, or 提交单位负责人签字 first).
  const [settings, setSettings] = useState<WorkflowSettings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  useEffect(() => {
    api
      .get<WorkflowSettings>("/api/region/settings")
      .then(setSettings, (error: Error) => setSettingsError(`读取本地区流程设置失败，暂不能提交：${error.message}`));
  }, []);
  const [fieldComments, setFieldComments] = useState<FieldComment[]>([]);
  const commentsOnFields = useMemo(() => commentsByPath(fieldComments), [fieldComments]);
  const current = (section ?? "basic") as SectionId;
  const readOnly = !head || !mayEditReport(user.role, head.status);
  const unsaved = saveState.kind === "pending" || saveState.kind === "saving" || saveState.kind === "conflict";
  useLeaveGuard(unsaved ? "有尚未保存的修改，确定离开吗？" : null);
  const draftApi = useMemo(
    () => ({ drafts: editor.drafts, setDraft: editor.setDraft, refusal: editor.refusal }),
    [editor.drafts, editor.setDraft, editor.refusal],
  );
  const { undo, redo } = editor;

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the workspace's edits, in forms and in the grid alike.
  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const wantsRedo = key === "y" || (key === "z" && event.shiftKey);
      if (key !== "z" && !wantsRedo) return;
      event.preventDefault();
      if (wantsRedo) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [readOnly, undo, redo]);

  // A finding outside the grid: focus its field once the section is shown; a finding whose field no form of the
  // section shows opens it above the section (FindingField).
  const [looseField, setLooseField] = useState<{ location: string; message: string | null } | null>(null);
  useEffect(() => {
    if (!focus) return;
    // A printed figure of an indicator (its printed score) is no cell the user types in: its field opens above.
    if (focus.cell && !focus.path.includes(".printed")) return;
    const element = document.querySelector<HTMLElement>(`.section-content [data-path="${CSS.escape(focus.path)}"]`);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: "center" });
      if (!element.closest(".finding-field")) setLooseField(null);
    } else {
      setLooseField({ location: focus.path, message: focus.message ?? null });
    }
  }, [focus, current]);

  if (editor.loadError) return <p className="error">{editor.loadError}</p>;
  if (!head || !dataset) return <p className="muted">正在加载报表…</p>;

  const onChange = (path: readonly PathSegment[], value: unknown) => editor.editAt(path, value);
  const go = (id: SectionId) => navigate(`/reports/${reportId}/${id}`, { samePage: true });
  const openFinding = (finding: Finding) => {
    const target = findingTarget(finding.path);
    if (!target) return;
    setFocus({ ...target, message: finding.message ?? null });
    go(target.section);
  };
  const department = analysis?.scores.department ?? null;
  const headline = analysis ? headerScore(department, dataset, profile) : null;
  const errorCount = analysis?.errors.length ?? 0;

  /** 提交审核: saved first; with error findings the list of them, else the check list to confirm. */
  const submit = async () => {
    setSubmitProblems(null);
    await editor.save();
    if (errorCount > 0 && analysis) {
      setSubmitProblems({ message: `还有 ${errorCount} 个错误级校验问题，改正后才能提交`, findings: analysis.errors });
      return;
    }
    if (!analysis) {
      setSubmitProblems({ message: "页面内校验未完成，请稍候再提交", findings: [] });
      return;
    }
    setChecklist(
      submitChecklist(
        dataset,
        analysis.errors,
        Object.keys(editor.drafts).length,
        saveState.kind === "refused" ? saveState.problems.length : 0,
      ),
    );
  };

  /** A workflow step of the unit (提交审核 or 提交单位负责人签字, 撤回), confirmed. */
  const transition = async (action: "submit" | "submitForSignOff" | "withdraw") => {
    setSubmitting(true);
    try {
      await api.post(`/api/reports/${reportId}/transitions`, { action, version: editor.version() });
      setChecklist(null);
      setAsking(null);
      await editor.reload();
    } catch (error) {
      const details =
        error instanceof ApiError
          ? (error.details as { findings?: Pick<Finding, "code" | "location" | "message">[] } | undefined)
          : undefined;
      setChecklist(null);
      setAsking(null);
      setSubmitProblems({
        message: error instanceof ApiError ? error.message : action === "withdraw" ? "撤回失败" : "提交失败",
        findings: details?.findings ?? [],
      });
    } finally {
      setSubmitting(false);
    }
  };
  const submission = settings ? submissionAction(settings) : null;
  const mayWithdraw = settings !== null && availableActions(user.role, head.status, settings).includes("withdraw");

  const projectIndex = /^project-(\d+)$/.exec(current)?.[1];
  return (
    <DraftContext.Provider value={draftApi}>
      <FieldCommentsContext.Provider value={commentsOnFields}>
        <div className="workspace" data-testid="workspace-ready">
          <header className="workspace-header">
            <div>
              <h1>
                {head.unitName} · {head.year} 年度
              </h1>
              <div className="workspace-meta">
                <StatusBadge status={head.status} />
                <span className="muted">第 {head.version} 版</span>
                <SaveIndicator
                  state={saveState}
                  drafts={editor.drafts}
                  discard={(path) => editor.setDraft(path, null)}
                  open={(path) => openFinding({ location: path } as Finding)}
                />
                <a
                  className="small"
                  href={`/print/${reportId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(`/print/${reportId}`);
                  }}
                >
                  打印视图
                </a>
                {!readOnly && (
                  <span className="undo-buttons">
                    <button
                      type="button"
                      className="small"
                      disabled={editor.history.undo === 0}
                      onClick={() => undo()}
                      title="撤销（Ctrl+Z）"
                    >
                      撤销
                    </button>
                    <button
                      type="button"
                      className="small"
                      disabled={editor.history.redo === 0}
                      onClick={() => redo()}
                      title="重做（Ctrl+Y）"
                    >
                      重做
                    </button>
                  </span>
                )}
              </div>
            </div>
            <div className="score-box" aria-label="部门整体得分">
              <span className="muted small">
                部门整体自评得分{headline?.source === "framework" ? "（按评价指标体系）" : ""}
              </span>
              <strong className="num" data-testid="total-score">
                {headline && headline.totalWeight.gt(0)
                  ? formatFixed(headline.total, profile.rounding.totalDecimals)
                  : "—"}
              </strong>
              {headline && headline.totalWeight.gt(0) && (
                // The table's own scale: 89.80 of a 90-point table is not 89.80 of 100.
                <span className={`small ${headline.totalWeight.eq(100) ? "muted" : "error"}`} data-testid="total-scale">
                  {headline.totalWeight.eq(100)
                    ? "满分 100"
                    : `本表权重合计 ${formatFixed(headline.totalWeight, 0)} 分（应为 100）`}
                </span>
              )}
              {headline ? (
                // A table whose weights do not add up to 100 is not graded here: "89.80 优" of a 90-point table
                // reads as a grade of the report, which no one can give before the weights are corrected.
                <span
                  className="grade"
                  data-testid="grade"
                  title={headline.totalWeight.eq(100) ? undefined : "权重合计不是 100 分，改正后评定等级"}
                >
                  {headline.totalWeight.eq(100) ? (headline.grade ?? "—") : "不评等级"}
                </span>
              ) : (
                <span className="muted small">无部门整体自评表</span>
              )}
            </div>
            {!readOnly && (
              <div className="submit-box">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void submit()}
                  disabled={submitting || unsaved || submission === null}
                >
                  {/* Until the region's settings are read, the step is not known: no name that might be the wrong one. */}
                  {submitting ? "正在提交…" : submission ? WORKFLOW_ACTIONS[submission].label : "提交"}
                </button>
                {settingsError && <span className="error small">{settingsError}</span>}
                {submission === "submitForSignOff" && (
                  <span className="muted small">本地区要求单位负责人签字后再送主管部门审核</span>
                )}
                {errorCount > 0 && <span className="error small">{errorCount} 个错误须先改正</span>}
              </div>
            )}
            {mayWithdraw && (
              <div className="submit-box">
                <button type="button" onClick={() => setAsking("withdraw")} disabled={submitting}>
                  撤回提交
                </button>
                <span className="muted small">
                  {head.status === "signOffPending" ? "单位负责人签字前可撤回修改" : "主管部门审核前可撤回修改"}
                </span>
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
          <CommentsPanel
            reportId={reportId}
            dataset={dataset}
            version={head.version}
            returned={head.status === "returned"}
            onComments={setFieldComments}
            openField={(path) => openFinding({ location: path } as Finding)}
          />
          <div className="workspace-body">
            <nav className="section-nav" aria-label="报表各部分">
              {SECTIONS.map((item) => (
                <button
                  type="button"
                  key={item.id}
                  className={
                    current === item.id || (item.id === "projects" && projectIndex !== undefined) ? "current" : ""
                  }
                  onClick={() => {
                    setFocus(null);
                    setLooseField(null);
                    go(item.id);
                  }}
                >
                  {item.label}
                  {item.id === "audit" && errorCount > 0 && <span className="badge">{errorCount}</span>}
                </button>
              ))}
            </nav>
            <section className="section-content">
              {readOnly && <p className="muted small">报表当前为“{head.statusName}”，只读。</p>}
              {looseField && (
                <FindingField
                  dataset={dataset}
                  location={looseField.location}
                  message={looseField.message}
                  readOnly={readOnly}
                  onChange={onChange}
                  close={() => setLooseField(null)}
                />
              )}
              {current === "basic" && <BasicSection dataset={dataset} readOnly={readOnly} onChange={onChange} />}
              {current === "execution" && (
                <ExecutionSection
                  dataset={dataset}
                  score={department}
                  profile={profile}
                  readOnly={readOnly}
                  onChange={onChange}
                />
              )}
              {current === "final-accounts" && (
                <FinalAccountsSection dataset={dataset} readOnly={readOnly} onChange={onChange} />
              )}
              {current === "indicators" && (
                <IndicatorsSection
                  dataset={dataset}
                  profile={profile}
                  readOnly={readOnly}
                  focus={focus}
                  onChange={onChange}
                />
              )}
              {current === "projects" && (
                <ProjectList
                  dataset={dataset}
                  scores={analysis?.scores.projects ?? []}
                  profile={profile}
                  readOnly={readOnly}
                  open={(index) => go(`project-${index}`)}
                  onChange={onChange}
                />
              )}
              {projectIndex !== undefined && (
                <>
                  <button type="button" className="link-button" onClick={() => go("projects")}>
                    ← 全部项目
                  </button>
                  <ProjectEditor
                    dataset={dataset}
                    index={Number(projectIndex)}
                    score={analysis?.scores.projects[Number(projectIndex)] ?? null}
                    profile={profile}
                    readOnly={readOnly}
                    focus={focus}
                    onChange={onChange}
                  />
                </>
              )}
              {current === "published-scores" && (
                <PublishedScoresSection dataset={dataset} readOnly={readOnly} onChange={onChange} />
              )}
              {current === "narrative" && (
                <NarrativeSection
                  dataset={dataset}
                  scores={analysis?.scores ?? null}
                  profile={profile}
                  readOnly={readOnly}
                  onChange={onChange}
                />
              )}
              {current === "audit" &&
                (analysis ? (
                  <AuditSection findings={analysis.findings} open={openFinding} />
                ) : (
                  <p className="muted">正在校验…</p>
                ))}
              {current === "documents" && <DocumentsSection reportId={reportId} unsaved={unsaved} />}
            </section>
          </div>
          {checklist && (
            <ConfirmDialog
              title="提交审核前的检查"
              confirmLabel="确认提交"
              busy={submitting}
              blocked={blocksStep(checklist) ? "以上标 ✗ 的项目须先处理，才能提交" : null}
              onCancel={() => setChecklist(null)}
              onConfirm={() => void transition(submission ?? "submit")}
            >
              <CheckList items={checklist} testId="submit-checklist" />
              <p className="muted small">
                {submission === "submitForSignOff"
                  ? "提交后报表锁定，先送单位负责人签字，签字后进入主管部门审核；主管部门审核前可撤回。"
                  : "提交后报表锁定，主管部门审核前可撤回。"}
              </p>
            </ConfirmDialog>
          )}
          {asking === "withdraw" && (
            <ConfirmDialog
              title="撤回提交？"
              confirmLabel="确认撤回"
              busy={submitting}
              onCancel={() => setAsking(null)}
              onConfirm={() => void transition("withdraw")}
            >
              <p>报表回到提交前的状态，可继续修改后重新提交。主管部门将不再看到这次提交。</p>
            </ConfirmDialog>
          )}
          {saveState.kind === "conflict" && (
            <ConflictDialog
              conflict={saveState.conflict}
              dataset={dataset}
              resolve={(keep) => void editor.resolveConflict(keep)}
            />
          )}
        </div>
      </FieldCommentsContext.Provider>
    </DraftContext.Provider>
  );
}

/**
 * What is saved, said truthfully: 已保存 only when the server has everything the page holds. Refused sections and
 * drafts (text typed that the rules refuse, a cell not committed, half an override) are counted and listed; each
 * opens its field or can be discarded.
 */
function SaveIndicator({
  state,
  drafts,
  discard,
  open,
}: {
  state: SaveState;
  drafts: Drafts;
  discard(path: string): void;
  open(path: string): void;
}) {
  const [listed, setListed] = useState(false);
  const draftPaths = Object.keys(drafts);
  const [text, className] =
    state.kind === "saved"
      ? draftPaths.length > 0
        ? [`已保存，另有 ${draftPaths.length} 处草稿未保存`, "save-pending"]
        : ["已保存", "save-ok"]
      : state.kind === "pending"
        ? ["有未保存的修改", "save-pending"]
        : state.kind === "saving"
          ? ["正在保存…", "save-pending"]
          : state.kind === "conflict"
            ? ["保存冲突，请选择", "save-error"]
            : state.kind === "refused"
              ? [
                  `${state.problems.length} 处不合规未保存：${state.problems[0]?.location ?? ""} ${state.problems[0]?.message ?? ""}`,
                  "save-error",
                ]
              : [`保存失败：${state.message}`, "save-error"];
  return (
    <span className="save-box">
      <span className={`save-state ${className}`} data-testid="save-state" role="status">
        {text}
      </span>
      {draftPaths.length > 0 && (
        <button
          type="button"
          className="link-button small"
          onClick={() => setListed(!listed)}
          data-testid="drafts-toggle"
        >
          {listed ? "收起草稿" : `草稿（${draftPaths.length}）`}
        </button>
      )}
      {listed && draftPaths.length > 0 && (
        <ul className="drafts-list" data-testid="drafts-list">
          {draftPaths.map((path) => (
            <li key={path}>
              <button type="button" className="link-button" onClick={() => open(path)}>
                {path}：“{drafts[path]?.text}”{drafts[path]?.message ? `（${drafts[path]?.message}）` : ""}
              </button>
              <button type="button" className="small" onClick={() => discard(path)}>
                放弃
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
