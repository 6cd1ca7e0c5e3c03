/**
 * What is checked before a submission, as one list the 填报人 sees in the confirmation: the audit's error findings
 * (its placeholders and tables whose weights do not add up among them, named apart — the audit decides them), the
 * parts a report cannot go without, and what the page holds that is not saved (drafts, refused sections). Any item
 * not met blocks the submission, except reminders (no narrative).
 */
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import type { Finding } from "../../../src/core/findings/finding.ts";

export interface CheckItem {
  label: string;
  ok: boolean;
  detail: string;
  /** Not met, it blocks the submission; a reminder only otherwise. */
  blocking: boolean;
}

export function submitChecklist(
  dataset: Dataset,
  errors: readonly Pick<Finding, "code">[],
  unsavedDrafts: number,
  refusedSections: number,
): CheckItem[] {
  const placeholders = errors.filter((finding) => finding.code === "PLACEHOLDER-TEXT").length;
  const weights = errors.filter((finding) => finding.code === "WEIGHT-SUM").length;
  const others = errors.length - placeholders - weights;
  const tables =
    (dataset.department?.evaluation ? 1 : 0) + dataset.projects.filter((project) => project.evaluation).length;
  const accounts =
    dataset.finalAccounts !== undefined &&
    Object.keys(dataset.finalAccounts).some((key) => key !== "functionLines" && key !== "charts");
  const narrative = dataset.narrative.filter((section) => section.text.trim() !== "").length;
  return [
    { label: "错误级校验问题", ok: others === 0, detail: others === 0 ? "无" : `${others} 个`, blocking: true },
    {
      label: "模板占位文字",
      ok: placeholders === 0,
      detail: placeholders === 0 ? "无" : `${placeholders} 处未替换`,
      blocking: true,
    },
    {
      label: "自评表权重合计",
      ok: weights === 0,
      detail: weights === 0 ? "各表权重合计正确" : `${weights} 张表的权重合计不正确`,
      blocking: true,
    },
    // A 决算公开-only report has no self-evaluation table, a 自评-only one no 决算: one of them, at least.
    {
      label: "报表内容",
      ok: tables > 0 || accounts,
      detail:
        tables > 0 || accounts
          ? [tables > 0 ? `${tables} 张绩效自评表` : "", accounts ? "决算数据" : ""].filter(Boolean).join("、")
          : "既没有绩效自评表，也没有决算数据",
      blocking: true,
    },
    {
      label: "叙述",
      ok: narrative > 0,
      detail: narrative > 0 ? `${narrative} 段` : "没有任何叙述段落（请确认）",
      blocking: false,
    },
    {
      label: "未保存的内容",
      ok: unsavedDrafts === 0 && refusedSections === 0,
      detail:
        unsavedDrafts + refusedSections === 0
          ? "全部已保存"
          : `${unsavedDrafts} 处草稿、${refusedSections} 处不合规未保存`,
      blocking: true,
    },
  ];
}
