/**
 * Turns the verdict on a printed percentage into a finding, the same way for shares, change rates and completion
 * rates: a wrong value is an error of its own kind (PROSE-SHARE, PROSE-CHANGE-RATE, PROSE-COMPLETION-RATE), while
 * truncation, a last-digit slip, a difference explained by the rounding of the 万元 amounts, and a percentage printed
 * with too few decimals have one code each whatever the quantity.
 * @module
 */
import type { Finding } from "../findings/finding.ts";
import { showPercent } from "../display/show-number.ts";
import type { Dec } from "../numbers/decimal.ts";
import { judgePrintedValue, type ValueRange } from "../numbers/printed-verdict.ts";
import type { Figure } from "./extract-figures.ts";
import { proseFinding } from "./prose-finding.ts";
import type { ProseSentence } from "./split-sentences.ts";

export type PercentKind = "share" | "changeRate" | "completion";

const WRONG_CODE = {
  share: "PROSE-SHARE",
  changeRate: "PROSE-CHANGE-RATE",
  completion: "PROSE-COMPLETION-RATE",
} as const;

/** Decimals the reports print a percentage with. */
const PERCENT_DECIMALS = 2;

const NOUN = { share: "占比", changeRate: "增减率", completion: "完成预算比例" } as const;

export interface PercentStatement {
  kind: PercentKind;
  sentence: ProseSentence;
  printed: Figure;
  exact: Dec;
  range: ValueRange | null;
  /** How the exact value was computed, e.g. "207.89÷3537.34". */
  formula: string;
  /** A likely cause to add when the value is wrong, e.g. "似以本年数作分母". */
  hintWhenWrong?: string;
}

/** The finding for a printed percentage, or null when it is right. */
export function reportPercent(statement: PercentStatement): Finding | null {
  const { kind, sentence, printed, exact, range, formula } = statement;
  const verdict = judgePrintedValue(printed, exact, { expectedDecimals: PERCENT_DECIMALS, range });
  const found = `${printed.number}%`;
  // Stated with two decimals, as the reports print, or more if the report printed more.
  const expected = showPercent(exact, Math.max(PERCENT_DECIMALS, printed.decimals));
  const noun = NOUN[kind];
  const detail = { expected, found };
  switch (verdict) {
    case "exact":
      return null;
    case "lowPrecision":
      return proseFinding(
        "PROSE-PERCENT-PRECISION",
        sentence,
        `${noun}印为${found}，未保留两位小数；${formula}，应为${expected}`,
        detail,
      );
    case "displayRounding":
      return proseFinding(
        "PROSE-DISPLAY-ROUNDING",
        sentence,
        `${noun}按所印金额计算为${expected}（${formula}），文中为${found}；差异可由万元金额尾数的四舍五入解释，请按元为单位的原始数核对`,
        detail,
      );
    case "truncated":
      return proseFinding(
        "PROSE-PERCENT-TRUNCATED",
        sentence,
        `${noun}印为${found}，是截断所得；${formula}，四舍五入应为${expected}`,
        detail,
      );
    case "offByOne":
      return proseFinding(
        "PROSE-PERCENT-ROUNDING",
        sentence,
        `${noun}应为${expected}（${formula}），文中为${found}，末位相差1，且不能由金额四舍五入解释`,
        detail,
      );
    case "wrong": {
      const hint = statement.hintWhenWrong ? `；${statement.hintWhenWrong}` : "";
      return proseFinding(
        WRONG_CODE[kind],
        sentence,
        `${noun}应为${expected}（${formula}），文中为${found}${hint}`,
        detail,
      );
    }
  }
}
