/**
 * How every amount, percentage and score is shown — in documents, messages, the API's shown strings and the web page.
 * One module, so a figure printed in the Word report, the Excel table and the page is the same text. Values arrive
 * exact (integer 分, Decimal) and are rounded half-up here, once; "—" stands for what has no value (a zero base, a
 * missing figure). The API returns the exact value beside the shown string, so nobody parses "98.25%" back.
 * @module
 */
import { type Fen, FEN_PER_WAN, FEN_PER_YUAN } from "../money/fen.ts";
import { DASH, Dec, formatFixed, formatTrimmed, percentOf } from "../numbers/decimal.ts";

export type AmountUnit = "万元" | "元";

export interface ShowAmountOptions {
  /** The unit to show in: 万元 (default, the unit of most forms) or 元. */
  unit?: AmountUnit;
  /**
   * Decimals: a number rounds half-up to exactly that many; "keep" shows two decimals, or every decimal the exact
   * amount has when it is finer ("0.0714" 万元 is not rounded away in a message about it).
   */
  places?: number | "keep";
  /** Thousands separators ("1,234.50"), as tables in the page show them. */
  grouped?: boolean;
  /** Append the unit ("874.05万元"). */
  withUnit?: boolean;
}

/** 分 in `unit` as an exact Decimal. */
export function fenIn(fen: Fen, unit: AmountUnit = "万元"): Dec {
  return new Dec(fen).div(unit === "万元" ? FEN_PER_WAN : FEN_PER_YUAN);
}

function group(fixed: string): string {
  const [whole = "0", fraction] = fixed.split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** 874 050 000 分 → "874.05" (万元); null → "—". See {@link ShowAmountOptions}. */
export function showAmount(fen: Fen | null | undefined, options: ShowAmountOptions = {}): string {
  if (fen === null || fen === undefined) return DASH;
  const unit = options.unit ?? "万元";
  const value = fenIn(fen, unit);
  const places = options.places ?? 2;
  let text = formatFixed(value, places === "keep" ? Math.max(2, value.decimalPlaces()) : places);
  // "-0.00" is not a figure anyone printed: a negative amount that rounds to zero shows as zero.
  if (/^-0(\.0+)?$/.test(text)) text = text.slice(1);
  if (options.grouped) text = group(text);
  return options.withUnit ? `${text}${unit}` : text;
}

/**
 * An amount with its unit, as documents and messages write it in running text: "874.05万元" (two decimals, half-up)
 * or "8,740,500.00元" (to the 分, with thousands separators, as 元 documents print them).
 */
export function showAmountWithUnit(fen: Fen, unit: AmountUnit = "万元"): string {
  return showAmount(fen, { unit, grouped: unit === "元", withUnit: true });
}

/**
 * An amount as a finding message states it, without the unit: in 万元 with two decimals, or every decimal the exact
 * amount has ("0.0714"), so that a message never rounds away the difference it is about; in 元 to the 分 with
 * thousands separators ("8,740,500.00").
 */
export function showMessageAmount(fen: Fen, unit: AmountUnit = "万元"): string {
  return unit === "元" ? showAmount(fen, { unit, grouped: true }) : showAmount(fen, { places: "keep" });
}

/** {@link showMessageAmount} fixed to the document's unit, for a check that formats many amounts. */
export function messageAmountIn(unit: AmountUnit): (fen: Fen) => string {
  return (fen) => showMessageAmount(fen, unit);
}

/** A decimal amount text as a dataset stores it ("127.1", in `unit`) shown like {@link showAmount}; "—" if absent. */
export function showStoredAmount(
  text: string | undefined | null,
  options: Omit<ShowAmountOptions, "unit"> & { unit?: AmountUnit } = {},
): string {
  if (text === undefined || text === null || !/^-?\d+(\.\d+)?$/.test(text.trim())) return DASH;
  const value = new Dec(text.trim());
  const places = options.places ?? 2;
  let shown = formatFixed(value, places === "keep" ? Math.max(2, value.decimalPlaces()) : places);
  if (/^-0(\.0+)?$/.test(shown)) shown = shown.slice(1);
  if (options.grouped) shown = group(shown);
  return options.withUnit ? `${shown}${options.unit ?? "万元"}` : shown;
}

/** A percentage (already ×100) at `places` decimals: "98.25%"; null (a zero base) → "—". */
export function showPercent(value: Dec | null | undefined, places = 2): string {
  return value === null || value === undefined ? DASH : `${formatFixed(value, places)}%`;
}

/** part ÷ base as a percentage: "98.25%"; "—" for a zero or missing base. */
export function showRatio(part: Fen | null | undefined, base: Fen | null | undefined, places = 2): string {
  if (part === null || part === undefined || base === null || base === undefined) return DASH;
  return showPercent(percentOf(part, base), places);
}

/** A score at the profile's decimals, trailing zeros kept ("9.80") or dropped ("9.8") as the form prints them. */
export function showScore(value: Dec | null | undefined, places: number, trim = false): string {
  if (value === null || value === undefined) return DASH;
  return trim ? formatTrimmed(value, places) : formatFixed(value, places);
}
