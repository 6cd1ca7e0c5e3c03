/**
 * EXECUTION-VS-FINAL: the same year's money told twice must agree. The 部门整体支出绩效自评表's 执行数 (年度资金总额)
 * is the department's spending of the year, which the 决算 states as 本年支出合计; its 其中：财政拨款 row is the
 * 财政拨款支出. A gap is a warning — a self-evaluation may cover a narrower scope, which the text should then say.
 * @module
 */
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import type { AuditCheck } from "../audit-check.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const FISCAL_ROW = /财政拨款|财政资金/;

export const executionVsFinalCheck: AuditCheck = {
  code: "EXECUTION-VS-FINAL",
  severity: "warning",
  title: "自评表执行数与决算支出不一致",
  run({ dataset }) {
    const rows = dataset.department?.evaluation?.execution ?? [];
    const fa = dataset.finalAccounts;
    if (rows.length === 0 || !fa) return [];
    const unit = amountUnitOf(dataset);
    const findings: Finding[] = [];
    const compare = (index: number, what: string, finalText: string | undefined, finalName: string) => {
      const row = rows[index];
      if (!row || row.executed === undefined || finalText === undefined) return;
      const executed = wanToFen(row.executed);
      const final = wanToFen(finalText);
      if (executed === final) return;
      findings.push({
        code: "EXECUTION-VS-FINAL",
        severity: "warning",
        location: `department.evaluation.execution[${index}].executed`,
        expected: showAmountWithUnit(final, unit),
        found: showAmountWithUnit(executed, unit),
        message: `部门整体自评表“${row.label}”${what}执行数 ${showAmountWithUnit(executed, unit)}，同年决算${finalName} ${showAmountWithUnit(final, unit)}，相差 ${showAmountWithUnit(Math.abs(executed - final), unit)}；口径不同时应在报告中说明`,
      });
    };
    compare(
      rows.findIndex((row) => row.role === "total"),
      "",
      fa.expenditure?.total,
      "本年支出合计",
    );
    const fiscalIndex = rows.findIndex(
      (row) => row.role === "part" && (row.depth ?? 1) === 1 && (row.source === "fiscal" || FISCAL_ROW.test(row.label)),
    );
    compare(fiscalIndex, "", fa.fiscalAppropriation?.amount, "财政拨款支出");
    return findings;
  },
};
