/** OPERATOR-GLYPH: an operator typed with a look-alike glyph (≧ for ≥, ＝ for =): legal, but normalised on entry. */
import type { Finding } from "../../findings/finding.ts";
import { isNonCanonicalGlyph, parseOperator, splitLeadingOperator } from "../../parse/parse-operator.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";

const FULL_WIDTH_USUAL = new Set(["＝", "＞", "＜"]);

export const operatorGlyph: AuditCheck = {
  code: "OPERATOR-GLYPH",
  severity: "info",
  title: "比较符号不规范",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, path, label } of listScoredTables(context)) {
      table.indicators.forEach((indicator, i) => {
        const glyph = (indicator.operatorPrinted ?? splitLeadingOperator(indicator.target ?? "").glyph).trim();
        // Full-width ＝ ＞ ＜ are what the 四川 form itself prints; only odd glyphs such as ≧ ≦ are worth a note.
        if (glyph === "" || FULL_WIDTH_USUAL.has(glyph) || !isNonCanonicalGlyph(glyph)) return;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators[${i}].operatorPrinted`,
          expected: parseOperator(glyph) ?? "",
          found: glyph,
          message: `${label}“${shortName(indicator.level3)}”使用了符号“${glyph}”，规范写法为“${parseOperator(glyph)}”`,
        });
      });
    }
    return findings;
  },
};
