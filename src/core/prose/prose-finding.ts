/**
 * Builds a prose finding: the severity comes from the catalogue, the location and quote from the sentence, so
 * every check reports the same way and no check can invent a severity.
 * @module
 */
import type { Finding } from "../findings/finding.ts";
import { type Fen, fenToWan } from "../money/fen.ts";
import { formatFixed } from "../numbers/decimal.ts";
import { type ProseCode, severityOf } from "./prose-catalogue.ts";
import type { ProseSentence } from "./split-sentences.ts";

export interface FindingDetail {
  expected?: string;
  found?: string;
}

/** A finding on `sentence` with the catalogue severity of `code`. */
export function proseFinding(
  code: ProseCode,
  sentence: ProseSentence,
  message: string,
  detail: FindingDetail = {},
): Finding {
  return {
    code,
    severity: severityOf(code),
    message,
    location: `第${sentence.line}行`,
    line: sentence.line,
    quote: sentence.text,
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    ...(detail.found === undefined ? {} : { found: detail.found }),
  };
}

/** 分 as 万元 text with at least two decimals and more when the amount has them ("0.0714"). */
export function formatFenAsWan(fen: Fen): string {
  const wan = fenToWan(fen);
  return formatFixed(wan, Math.max(2, wan.decimalPlaces()));
}
