/**
 * PROSE-UNIT-MISSING: an amount of money written without its unit in running text ("一般公共预算支出决算数为874.05，
 * 完成预算142.24%", "上年度148.40万元，减少23.52。"). Tables carry their unit in the header ("金额单位：万元"), so
 * table cells are not checked; in a sentence the unit must be written.
 *
 * A bare number counts as money when money words come right before it (决算数为, 支出, 经费…), or when it follows a
 * change verb in a sentence that states its other amounts in 万元.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { changeVerbBefore } from "../comparison-markers.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";

const MONEY_WORD_BEFORE =
  /(?:决算数|预算数|执行数|支出|收入|拨款|经费|资金|决算|预算|金额|合计|总计|总额|结余|结转)\s*(?:为|是|达到?|共计|合计|[：:])?$/;
const ENDS_HERE = /^\s*(?:[,，。；;、）)]|$)/;

export const checkAmountUnits: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    if (sentence.inTable) continue;
    const text = normalizeWidth(sentence.text);
    const statesWan = /万元/.test(text);
    for (const figure of sentence.figures) {
      if (figure.unit !== null || !ENDS_HERE.test(text.slice(figure.end, figure.end + 8))) continue;
      const afterMoneyWord = MONEY_WORD_BEFORE.test(figure.label);
      const afterChangeVerb = statesWan && changeVerbBefore(figure) !== null;
      if (!afterMoneyWord && !afterChangeVerb) continue;
      findings.push(
        proseFinding("PROSE-UNIT-MISSING", sentence, `金额“${figure.number}”缺少单位，应写作“${figure.number}万元”`, {
          expected: `${figure.number}万元`,
          found: figure.number,
        }),
      );
    }
  }
  return findings;
};
