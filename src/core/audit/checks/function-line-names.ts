/**
 * FUNCTION-LINE-NAME: the 类/款/项 names printed beside a function-classification code must be the current names of
 * that code in the 政府收支分类科目 table that ships with Jixiao (seed 004 prints 20805 as "行政单位养老支出" and as
 * "行政事业单位离退休"; it is 行政事业单位养老支出). A trailing "支出" left off a 项 name is not worth a finding.
 * @module
 */
import { functionCodePath } from "../../classification/function-classification.ts";
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";

function sameName(printed: string, official: string): boolean {
  const strip = (name: string) => name.replace(/\s+/g, "").replace(/支出$/, "");
  return strip(printed) === strip(official);
}

const LEVEL_LABEL = { className: "类", kuanName: "款", xiangName: "项" } as const;

export const functionLineNamesCheck: AuditCheck = {
  code: "FUNCTION-LINE-NAME",
  severity: "warning",
  title: "功能分类科目名称与编码不符",
  run(context) {
    const findings: Finding[] = [];
    context.dataset.finalAccounts?.functionLines.forEach((line, i) => {
      const path = functionCodePath(line.code);
      if (!path) return;
      const official = { className: path.class?.name, kuanName: path.kuan?.name, xiangName: path.xiang?.name };
      for (const field of ["className", "kuanName", "xiangName"] as const) {
        const printed = line[field];
        const expected = official[field];
        if (!printed || !expected || sameName(printed, expected)) continue;
        const code = line.code.slice(0, field === "className" ? 3 : field === "kuanName" ? 5 : 7);
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `finalAccounts.functionLines[${i}].${field}`,
          expected,
          found: printed,
          message: `功能分类 ${code} 的${LEVEL_LABEL[field]}级名称应为“${expected}”，原文为“${printed}”`,
        });
      }
    });
    return findings;
  },
};
