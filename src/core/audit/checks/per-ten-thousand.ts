/**
 * PER-TEN-THOUSAND: rates in these documents are percentages; a figure in ‱ ("精准科普覆盖率7526.52‱", seed 004) is
 * read by nobody correctly. The finding gives the percentage it equals (75.27%).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec } from "../../numbers/decimal.ts";
import { parsePlainNumber } from "../../parse/normalize-text.ts";
import type { AuditCheck } from "../audit-check.ts";
import { defineTextScreen, screenedTexts } from "../dataset-texts.ts";
import { showPercent } from "../../display/show-number.ts";

const PER_TEN_THOUSAND = /(\d[\d,]*(?:\.\d+)?)\s*‱/g;
// Tested on the raw text first: `normalized` is made on first use, and most texts have no ‱.
const SCREEN = defineTextScreen((text) => text.includes("‱"));

export const perTenThousandCheck: AuditCheck = {
  code: "PER-TEN-THOUSAND",
  severity: "warning",
  title: "使用万分号‱",
  run(context) {
    const findings: Finding[] = [];
    for (const field of screenedTexts(context, SCREEN)) {
      const path = field.path;
      for (const match of field.normalized.matchAll(PER_TEN_THOUSAND)) {
        const numberText = parsePlainNumber(match[1] ?? "");
        if (numberText === null) continue;
        const expected = showPercent(new Dec(numberText).div(100), context.profile.rounding.rateDecimals);
        findings.push({
          code: this.code,
          severity: this.severity,
          location: path,
          expected,
          found: match[0],
          message: `“${match[0]}”使用了万分号，即 ${expected}，应以百分数表示`,
        });
      }
    }
    return findings;
  },
};
