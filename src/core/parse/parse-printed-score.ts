/**
 * A score and a grade as a unit's document printed them (原文得分 "97分", 原文等级 "优"), read from what a person typed:
 * full-width digits and a trailing "分" accepted; anything else refused whole with the reason, so "97a", "-3" or
 * "1e3" never leave a "97" stored. Decided here once for the form, the import and any other caller.
 */
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";

export type PrintedReading = { ok: true; value: string | undefined } | { ok: false; message: string };

/** "９７．５分" → "97.5分", "97" → "97", "" → nothing stored. */
export function parsePrintedScore(text: string): PrintedReading {
  const typed = normalizeWidth(text).trim();
  if (typed === "") return { ok: true, value: undefined };
  const withUnit = typed.endsWith("分");
  const number = parsePlainNumber(withUnit ? typed.slice(0, -1) : typed);
  if (number === null || !/^\d{1,9}(\.\d{1,6})?$/.test(number))
    return { ok: false, message: `得分“${text}”应为不小于 0 的数字，可带“分”，如 97分` };
  return { ok: true, value: withUnit ? `${number}分` : number };
}

/** The printed grades (优/良/中/差, also written 优秀/良好, in quotes or not). */
const PRINTED_GRADES = /^[“"]?(优秀?|良好?|中|差)[”"]?$/;

/** A grade as printed: one of 优、良、中、差, kept as written. */
export function parsePrintedGrade(text: string): PrintedReading {
  const typed = normalizeWidth(text).trim();
  if (typed === "") return { ok: true, value: undefined };
  if (!PRINTED_GRADES.test(typed)) return { ok: false, message: `等级“${text}”应为优、良、中、差之一` };
  return { ok: true, value: typed };
}
