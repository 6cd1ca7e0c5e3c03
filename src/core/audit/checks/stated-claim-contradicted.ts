/**
 * STATED-CLAIM-CONTRADICTED: a sentence of the unit's own text that the documents print with the computed value in
 * its place, because the unit's figure contradicts it — "自评得分99分" for a project whose table adds to 49.47,
 * "得分为99分……评级为“优”" beside a table without weights, "“三公”经费支出总额较上年持平" for 0.68 against 0.67,
 * "本年单位预算未进行预算相关事项的调整" for a budget cut from 153.53 to 127.10 万元. The documents are right; the
 * unit's text is not, and the unit should correct it (or the table): a warning at the sentence, not an error, because
 * what is filed already prints the computed value — a unit whose "持平" covers a change of 0.01 万元 may still submit.
 *
 * The texts are those the documents copy: the narrative, each of its documents judged against its own table (a
 * project's report against the project's, the department's reports and the 决算说明 against the department's), and
 * each project's 评价结论, and each indicator's reason (a deduction it claims). What a claim is and what replaces it is decided in `core/prose/contradicted-claims.ts`.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { reconcileIndicatorReason } from "../../narrative/self-evaluation/reconcile-stated-scores.ts";
import { projectDocuments, splitNarrativeDocuments } from "../../narrative/split-narrative-documents.ts";
import { type ContradictedClaim, findContradictedClaims } from "../../prose/contradicted-claims.ts";
import { statedReason } from "../../scoring/reason-rule.ts";
import type { TableScore } from "../../scoring/score-types.ts";
import type { AuditCheck } from "../audit-check.ts";

export const statedClaimContradictedCheck: AuditCheck = {
  code: "STATED-CLAIM-CONTRADICTED",
  severity: "warning",
  title: "文中所述得分、等级或增减与计算结果不符（文档已改印计算结果）",
  run(context) {
    const { dataset, scores } = context;
    const findings: Finding[] = [];
    const report = (path: string, claim: ContradictedClaim) =>
      findings.push({
        code: this.code,
        severity: this.severity,
        location: `${path}（第${claim.line}行）`,
        found: claim.stated,
        expected: claim.computed,
        message:
          claim.corrected === ""
            ? `原文“${claim.sentence.trim()}”称${claim.stated}，但${claim.computed}：文档未印该句，请改正原文`
            : `原文“${claim.sentence.trim()}”称${claim.stated}，计算结果为${claim.computed}：文档已改印计算结果，请改正原文`,
      });
    const byProject = projectDocuments(
      dataset.narrative,
      dataset.projects.map((p) => p.name),
    );
    const projectOf = new Map<number, TableScore | null>();
    byProject.forEach((document, i) => {
      for (const index of document?.indexes ?? []) projectOf.set(index, scores.projects[i] ?? null);
    });
    for (const document of splitNarrativeDocuments(dataset.narrative)) {
      document.sections.forEach((section, k) => {
        const index = document.indexes[k] ?? -1;
        const subject =
          document.kind === "projectSelfEvaluation"
            ? (projectOf.get(index) ?? null)
            : document.kind === "other"
              ? null
              : scores.department;
        const ownReport = document.kind === "projectSelfEvaluation";
        for (const claim of findContradictedClaims(section.text, { ...context, subject, ownReport })) {
          report(`narrative[${index}].text`, claim);
        }
      });
    }
    // An indicator's reason claiming another deduction ("满意度未达设定指标，扣1分。" beside 9.47 of 10): the reports
    // print the reason without that clause.
    const tables = [
      { path: "department.evaluation", score: scores.department },
      ...scores.projects.map((score, i) => ({ path: `projects[${i}].evaluation`, score })),
    ];
    for (const { path, score } of tables) {
      score?.indicators.forEach((scored, i) => {
        const reason = statedReason(scored.indicator.reason);
        if (reason === null || scored.final === null) return;
        for (const conflict of reconcileIndicatorReason(reason, scored, context.profile).conflicts) {
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `${path}.indicators[${i}].reason`,
            found: conflict.stated,
            expected: conflict.computed,
            message: `指标“${scored.indicator.level3}”的原因称“${conflict.stated}”，按评分规则计算为${conflict.computed}：报告未印该句，请改正原因`,
          });
        }
      });
    }
    dataset.projects.forEach((project, i) => {
      if (!project.conclusion) return;
      const subject = scores.projects[i] ?? null;
      for (const claim of findContradictedClaims(project.conclusion, { ...context, subject, ownReport: true })) {
        report(`projects[${i}].conclusion`, claim);
      }
    });
    return findings;
  },
};
