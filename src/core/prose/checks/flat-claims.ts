/**
 * PROSE-FLAT-CHANGED: "持平" where the stated figures differ.
 *
 * Three forms are read:
 * - this year's and last year's figure in the same sentence ("本年0.68万元，上年0.67万元，持平");
 * - a 持平 sentence whose figures were given earlier in the paragraph, under the same heading: "“三公”经费决算支出：
 *   …公务接待费支出0.68万元。2023年度“三公”经费决算支出：…0.67万元。2024年“三公”经费决算支出与去年相比持平。"
 *   The sentences whose heading names the same thing (a 预算 heading does not match a 决算 one) are summed, this
 *   year's against last year's;
 * - "决算与预算数持平" next to a completion rate other than 100%.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { type Fen, sumFen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { changeVerbBefore, isPriorFigure } from "../comparison-markers.ts";
import { figureFen, isMoney } from "../extract-figures.ts";
import { isLevelAmount, normalizeLabel } from "../figure-roles.ts";
import type { ProseCheck } from "../prose-check.ts";
import { type ProseDocument, type ReadSentence, sentencesOfParagraph } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";
import { showMessageAmount, showPercent } from "../../display/show-number.ts";

export const FLAT = /持平/;
const BUDGET_FLAT = /决算数?与预算数?持平/;
const COMPLETION = /完成(?:年初|调整后?|全年)?预算数?的?\s*(\d+(?:\.\d+)?)\s*%/;
export const LAST_YEAR_COMPARISON =
  /(?:与|和)\s*(?:上年度?|去年|上一年度?|上年同期|(?:19|20)\d{2}\s*年度?)\s*(?:相比|比较|对比)|(?:较|比)\s*(?:上年度?|去年|上一年度?|(?:19|20)\d{2}\s*年度?)|同比/;
const PRIOR_PREFIX = /^(?:上年度?|去年|上一年度?)/;
const CURRENT_PREFIX = /^(?:本年度?|今年|当年)/;

export const checkFlatClaims: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    const text = normalizeWidth(sentence.text);
    if (!FLAT.test(text)) continue;
    if (BUDGET_FLAT.test(text)) {
      const rate = COMPLETION.exec(text)?.[1];
      if (rate !== undefined && !new Dec(rate).equals(100)) {
        findings.push(
          proseFinding("PROSE-FLAT-CHANGED", sentence, `完成预算${rate}%，决算与预算数不等，不应称“持平”`, {
            expected: "100%",
            found: `${rate}%`,
          }),
        );
      }
      continue;
    }
    const comparison = LAST_YEAR_COMPARISON.exec(text);
    if (!comparison) continue;
    const pair =
      figuresInSentence(document, sentence) ??
      figuresUnderSameHeading(document, sentence, text.slice(0, comparison.index));
    if (!pair || pair.current === pair.prior) continue;
    findings.push(flatFinding(sentence, pair));
  }
  return findings;
};

interface StatedPair {
  current: Fen;
  prior: Fen;
  subject: string;
}

function figuresInSentence(document: ProseDocument, sentence: ReadSentence): StatedPair | null {
  const money = sentence.figures.filter((f) => isMoney(f) && !f.inParentheses);
  const prior = money.find(
    (f) => changeVerbBefore(f) === null && isPriorFigure(f, sentence.comparisons, document.reportYear),
  );
  const current = money.find((f) => f !== prior && isLevelAmount(sentence, f, document.reportYear));
  const priorFen = prior ? figureFen(prior) : null;
  const currentFen = current ? figureFen(current) : null;
  if (priorFen === null || currentFen === null) return null;
  return { current: currentFen, prior: priorFen, subject: "" };
}

function figuresUnderSameHeading(
  document: ProseDocument,
  sentence: ReadSentence,
  subjectText: string,
): StatedPair | null {
  const subject = withoutYearWord(normalizeLabel(subjectText), document.reportYear).name;
  if (subject.length < 2) return null;
  let current: Fen | null = null;
  let prior: Fen | null = null;
  for (const other of sentencesOfParagraph(document, sentence)) {
    if (other === sentence) continue;
    const heading = headingOf(other);
    if (heading === null) continue;
    const { name, period } = withoutYearWord(normalizeLabel(heading), document.reportYear);
    if (name !== subject) continue;
    const amounts = other.figures.filter((f) => isMoney(f) && !f.inParentheses).map(figureFen);
    if (amounts.length === 0 || amounts.some((a) => a === null)) continue;
    const total = sumFen(amounts as Fen[]);
    if (period === "prior" && prior === null) prior = total;
    if (period === "current" && current === null) current = total;
  }
  if (current === null || prior === null) return null;
  return { current, prior, subject: subjectText.trim().replace(/^(?:19|20)\d{2}\s*年度?/, "") };
}

/** The words before the first colon or figure ("2023年度“三公”经费决算支出"), or null when there are none. */
function headingOf(sentence: ReadSentence): string | null {
  const text = normalizeWidth(sentence.text);
  const colon = text.search(/[：:]/);
  const firstFigure = sentence.figures[0]?.start ?? text.length;
  const end = colon >= 0 ? Math.min(colon, firstFigure) : firstFigure;
  const heading = text.slice(0, end).trim();
  return heading === "" ? null : heading;
}

function withoutYearWord(
  label: string,
  reportYear: number | null,
): { name: string; period: "current" | "prior" | null } {
  const year = /^((?:19|20)\d{2})年度?/.exec(label);
  if (year?.[1] !== undefined) {
    const rest = label.slice(year[0].length);
    const value = Number(year[1]);
    const period =
      reportYear === null ? null : value === reportYear ? "current" : value === reportYear - 1 ? "prior" : null;
    return { name: rest, period };
  }
  const prior = PRIOR_PREFIX.exec(label);
  if (prior) return { name: label.slice(prior[0].length), period: "prior" };
  const current = CURRENT_PREFIX.exec(label);
  if (current) return { name: label.slice(current[0].length), period: "current" };
  return { name: label, period: "current" };
}

function flatFinding(sentence: ReadSentence, pair: StatedPair): Finding {
  const difference = pair.current - pair.prior;
  const verb = difference > 0 ? "增加" : "减少";
  const rateVerb = difference > 0 ? "增长" : "下降";
  const rate = percentOf(Math.abs(difference), pair.prior);
  const rateText = rate === null ? "" : `，${rateVerb}${showPercent(rate, 2)}`;
  const expected = `${verb}${showMessageAmount(Math.abs(difference))}万元${rateText}`;
  const subject = pair.subject === "" ? "" : `${pair.subject}（本段前文所列）：`;
  return proseFinding(
    "PROSE-FLAT-CHANGED",
    sentence,
    `${subject}本年${showMessageAmount(pair.current)}万元，上年${showMessageAmount(pair.prior)}万元，${expected}，不应称“持平”`,
    { expected, found: "持平" },
  );
}
