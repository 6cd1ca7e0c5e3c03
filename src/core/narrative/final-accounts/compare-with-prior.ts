/**
 * The sentence that compares this year with last year (rules.md §5.2–5.3): the verb follows the sign, the rate
 * divides by the prior year, a zero base gets "上年无此项" and no rate, and a prior year the dataset does not give is
 * said to be missing rather than guessed.
 * @module
 */
import type { Fen } from "../../money/fen.ts";
import { DASH } from "../../numbers/decimal.ts";
import { changeText } from "../phrases.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

export interface CompareWithPriorOptions {
  /** What changed, as it reads before the verb: "收、支总计各", "机关运行经费". */
  subject: string;
  current: Fen;
  prior: Fen | undefined;
  year: number;
  priorYear: number;
}

/**
 * "与2022年相比，收、支总计各减少3.42万元，下降0.39%。", "与2022年相比，公务接待费增加0.19万元（上年无此项，增长率为—）。",
 * "2022年和2023年均无此项支出。" or "上年（2022年）决算数未提供，未与上年比较。".
 */
export function compareWithPrior(options: CompareWithPriorOptions): string {
  const { subject, current, prior, year, priorYear } = options;
  const since = `与${priorYear}年相比，`;
  if (prior === undefined) return `上年（${priorYear}年）决算数未提供，未与上年比较。`;
  if (prior === 0 && current === 0) return `${priorYear}年和${year}年均无此项支出。`;
  if (prior === 0) return `${since}${subject}增加${showAmountWithUnit(current)}（上年无此项，增长率为${DASH}）。`;
  if (prior === current) return `${since}${subject.replace(/各$/, "")}持平。`;
  return `${since}${subject}${changeText(current, prior)}。`;
}

/** True when there is a change a reason could explain (an increase or decrease against a known prior year). */
export function hasChange(current: Fen, prior: Fen | undefined): boolean {
  return prior !== undefined && prior !== current;
}
