/**
 * Parses an amount of money as people type it: "874.05", "874.05万元", "8,740,500元", "８７４．０５", a blank cell, a
 * dash. Blank and dash are kept apart from zero, because "not filled" and "nothing spent" are different facts.
 * @module
 */
import { type Fen, yuanToFen, wanToFen } from "../money/fen.ts";
import { DASH_CELL, normalizeWidth, parsePlainNumber } from "./normalize-text.ts";

export type AmountUnit = "万元" | "元";

export type ParsedAmount =
  | { kind: "blank" }
  | { kind: "dash" }
  | {
      kind: "amount";
      fen: Fen;
      /** the unit written after the number, or null when none was written */ unitWritten: AmountUnit | null;
    }
  | { kind: "invalid"; message: string };

export interface ParseAmountOptions {
  /** Unit assumed when none is written. Tables in these documents are "金额单位：万元", so that is the default. */
  defaultUnit?: AmountUnit;
}

/** Parses one amount. Never throws: bad input gives `{ kind: "invalid", message }` in Chinese. */
export function parseAmount(input: string | number | null | undefined, options: ParseAmountOptions = {}): ParsedAmount {
  const defaultUnit = options.defaultUnit ?? "万元";
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "invalid", message: `金额不是有限数字：${input}` };
    return parseAmount(String(input), options);
  }
  const text = normalizeWidth(input).trim();
  if (text === "") return { kind: "blank" };
  if (DASH_CELL.test(text)) return { kind: "dash" };
  const match = /^(.*?)\s*(万元|元)?[。.]?$/.exec(text);
  const numberText = parsePlainNumber(match?.[1] ?? "");
  if (numberText === null) return { kind: "invalid", message: `无法识别的金额“${input}”，应为数字，可带“万元”或“元”` };
  const unitWritten = (match?.[2] as AmountUnit | undefined) ?? null;
  const unit = unitWritten ?? defaultUnit;
  try {
    const fen = unit === "万元" ? wanToFen(numberText) : yuanToFen(numberText);
    return { kind: "amount", fen, unitWritten };
  } catch (error) {
    return { kind: "invalid", message: `金额“${input}”无法换算为分：${(error as Error).message}` };
  }
}

/** Converts what people type to the dataset's canonical 万元 text ("8,740,500元" → "874.05"), or null for blank/dash. */
export function toCanonicalWan(input: string, options: ParseAmountOptions = {}): string | null {
  const parsed = parseAmount(input, options);
  if (parsed.kind === "amount") {
    const sign = parsed.fen < 0 ? "-" : "";
    const abs = Math.abs(parsed.fen);
    const whole = Math.trunc(abs / 1_000_000);
    const frac = String(abs % 1_000_000)
      .padStart(6, "0")
      .replace(/0+$/, "");
    return frac === "" ? `${sign}${whole}` : `${sign}${whole}.${frac}`;
  }
  if (parsed.kind === "invalid") throw new RangeError(parsed.message);
  return null;
}
