/**
 * BASIC-DATA-CONFLICT: the 基础数据表 (经费控制情况) restates figures of the final accounts; the two must agree.
 * Seed 001 prints 公用经费 4.72 / 4.13 in the table but 24.52 / 36.70 in the text: one of them is wrong.
 * @module
 */
import type { BasicData, Dataset } from "../../dataset/schema.ts";
import type { Finding } from "../../findings/finding.ts";
import { formatPath } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import type { AuditCheck } from "../audit-check.ts";
import { sangongTotal } from "../finance-sites.ts";
import { showMessageAmount } from "../../display/show-number.ts";

type Kind = NonNullable<BasicData["funds"][number]["kind"]>;
type Column = "priorFinal" | "budget" | "final";

const COLUMN_NAMES: Record<Column, string> = { priorFinal: "上年决算数", budget: "本年预算数", final: "本年决算数" };

/** The final-accounts figure a 基础数据表 cell restates, with its name in the report. */
function counterpart(dataset: Dataset, kind: Kind, column: Column): { value: string; name: string } | null {
  const fa = dataset.finalAccounts;
  if (!fa) return null;
  const pick = (value: string | undefined, name: string) => (value === undefined ? null : { value, name });
  const sangongItem = {
    sangongVehicles: fa.sangong?.vehicles,
    sangongAbroad: fa.sangong?.abroad,
    sangongReception: fa.sangong?.reception,
  } as const;
  const itemNames = {
    sangongVehicles: "公务用车购置及运行维护费",
    sangongAbroad: "因公出国（境）费",
    sangongReception: "公务接待费",
  } as const;
  switch (kind) {
    case "basic":
      return column === "final"
        ? pick(fa.basicSpending?.total, "基本支出")
        : column === "priorFinal"
          ? pick(fa.basicSpending?.prior, "上年基本支出")
          : null;
    case "public":
      return column === "final"
        ? pick(fa.basicSpending?.public, "公用经费")
        : column === "priorFinal"
          ? pick(fa.basicSpending?.priorPublic, "上年公用经费")
          : null;
    case "sangong": {
      if (!fa.sangong) return null;
      const field = column === "final" ? "amount" : column === "budget" ? "budget" : "prior";
      const { value, summed } = sangongTotal(fa.sangong, field);
      return pick(
        value,
        `“三公”经费${column === "final" ? "决算数" : column === "budget" ? "预算数" : "上年决算数"}${summed ? "（三项合计）" : ""}`,
      );
    }
    case "sangongVehicles":
    case "sangongAbroad":
    case "sangongReception": {
      const item = sangongItem[kind];
      const field = column === "final" ? "amount" : column === "budget" ? "budget" : "prior";
      return pick(item?.[field], `${itemNames[kind]}${COLUMN_NAMES[column]}`);
    }
    case "project":
      return column === "final"
        ? pick(fa.projectSpending?.total, "项目支出")
        : column === "priorFinal"
          ? pick(fa.projectSpending?.prior, "上年项目支出")
          : null;
    case "procurement":
      return column === "final" ? pick(fa.procurement?.total, "政府采购支出总额") : null;
    default:
      return null;
  }
}

export const basicDataConflictCheck: AuditCheck = {
  code: "BASIC-DATA-CONFLICT",
  severity: "error",
  title: "基础数据表与决算数据矛盾",
  run({ dataset }) {
    const findings: Finding[] = [];
    dataset.basicData?.funds.forEach((row, i) => {
      if (row.kind === undefined) return;
      for (const column of ["priorFinal", "budget", "final"] as const) {
        const cell = row[column];
        if (cell === undefined) continue;
        const other = counterpart(dataset, row.kind, column);
        if (other === null || wanToFen(other.value) === wanToFen(cell)) continue;
        const table = showMessageAmount(wanToFen(cell));
        const report = showMessageAmount(wanToFen(other.value));
        findings.push({
          code: this.code,
          severity: this.severity,
          location: formatPath(["basicData", "funds", i, column]),
          expected: report,
          found: table,
          message: `基础数据表“${row.item.trim()}”${COLUMN_NAMES[column]}为 ${table} 万元，而决算数据中${other.name}为 ${report} 万元：二者矛盾，必有一处有误`,
        });
      }
    });
    return findings;
  },
};
