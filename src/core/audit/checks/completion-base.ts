/**
 * COMPLETION-BASE: the 一般公共预算 total and its function lines must state 完成预算 on the same budget. Seed 004
 * prints 142.24% for the total (874.05 ÷ 年初预算 614.51) but 100% for every 项 line (the 调整后 budget): two bases in
 * one section. Where the lines store their budgets the base of each is known; where they do not, the budgets their
 * printed rates imply (决算数 ÷ 完成率) are added up: if even their smallest possible sum exceeds the budget the total
 * was computed on, the lines cannot be on that base.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { Dec } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { type JudgedCompletion, judgeCompletion } from "../completion-bases.ts";
import { BASE_NAMES, listCompletionSites } from "../finance-sites.ts";
import { showAmount, showMessageAmount } from "../../display/show-number.ts";

function ratesText(lines: JudgedCompletion[]): string {
  const rates = [...new Set(lines.map((l) => `${l.printed.numberText}%`))];
  return rates.length === 1 ? `均为 ${rates[0]}` : `${rates.slice(0, 3).join("、")}等`;
}

export const completionBaseCheck: AuditCheck = {
  code: "COMPLETION-BASE",
  severity: "warning",
  title: "完成预算的预算口径（年初/调整后）前后不一致",
  run({ dataset }) {
    const sites = listCompletionSites(dataset);
    const totalSite = sites.find((s) => s.scope === "generalBudget");
    const total = totalSite ? judgeCompletion(totalSite) : null;
    // The total must fit exactly one base; with 年初 = 调整后 there is nothing to mix.
    const totalBase = total?.matched.length === 1 ? total.matched[0] : undefined;
    if (!total || !totalBase) return [];
    const totalKind = totalBase.base.kind;
    const lines = sites.filter((s) => s.scope === "functionLine").flatMap((s) => judgeCompletion(s) ?? []);
    const amount = showMessageAmount(wanToFen(total.site.amount as string));
    const totalText = `一般公共预算财政拨款支出“${total.printed.text}”按${BASE_NAMES[totalKind]} ${showMessageAmount(wanToFen(totalBase.base.value))} 万元计算（${amount} ÷ ${showMessageAmount(wanToFen(totalBase.base.value))}）`;
    const expected = "合计与各科目按同一预算口径计算，并写明“年初预算”或“调整后预算”";

    const otherBase = lines.filter((l) => l.matched.length > 0 && !l.matched.some((m) => m.base.kind === totalKind));
    if (otherBase.length > 0) {
      const kinds = [...new Set(otherBase.flatMap((l) => l.matched.map((m) => BASE_NAMES[m.base.kind])))].join("、");
      return [
        {
          code: this.code,
          severity: this.severity,
          location: total.site.printed.path,
          expected,
          found: `合计按${BASE_NAMES[totalKind]}，${otherBase.length} 个科目按${kinds}`,
          message: `${totalText}，而 ${otherBase[0]?.site.label} 等 ${otherBase.length} 个科目的完成预算按${kinds}计算：同一段说明混用了两种预算口径`,
        },
      ];
    }

    // Lines without stored budgets: the smallest budgets their printed rates allow (rate taken at its upper bound).
    const implied = lines.filter((l) => l.results.length === 0 && l.printed.value.greaterThan(0));
    if (implied.length === 0) return [];
    let minimum = new Dec(0);
    let atPrinted = new Dec(0);
    for (const line of implied) {
      const amountFen = new Dec(wanToFen(line.site.amount as string));
      const upper = line.printed.value.plus(new Dec(10).pow(-line.printed.decimals).div(2));
      minimum = minimum.plus(amountFen.div(upper).times(100));
      atPrinted = atPrinted.plus(amountFen.div(line.printed.value).times(100));
    }
    // Rounded down to the 0.01 万元 shown, so "不少于" stays true.
    const minimumFen = minimum.div(10_000).floor().times(10_000).toNumber();
    if (minimumFen <= wanToFen(totalBase.base.value)) return [];
    const other = totalKind === "initial" ? "调整后预算" : "另一预算口径";
    const findings: Finding[] = [
      {
        code: this.code,
        severity: this.severity,
        location: total.site.printed.path,
        expected,
        found: `合计按${BASE_NAMES[totalKind]}（${total.printed.text}），各科目${ratesText(implied)}`,
        message: `${totalText}；而 ${implied.length} 个功能科目的完成预算${ratesText(implied)}，所对应的预算合计为 ${showAmount(atPrinted.round().toNumber())} 万元（按所印比例的舍入范围至少 ${showMessageAmount(minimumFen)} 万元），超过${BASE_NAMES[totalKind]} ${showMessageAmount(wanToFen(totalBase.base.value))} 万元，只能是按${other}计算：合计与明细的预算口径不一致`,
      },
    ];
    return findings;
  },
};
