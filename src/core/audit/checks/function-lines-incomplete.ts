/**
 * FUNCTION-LINES-INCOMPLETE: every class with spending in the 一般公共预算 structure (类级) must appear in the 具体
 * 情况 list of function lines (类/款/项). Seed 004 lists 206, 208 and 210 but leaves out 221 住房保障支出 25.74万元,
 * so its lines add to 848.30 instead of 874.05.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { formatPath } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import type { AuditCheck } from "../audit-check.ts";
import { classCodeOf } from "../sum-relations.ts";
import { showMessageAmount } from "../../display/show-number.ts";

export const functionLinesIncompleteCheck: AuditCheck = {
  code: "FUNCTION-LINES-INCOMPLETE",
  severity: "error",
  title: "功能分类明细缺少有支出的类",
  run({ dataset }) {
    const fa = dataset.finalAccounts;
    if (!fa?.generalBudget || fa.functionLines.length === 0) return [];
    const lines = fa.functionLines;
    const findings: Finding[] = [];
    fa.generalBudget.byClass.forEach((cls, i) => {
      if (cls.amount === undefined || wanToFen(cls.amount) === 0) return;
      const code = classCodeOf(cls, lines);
      const listed =
        code !== undefined ? lines.some((l) => l.code.startsWith(code)) : lines.some((l) => l.className === cls.name);
      if (listed) return;
      const amount = showMessageAmount(wanToFen(cls.amount));
      const name = code === undefined ? cls.name : `${code} ${cls.name}`;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: formatPath(["finalAccounts", "generalBudget", "byClass", i]),
        expected: `${name}的功能分类明细，合计 ${amount} 万元`,
        found: "未列",
        message: `${name}决算 ${amount} 万元，但“具体情况”的功能分类明细中没有该类的任何科目（款、项）`,
      });
    });
    return findings;
  },
};
