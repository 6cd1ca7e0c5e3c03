/**
 * Reads one printed value (a table cell or a figure in a sentence) through the project's parsers in src/core/parse,
 * and tells the import log whatever had to be interpreted: full-width digits, a unit written after the number, an
 * amount in 元 turned into 万元, thousands separators. A value that does not parse is logged as not recognized and
 * left absent, never zero.
 * @module
 */
import { normalizeWidth, parsePlainNumber } from "../core/parse/normalize-text.ts";
import { type AmountUnit, parseAmount, toCanonicalWan } from "../core/parse/parse-amount.ts";
import { parseMeasure } from "../core/parse/parse-measure.ts";
import type { ImportLog } from "./import-log.ts";
import type { SourcePlace } from "./source-document.ts";

export interface CellContext {
  log: ImportLog;
  place: SourcePlace | undefined;
  /** What the value is, for the log: 指标“受众人数”的权重. */
  item: string;
  /** The table's or the user's amount unit (金额单位：元 / --unit 元); 万元 by default. */
  unit?: AmountUnit;
}

function noteWidth(text: string, context: CellContext): void {
  if (normalizeWidth(text) !== text && /[\uff10-\uff19．％－，]/.test(text)) {
    context.log.interpret(
      context.place,
      context.item,
      `“${text}”含全角数字或符号，按半角读为“${normalizeWidth(text).trim()}”`,
    );
  }
}

/** Money as canonical 万元 text, or undefined for a blank or dash cell (not zero). */
export function readMoney(text: string | undefined, context: CellContext): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const unit = context.unit ?? "万元";
  const parsed = parseAmount(trimmed, { defaultUnit: unit });
  if (parsed.kind === "blank" || parsed.kind === "dash") return undefined;
  if (parsed.kind === "invalid") {
    context.log.skip(context.place, context.item, `“${trimmed}”不是金额`);
    return undefined;
  }
  noteWidth(trimmed, context);
  if (/\d,\d{3}/.test(normalizeWidth(trimmed)))
    context.log.interpret(context.place, context.item, `“${trimmed}”中的逗号读作千位分隔符`);
  const value = toCanonicalWan(trimmed, { defaultUnit: unit }) ?? undefined;
  const written = parsed.unitWritten;
  if (written !== null && written !== "万元")
    context.log.interpret(context.place, context.item, `“${trimmed}”以元为单位，换算为 ${value} 万元`);
  else if (written === null && unit === "元")
    context.log.interpret(context.place, context.item, `“${trimmed}”按金额单位“元”换算为 ${value} 万元`);
  return value;
}

/** A weight or score ("10", "9.8", "１０"), or undefined for blank, dash or text. */
export function readDecimal(text: string | undefined, context: CellContext): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/分$/, "");
  if (trimmed === "" || /^[—\-－–/／]+$/.test(trimmed)) return undefined;
  const value = parsePlainNumber(trimmed);
  if (value === null) {
    context.log.skip(context.place, context.item, `“${text.trim()}”不是数字`);
    return undefined;
  }
  noteWidth(trimmed, context);
  if (text.trim().endsWith("分"))
    context.log.interpret(context.place, context.item, `“${text.trim()}”去掉“分”读为 ${value}`);
  return value;
}

/** A whole count ("48 人", "2批次", "８名"), or undefined. */
export function readCount(text: string | undefined, context: CellContext): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const measure = parseMeasure(text);
  if (measure.value === null || !measure.value.isInteger() || measure.value.isNegative()) {
    context.log.skip(context.place, context.item, `“${text.trim()}”不是整数个数`);
    return undefined;
  }
  noteWidth(text, context);
  return measure.value.toNumber();
}

/** Printed text kept verbatim, or undefined when blank. */
export function printedText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}
