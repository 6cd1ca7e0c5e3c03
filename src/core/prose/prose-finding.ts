/**
 * Builds a prose finding: the severity comes from the catalogue, the location and quote from the sentence, so
 * every check reports the same way and no check can invent a severity.
 * @module
 */
import type { Finding } from "../findings/finding.ts";
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
