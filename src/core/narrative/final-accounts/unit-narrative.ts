/**
 * The unit's own words, where the dataset's narrative has them: the 部门职责 and 机构设置 texts, and the reasons and
 * purposes ("主要原因是…", "主要用于…") that only the unit can give and no number can generate.
 *
 * A reason or purpose is taken only as a figure-free clause, from the section (and line) whose title the official
 * outline gives it, so a wrong figure of the old text ("下降4%") can never come back through it, and template text
 * that was never filled in ("主要用于…（具体工作）") is refused.
 * @module
 */
import type { Dataset, NarrativeSection } from "../../dataset/schema.ts";
import { findPlaceholders, hasTemplateAlternatives } from "../../prose/template-patterns.ts";

export interface NarrativePlace {
  /** The section title, e.g. /^\S{1,3}[、.．]\s*收入支出决算总体/ for 一、收入支出决算总体情况说明. */
  section: RegExp;
  /** The line of the section the clause must be on, e.g. /^\d+[.．、]\s*公务用车/ for item 2 of the 三公 details. */
  line?: RegExp;
}

/** "主要变动原因是…", "下降的主要原因是…", "主要原因为…". */
const REASON = /^(?:(?:下降|增长|增加|减少|上升|变动)的)?(主要(?:变动)?原因(?:是|为|：|:))/;
/** "主要用于…", "其他用车主要是用于…". */
const PURPOSE = /^[^，,；;：:]{0,8}?主要(?:是)?用于/;
const DIGIT = /[0-9０-９]/;

/** The first narrative section whose title matches, in document order. */
export function findNarrativeSection(dataset: Dataset, title: RegExp): NarrativeSection | undefined {
  return dataset.narrative.find((section) => title.test(section.title.trim()));
}

/** The non-empty lines of the first matching section, as written; [] when the dataset has no such section. */
export function narrativeLines(dataset: Dataset, title: RegExp): string[] {
  const section = findNarrativeSection(dataset, title);
  if (!section) return [];
  return section.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** "主要原因是减少公务用车购置费用。" from the place given, or undefined. The direction word before it is dropped. */
export function narrativeReason(dataset: Dataset, place: NarrativePlace): string | undefined {
  const clause = findClause(dataset, place, REASON);
  return clause?.replace(REASON, "$1");
}

/** "主要用于开展…等支出。" from the place given, or undefined. */
export function narrativePurpose(dataset: Dataset, place: NarrativePlace): string | undefined {
  return findClause(dataset, place, PURPOSE);
}

/** From the clause that starts with `start` to the end of its sentence, if that stretch holds no figure. */
function findClause(dataset: Dataset, place: NarrativePlace, start: RegExp): string | undefined {
  const lines = narrativeLines(dataset, place.section).filter((line) => !place.line || place.line.test(line));
  for (const line of lines) {
    for (const sentence of line.split(/(?<=[。！？])/)) {
      const clauses = sentence.split(/(?<=[，,；;])/);
      const at = clauses.findIndex((clause) => start.test(clause.trim()));
      if (at < 0) continue;
      const text = clauses
        .slice(at)
        .join("")
        .trim()
        .replace(/[，,；;。]*$/, "");
      if (isUsable(text)) return `${text}。`;
    }
  }
  return undefined;
}

function isUsable(text: string): boolean {
  return !DIGIT.test(text) && isPublishableText(text);
}

/** False for template text nobody filled in: "…", "（具体工作）", "XX", "增加/减少". */
export function isPublishableText(text: string): boolean {
  return !text.includes("…") && findPlaceholders(text).length === 0 && !hasTemplateAlternatives(text);
}
