/**
 * The "其中：A X万元，占Y%；B X万元，占Y%" list of a total's parts, and the sentence naming the parts that are zero.
 * Kept tight — one amount and its share per clause — so a reader (or the prose audit) can add the parts up.
 * @module
 */
import type { Fen } from "../../money/fen.ts";
import { shareText } from "../phrases.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

export interface NamedAmount {
  name: string;
  amount: Fen;
}

/** "一般公共预算财政拨款收入874.05万元，占100.00%；…" for the non-zero parts, shares of `total`. */
export function partsWithShares(parts: readonly NamedAmount[], total: Fen): string {
  return parts
    .filter((part) => part.amount !== 0)
    .map((part) => `${part.name}${showAmountWithUnit(part.amount)}，${shareText(part.amount, total)}`)
    .join("；");
}

/**
 * "无政府性基金预算财政拨款收入、事业收入。" for the parts that are zero, or "" when none is. Said in words: a bare
 * "为0" is an amount without its unit.
 */
export function zeroPartsSentence(parts: readonly NamedAmount[]): string {
  const zero = parts.filter((part) => part.amount === 0).map((part) => part.name);
  return zero.length === 0 ? "" : `无${zero.join("、")}。`;
}
