/**
 * What is checked before 公开, as one list the 财政审核人 sees in the confirmation: the submission's own items (error
 * findings, placeholders, tables whose weights do not add up, a report with content, the narrative as a reminder) on
 * the server's stored audit of the version to be published — rules can change between submission and publication —
 * and that this audit is of that version and is current. An item not met blocks the publication.
 */
import type { FullReport } from "../../api/types.ts";
import { type CheckItem, submitChecklist } from "../../workspace/submit-checklist.ts";

export function publishChecklist(full: FullReport): CheckItem[] {
  const { report, dataset, scores } = full;
  const current = !report.auditStale && report.auditVersion === report.version;
  const errors = scores.findings.filter((finding) => finding.severity === "error");
  // Nothing of a reviewer's page is unsaved: the submission's item about drafts does not apply.
  const items = submitChecklist(dataset, errors, 0, 0).filter((item) => item.label !== "未保存的内容");
  return [
    {
      label: "校验结果",
      ok: current,
      detail: current ? `第 ${report.version} 版的校验` : `正在按现行规则重新校验第 ${report.version} 版，请稍后刷新`,
      blocking: true,
    },
    ...items,
  ];
}
