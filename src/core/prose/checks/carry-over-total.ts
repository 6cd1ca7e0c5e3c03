/**
 * PROSE-CARRY-OVER-TOTAL: 收入合计 + 年初结转和结余 = 收入总计 and 支出合计 + 年末结转和结余 = 支出总计, stated across
 * sentences ("收入合计350.20万元。年初结转和结余12.35万元。收入总计362.56万元。"). The three figures are read by their
 * names, this year's only; a 总计 is checked against the 合计 and 结转 named in the few sentences before it.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { type Figure, figureFen, halfUnitFen } from "../extract-figures.ts";
import { isLevelAmount, normalizeLabel } from "../figure-roles.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";
import type { ReadSentence } from "../prose-document.ts";
import { showMessageAmount } from "../../display/show-number.ts";

/** Labels of the figures of one fund, not of the whole statement. */
const SCOPED = /财政拨款|公共预算|政府性基金|国有资本|专户|事业收入|经营/;

/** How many sentences back a 合计 or 结转 may be named before its 总计. */
const WINDOW = 6;

const SIDES = [
  {
    total: /收入合计(?:数)?(?:为|是|达)?$/,
    carry: /年初结转(?:和|与|及)?结余(?:资金)?(?:为|是)?$/,
    grand: /收入总计(?:为|是)?$/,
    names: ["收入合计", "年初结转和结余", "收入总计"],
  },
  {
    total: /支出合计(?:数)?(?:为|是|达)?$/,
    carry: /年末结转(?:和|与|及)?结余(?:资金)?(?:为|是)?$/,
    grand: /支出总计(?:为|是)?$/,
    names: ["支出合计", "年末结转和结余", "支出总计"],
  },
] as const;

interface Seen {
  figure: Figure;
  sentence: ReadSentence;
  at: number;
}

export const checkCarryOverTotal: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const side of SIDES) {
    let total: Seen | null = null;
    let carry: Seen | null = null;
    document.sentences.forEach((sentence, at) => {
      for (const figure of sentence.figures) {
        if (!isLevelAmount(sentence, figure, document.reportYear)) continue;
        const label = normalizeLabel(figure.label).replace(/(?:19|20)\d{2}年度?/g, "");
        // "财政拨款收入合计", "一般公共预算…结转和结余": the identity of one fund, stated beside the whole one.
        if (SCOPED.test(label)) continue;
        if (side.total.test(label)) total = { figure, sentence, at };
        else if (side.carry.test(label)) carry = { figure, sentence, at };
        else if (side.grand.test(label)) {
          const t = total as Seen | null;
          const c = carry as Seen | null;
          if (t && c && at - t.at <= WINDOW && at - c.at <= WINDOW) {
            const finding = judge(t, c, { figure, sentence, at }, side.names);
            if (finding) findings.push(finding);
          }
          total = null;
          carry = null;
        }
      }
    });
  }
  return findings;
};

function judge(
  total: Seen,
  carry: Seen,
  grand: Seen,
  [totalName, carryName, grandName]: readonly string[],
): Finding | null {
  const a = figureFen(total.figure);
  const b = figureFen(carry.figure);
  const g = figureFen(grand.figure);
  if (a === null || b === null || g === null) return null;
  const gap = Math.abs(a + b - g);
  if (gap === 0) return null;
  // Each printed addend may be rounded by half its last unit (as SUM-PARTS allows): within that, a rounding note.
  const tolerance = halfUnitFen(total.figure).plus(halfUnitFen(carry.figure));
  const sum = showMessageAmount(a + b);
  const text = `${totalName}${total.figure.number}万元 + ${carryName}${carry.figure.number}万元 = ${sum}万元，与所述${grandName}${grand.figure.number}万元相差${showMessageAmount(gap)}万元`;
  const detail = { expected: `${sum}万元`, found: `${grand.figure.number}万元` };
  if (tolerance.greaterThanOrEqualTo(gap)) {
    return proseFinding(
      "PROSE-SUM-ROUNDING",
      grand.sentence,
      `${text}；差额在万元尾数四舍五入的范围内，但公开的总计应等于合计与结转结余之和`,
      detail,
    );
  }
  return proseFinding("PROSE-CARRY-OVER-TOTAL", grand.sentence, text, detail);
}
