/**
 * The shape of a corpus document's expected.json (results worked out by hand) and the reader of its source.md.
 * @module
 */

/** A figure the document prints right. */
export type ExpectedRight =
  | {
      /** A value scoring must reproduce: an indicator's score, the budget block's rate or score, a table's total. */
      kind: "indicatorScore" | "executionScore" | "executionRate" | "total";
      /** `projects[0].evaluation.indicators[3]`, or the table path `projects[0].evaluation` for rate/score/total. */
      path: string;
      /** Exact value as worked out, compared at its own decimals (or `decimals`). */
      value: string;
      decimals?: number;
      /** The printed cell, when there is one. */
      figure?: string;
      work: string;
      gap?: string;
    }
  | {
      /** Met or not, judged from target and actual alone (with or without a weight): met, notMet, overAchieved, qualitative. */
      kind: "indicatorStatus";
      path: string;
      value: "met" | "notMet" | "overAchieved" | "qualitative";
      figure?: string;
      work: string;
      gap?: string;
    }
  | {
      /** A figure printed in the text: the prose audit must raise no error or warning naming it on its line. */
      kind: "prose";
      line: number;
      figure: string;
      value?: string;
      work: string;
      gap?: string;
    }
  | {
      /** A printed figure of the dataset: the audit must raise no error or warning at its path naming it. */
      kind: "dataset";
      path: string;
      figure?: string;
      value?: string;
      work: string;
      gap?: string;
    };

/** A figure the document prints wrong: it must be flagged at its place (a dataset path or a text line). */
export interface ExpectedWrong {
  code: string | string[];
  path?: string;
  line?: number;
  /** The wrong figure as printed; an error-level finding at the place that names it counts as this mistake. */
  figure: string;
  /** The right value, worked out by hand. */
  correct: string;
  work: string;
  minSeverity?: "info" | "warning";
  /** Text the finding's message must contain (the right value, or the diagnosis), when the code alone is not enough. */
  says?: string;
  gap?: string;
}

export interface CorpusExpectation {
  /** A built-in profile id or a profile file path from the repository root (profiles/anhui.json). */
  profile: string;
  year: number;
  /** True when the document prints no wrong figure. */
  clean: boolean;
  right: ExpectedRight[];
  wrong: ExpectedWrong[];
  /** Gap (an id of test/corpus/known-gaps.json) of the "every error-level finding is a listed mistake" assertion. */
  cleanGap?: string | string[];
}

const TEXT_MARKER = "<!-- 原文 -->\n";

/** The text as published: everything after the marker line of source.md. Its line 1 is the line after the marker. */
export function publishedTextOf(source: string): string {
  const at = source.indexOf(TEXT_MARKER);
  return at < 0 ? "" : source.slice(at + TEXT_MARKER.length);
}
