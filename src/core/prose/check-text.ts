/**
 * The prose audit: reads a report as plain text and checks the figures its sentences state against each other, with
 * no dataset — sums and their parts, shares, changes and their rates, verbs, units, completion rates, zero bases,
 * unfilled template text and years copied from another report. What each code means is in `prose-catalogue.ts`.
 * @module
 */
import { type Finding, sortFindings } from "../findings/finding.ts";
import { checkAmountUnits } from "./checks/amount-units.ts";
import { checkBudgetChanges } from "./checks/budget-changes.ts";
import { checkCarryOverTotal } from "./checks/carry-over-total.ts";
import { checkChangeParts } from "./checks/change-parts.ts";
import { checkChangeFigures } from "./checks/change-figures.ts";
import { checkCompletionRates } from "./checks/completion-rates.ts";
import { checkFlatClaims } from "./checks/flat-claims.ts";
import { checkListCounts } from "./checks/list-count.ts";
import { checkMissingVerb } from "./checks/missing-verb.ts";
import { checkOtherUnitName } from "./checks/other-unit-name.ts";
import { checkPartsSum } from "./checks/parts-sum.ts";
import { checkPerMyriad } from "./checks/per-myriad.ts";
import { checkReportYear } from "./checks/report-year.ts";
import { checkShares } from "./checks/shares.ts";
import { checkTemplateText } from "./checks/template-text.ts";
import { extractBreakdowns } from "./extract-breakdowns.ts";
import { extractChanges } from "./extract-changes.ts";
import type { ProseCheck, ProseContext } from "./prose-check.ts";
import { readProseDocument } from "./prose-document.ts";

const PROSE_CHECKS: readonly ProseCheck[] = [
  checkPartsSum,
  checkCarryOverTotal,
  checkChangeParts,
  checkShares,
  checkChangeFigures,
  checkBudgetChanges,
  checkMissingVerb,
  checkFlatClaims,
  checkAmountUnits,
  checkCompletionRates,
  checkTemplateText,
  checkPerMyriad,
  checkReportYear,
  checkListCounts,
  checkOtherUnitName,
];

export interface CheckTextOptions {
  /** The year the report is about; inferred from its title (e.g. "2024年度…自评报告") when absent. */
  year?: number;
  /**
   * Rates printed with fewer decimals than two but right at their own precision (5.3% for 5.25%): one info for the
   * whole document (the default, saying how many there are), or none. The profile's `prose.precisionNotice`.
   */
  precisionNotice?: "oncePerDocument" | "off";
  /**
   * The text is printed incompletely (an excerpt, a page cut off): no sum or identity across sentences is checked, as
   * its missing part may hold the rest; figures are still checked within their own sentence.
   */
  incomplete?: boolean;
}

/** The checks that add figures across a list or across sentences, left out for an incomplete text. */
const CROSS_SENTENCE_CHECKS: ReadonlySet<ProseCheck> = new Set([checkPartsSum, checkCarryOverTotal, checkChangeParts]);

/**
 * Checks the figures stated in a report's sentences against each other.
 *
 * Every finding has a PROSE code, a severity, a Chinese message with the expected and the printed value, the line
 * (`第N行` and `line`) and the sentence exactly as written (`quote`). Findings are in reading order, errors first.
 * Never throws on odd text: what cannot be read is not checked.
 */
export function checkText(text: string, options: CheckTextOptions = {}): Finding[] {
  const document = readProseDocument(text, options.year);
  const context: ProseContext = {
    document,
    breakdowns: extractBreakdowns(document),
    changes: extractChanges(document),
  };
  const checks = options.incomplete ? PROSE_CHECKS.filter((check) => !CROSS_SENTENCE_CHECKS.has(check)) : PROSE_CHECKS;
  const findings = limitPrecisionNotices(
    checks.flatMap((check) => check(context)),
    options.precisionNotice ?? "oncePerDocument",
  );
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return sortFindings(findings);
}

/**
 * A right 1-decimal rate is right: its precision is a house style, said once per document (the first place, with the
 * count), not once per figure.
 */
function limitPrecisionNotices(findings: Finding[], notice: "oncePerDocument" | "off"): Finding[] {
  const precision = findings.filter((f) => f.code === "PROSE-PERCENT-PRECISION");
  if (precision.length === 0) return findings;
  const others = findings.filter((f) => f.code !== "PROSE-PERCENT-PRECISION");
  if (notice === "off") return others;
  const first = [...precision].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0] as Finding;
  const more =
    precision.length > 1 ? `（全文共${precision.length}处百分比未保留两位小数，数值按其位数均正确，仅提示一次）` : "";
  return [...others, { ...first, message: `${first.message}${more}` }];
}
