/**
 * OPERATING-COSTS-SCOPE: 机关运行经费 covers only 行政单位 and 参公事业单位 (rules §7). When it equals the whole 公用经费
 * of a department that also funds a non-参公 事业单位, the 事业单位's 公用经费 was probably counted in (seed 004: 51.17
 * = 公用经费, with the 青少年科技活动中心 among its units). A warning: the scope rule is recalled, not quoted.
 *
 * The dataset has no list of subordinate units, so the 事业单位 is found where the report states it: the unit's own
 * type, or the 机构设置 sentence "其他事业单位N个" in the narrative.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import type { AuditCheck } from "../audit-check.ts";
import { showMessageAmount } from "../../display/show-number.ts";

const OTHER_INSTITUTIONS = /其他事业单位\s*(\d+)\s*个/;

export const operatingCostsScopeCheck: AuditCheck = {
  code: "OPERATING-COSTS-SCOPE",
  severity: "warning",
  title: "机关运行经费可能含非参公事业单位的公用经费",
  run({ dataset }) {
    const fa = dataset.finalAccounts;
    const costs = fa?.operatingCosts?.amount;
    const publicFunds = fa?.basicSpending?.public;
    if (
      costs === undefined ||
      publicFunds === undefined ||
      wanToFen(costs) !== wanToFen(publicFunds) ||
      wanToFen(costs) === 0
    )
      return [];
    let evidence: string | null =
      dataset.unit?.type === "publicInstitution" ? `本单位为事业单位（${dataset.unit.typePrinted ?? "非参公"}）` : null;
    for (const section of dataset.narrative) {
      if (evidence) break;
      const match = OTHER_INSTITUTIONS.exec(normalizeWidth(section.text));
      if (match && Number(match[1]) > 0) evidence = `“${section.title.trim()}”中列有${match[0]}`;
    }
    if (!evidence) return [];
    const finding: Finding = {
      code: this.code,
      severity: this.severity,
      location: "finalAccounts.operatingCosts.amount",
      expected: `小于公用经费 ${showMessageAmount(wanToFen(publicFunds))} 万元（不含非参公事业单位）`,
      found: showMessageAmount(wanToFen(costs)),
      message: `机关运行经费 ${showMessageAmount(wanToFen(costs))} 万元等于全部公用经费，而${evidence}；机关运行经费只含行政单位和参公事业单位，其他事业单位的公用经费不应计入，请核对口径`,
    };
    return [finding];
  },
};
