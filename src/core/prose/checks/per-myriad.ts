/**
 * PROSE-PERMYRIAD: a rate written per ten thousand ("精准科普覆盖率7526.52‱"). Readers and the 决算 templates use
 * per cent; the same value is given in % with two decimals.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { parsePercent } from "../../parse/parse-percent.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";
import { showPercent } from "../../display/show-number.ts";

const PER_MYRIAD = /(\d+(?:\.\d+)?)\s*‱/g;

export const checkPerMyriad: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    for (const match of normalizeWidth(sentence.text).matchAll(PER_MYRIAD)) {
      const parsed = parsePercent(match[0]);
      if (!parsed) continue;
      const asPercent = showPercent(parsed.percent, 2);
      findings.push(
        proseFinding("PROSE-PERMYRIAD", sentence, `“${match[0]}”使用万分号，应写作百分比${asPercent}`, {
          expected: asPercent,
          found: match[0],
        }),
      );
    }
  }
  return findings;
};
