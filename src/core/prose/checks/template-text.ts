/**
 * PROSE-TEMPLATE-UNFILLED and PROSE-PLACEHOLDER: template text published as is — the choice "增加/减少0万元，
 * 增长/下降0%" never made, or "主要用于…（具体工作）" never replaced. Rules §5.3: such sentences must never be
 * published; fill them in or delete them.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";
import { findPlaceholders, findTemplateAlternatives } from "../template-patterns.ts";

export const checkTemplateText: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    const alternatives = findTemplateAlternatives(sentence.text);
    if (alternatives.length > 0) {
      const listed = alternatives.map((a) => `“${a}”`).join("、");
      findings.push(
        proseFinding(
          "PROSE-TEMPLATE-UNFILLED",
          sentence,
          `模板选择项${listed}未填写：应按实际情况选定一项并填入数字，或删去此句`,
          {
            found: alternatives.join("，"),
          },
        ),
      );
    }
    const placeholders = findPlaceholders(sentence.text);
    if (placeholders.length > 0) {
      const listed = placeholders.map((p) => `“${p}”`).join("、");
      findings.push(
        proseFinding("PROSE-PLACEHOLDER", sentence, `模板占位文字${listed}未替换为实际内容`, {
          found: placeholders.join("，"),
        }),
      );
    }
  }
  return findings;
};
