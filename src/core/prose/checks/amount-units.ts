/**
 * PROSE-UNIT-MISSING: an amount of money written without its unit in running text ("一般公共预算支出决算数为874.05，
 * 完成预算142.24%", "上年度148.40万元，减少23.52。"). Tables carry their unit in the header ("金额单位：万元"), so
 * table cells are not checked; in a sentence the unit must be written.
 *
 * A bare number counts as money when money words come right before it (决算数为, 支出, 经费…), or when it follows a
 * change verb in a sentence that states its other amounts in a money unit.
 *
 * The unit it should carry is the one its sentence writes its other amounts in, else the one most amounts of the
 * document are written in: a 元 document's "上年预算收入961600" is 961600元, not 961600万元. 万元 when nothing says.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { changeVerbBefore } from "../comparison-markers.ts";
import type { Figure, MoneyUnit } from "../extract-figures.ts";
import type { ProseCheck } from "../prose-check.ts";
import type { ProseDocument } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";

const MONEY_WORD_BEFORE =
  /(?:决算数|预算数|执行数|支出|收入|拨款|经费|资金|决算|预算|金额|合计|总计|总额|结余|结转)\s*(?:为|是|达到?|共计|合计|[：:])?$/;
const ENDS_HERE = /^\s*(?:[,，。；;、）)]|$)/;

export const checkAmountUnits: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  let documentUnit: MoneyUnit | undefined;
  for (const sentence of document.sentences) {
    if (sentence.inTable) continue;
    const text = normalizeWidth(sentence.text);
    const sentenceUnit = mostUsedMoneyUnit([sentence.figures]);
    for (const figure of sentence.figures) {
      if (figure.unit !== null || !ENDS_HERE.test(text.slice(figure.end, figure.end + 8))) continue;
      const afterMoneyWord = MONEY_WORD_BEFORE.test(figure.label);
      const afterChangeVerb = sentenceUnit !== null && changeVerbBefore(figure) !== null;
      if (!afterMoneyWord && !afterChangeVerb) continue;
      documentUnit ??= mostUsedMoneyUnit(figuresOf(document)) ?? "万元";
      const unit = sentenceUnit ?? documentUnit;
      findings.push(
        proseFinding(
          "PROSE-UNIT-MISSING",
          sentence,
          `金额“${figure.number}”缺少单位，应写作“${figure.number}${unit}”`,
          {
            expected: `${figure.number}${unit}`,
            found: figure.number,
          },
        ),
      );
    }
  }
  return findings;
};

function figuresOf(document: ProseDocument): Figure[][] {
  return document.sentences.filter((sentence) => !sentence.inTable).map((sentence) => sentence.figures);
}

/** The money unit most of these figures are written in (万元 on a tie); null when none carries one. */
function mostUsedMoneyUnit(groups: readonly (readonly Figure[])[]): MoneyUnit | null {
  const counts: Record<MoneyUnit, number> = { 万元: 0, 元: 0, 亿元: 0 };
  for (const figures of groups)
    for (const figure of figures)
      if (figure.unit === "万元" || figure.unit === "元" || figure.unit === "亿元") counts[figure.unit]++;
  const ranked = (["万元", "元", "亿元"] as const).filter((unit) => counts[unit] > 0);
  if (ranked.length === 0) return null;
  return ranked.reduce((best, unit) => (counts[unit] > counts[best] ? unit : best));
}
