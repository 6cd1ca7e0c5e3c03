/** GRADE: a printed grade must match the printed total by the profile's bands (90 分 → 优). */
import type { Finding } from "../../findings/finding.ts";
import { gradeOf } from "../../scoring/grade.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export const gradeMatchesScore: AuditCheck = {
  code: "GRADE",
  severity: "error",
  title: "等级与总分不符",
  run(context) {
    const findings: Finding[] = [];
    const check = (location: string, what: string, scoreText: string | undefined, gradeText: string | undefined) => {
      const score = readPrintedNumber(scoreText);
      const grade = (gradeText ?? "").replace(/[“”"\s]/g, "");
      if (!score || grade === "") return;
      const expected = gradeOf(score.value, context.profile);
      if (!grade.includes(expected)) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location,
          expected,
          found: gradeText ?? "",
          message: `${what}总分 ${score.text} 对应等级应为“${expected}”，原文为“${gradeText}”`,
        });
      }
    };
    for (const { table, path, label } of listScoredTables(context)) {
      check(`${path}.printed.grade`, label, table.printed?.totalScore, table.printed?.grade);
    }
    context.dataset.publishedScores.forEach((published, i) => {
      check(`publishedScores[${i}].grade`, `“${published.label}”`, published.score, published.grade);
    });
    return findings;
  },
};
