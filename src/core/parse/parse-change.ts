/**
 * Parses a printed change phrase: "较上年度减少49.19万元", "各减少3.42万元", "下降4%", "增长37.3%", "持平",
 * "增加/减少0万元" (an unfilled template). The verb gives the direction; the number after it is an amount (with or
 * without its unit) or a percentage.
 * @module
 */
import { Dec } from "../numbers/decimal.ts";
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";

export type ChangeDirection = "increase" | "decrease" | "flat";

export interface ParsedChange {
  /** Direction named by the verb; null when no verb was written ("各3.42万元"). */
  direction: ChangeDirection | null;
  /** The verb as written ("减少", "下降", "持平"), or null. */
  verb: string | null;
  /** True for template text such as "增加/减少" or "增长/下降" that was never filled in. */
  placeholder: boolean;
  /** The number after the verb, always non-negative, or null. */
  value: Dec | null;
  /** The number as printed ("3.42"). */
  valueText: string | null;
  /** What followed the number: "万元", "元", "%", "‱", or null when nothing did. */
  unit: "万元" | "元" | "%" | "‱" | null;
  /** "下降-5.20%": a minus after the verb; `direction` is then the one meant (增长), the verb says the other. */
  doubleNegative?: boolean;
}

const INCREASE = ["增加", "增长", "上升", "提高", "增"];
const DECREASE = ["减少", "下降", "降低", "降幅", "减"];
const FLAT = ["持平", "不变", "无变化"];

// A lone 增/减 is a verb only when a number follows it ("减12.30万元"); 增收/减收 are the revenue words.
const PHRASE =
  /(增加|增长|上升|提高|减少|下降|降低|增收|减收|增支|减支|增幅|降幅|减幅|持平|不变|无变化|增(?=\s*[-－−]?\s*\d)|减(?=\s*[-－−]?\s*\d))(?:[/／](增加|增长|减少|下降))?\s*(?:为|了)?\s*([-－−])?\s*([\d,]*\.?\d+)?\s*(万元|元|%|‱)?/;

/** Returns null when the text holds neither a change verb nor a number. */
export function parseChangePhrase(input: string): ParsedChange | null {
  const text = normalizeWidth(input);
  const match = PHRASE.exec(text);
  if (match) {
    const verb = match[1] ?? null;
    const valueText = match[4] ? parsePlainNumber(match[4]) : null;
    const doubleNegative = match[3] !== undefined && valueText !== null && !new Dec(valueText).isZero();
    const named = directionOf(verb);
    const direction =
      doubleNegative && named !== "flat" && named !== null ? (named === "increase" ? "decrease" : "increase") : named;
    return {
      direction,
      verb,
      placeholder: match[2] !== undefined,
      value: valueText === null ? null : new Dec(valueText),
      valueText,
      unit: (match[5] as ParsedChange["unit"]) ?? null,
      ...(doubleNegative ? { doubleNegative } : {}),
    };
  }
  const bare = /([\d,]*\.?\d+)\s*(万元|元|%|‱)?/.exec(text);
  if (!bare) return null;
  const valueText = parsePlainNumber(bare[1] ?? "");
  return {
    direction: null,
    verb: null,
    placeholder: false,
    value: valueText === null ? null : new Dec(valueText),
    valueText,
    unit: (bare[2] as ParsedChange["unit"]) ?? null,
  };
}

export function directionOf(verb: string | null | undefined): ChangeDirection | null {
  if (!verb) return null;
  if (FLAT.includes(verb)) return "flat";
  if (INCREASE.some((v) => verb.startsWith(v))) return "increase";
  if (DECREASE.some((v) => verb.startsWith(v))) return "decrease";
  return null;
}

/** The direction a signed difference calls for. */
export function directionOfDifference(difference: Dec): ChangeDirection {
  if (difference.isZero()) return "flat";
  return difference.isPositive() ? "increase" : "decrease";
}
