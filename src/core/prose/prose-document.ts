/**
 * A report read for the prose audit: its sentences with their figures, the report year, and the comparison words of
 * each sentence. Built once, so every check reads the same figures and none re-parses the text.
 * @module
 */
import { type ComparisonMarker, findComparisonMarkers } from "./comparison-markers.ts";
import { extractFigures, type Figure } from "./extract-figures.ts";
import { inferReportYear } from "./infer-report-year.ts";
import { type ProseSentence, splitLines, splitSentences } from "./split-sentences.ts";

export interface ReadSentence extends ProseSentence {
  figures: Figure[];
  comparisons: ComparisonMarker[];
}

export interface ProseDocument {
  lines: string[];
  sentences: ReadSentence[];
  /** The year the report is about (given, or inferred from the title); null when unknown. */
  reportYear: number | null;
}

/** Reads the text; `year` overrides the year inferred from the title. */
export function readProseDocument(text: string, year?: number): ProseDocument {
  const lines = splitLines(text);
  const sentences = splitSentences(text).map((sentence) => ({
    ...sentence,
    figures: extractFigures(sentence.text),
    comparisons: findComparisonMarkers(sentence.text),
  }));
  return { lines, sentences, reportYear: year ?? inferReportYear(lines) };
}

/** How far back in a paragraph a check looks: far enough for any real paragraph, and it keeps long text linear. */
export const PARAGRAPH_LOOKBACK = 30;

/** The sentences of the line (paragraph) that holds `sentence`, in order. */
export function sentencesOfParagraph(document: ProseDocument, sentence: ReadSentence): ReadSentence[] {
  let first = sentence.index;
  while (first > 0 && document.sentences[first - 1]?.line === sentence.line) first--;
  let last = sentence.index;
  while (document.sentences[last + 1]?.line === sentence.line) last++;
  return document.sentences.slice(first, last + 1);
}

/** Up to `limit` sentences before `sentence` on the same line (the same paragraph), nearest first. */
export function earlierInParagraph(
  document: ProseDocument,
  sentence: ReadSentence,
  limit = PARAGRAPH_LOOKBACK,
): ReadSentence[] {
  const out: ReadSentence[] = [];
  for (let i = sentence.index - 1; i >= 0 && out.length < limit; i--) {
    const previous = document.sentences[i];
    if (!previous || previous.line !== sentence.line) break;
    out.push(previous);
  }
  return out;
}
