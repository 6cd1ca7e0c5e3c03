/**
 * PUBLISHED-SCORE: scores stated in the text must agree with their parts (总分 = Σ 各部分) and with the tables
 * they summarise (a project "自评得分99分" against the total its table prints).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readPrintedNumber } from "../printed-number.ts";

/** "专项“凉山州科学技术协会换届选举”项目" and the table's "凉山州科学技术协会换届选举项目" name one project. */
function sameProject(statedLabel: string, projectName: string): boolean {
  const quoted = /[“"]([^”"]+)[”"]/.exec(statedLabel)?.[1] ?? statedLabel;
  const core = quoted.replace(/^(专项|项目)/, "").replace(/项目$/, "");
  return core.length >= 4 && (projectName.includes(core) || core.includes(projectName.replace(/项目$/, "")));
}

export const publishedScore: AuditCheck = {
  code: "PUBLISHED-SCORE",
  severity: "error",
  title: "文中得分与其组成或表格不符",
  run(context) {
    const findings: Finding[] = [];
    context.dataset.publishedScores.forEach((published, i) => {
      const stated = readPrintedNumber(published.score);
      if (!stated) return;
      const parts = published.components.map((c) => readPrintedNumber(c.score)).filter((n) => n !== null);
      if (parts.length > 0 && parts.length === published.components.length) {
        const sum = parts.reduce((acc, n) => acc.plus(n.value), new Dec(0));
        if (!sum.equals(stated.value)) {
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `publishedScores[${i}].score`,
            expected: sum.toString(),
            found: published.score ?? "",
            message: `“${published.label}”为 ${published.score}，其各部分得分合计 ${sum}`,
          });
        }
      }
      const projectIndex = context.dataset.projects.findIndex((p) => sameProject(published.label, p.name));
      const project = context.dataset.projects[projectIndex];
      const tableTotal = readPrintedNumber(project?.evaluation?.printed?.totalScore);
      if (project && tableTotal && !tableTotal.value.equals(stated.value)) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `publishedScores[${i}].score`,
          expected: tableTotal.text,
          found: published.score ?? "",
          message: `文中称“${published.label}”得分 ${published.score}，该项目自评表合计为 ${tableTotal.text}（projects[${projectIndex}]）`,
        });
      }
    });
    return findings;
  },
};
