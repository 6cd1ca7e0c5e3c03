/**
 * The indicator part of a report: a numbered 三级 heading per 一级 ("1.产出指标") and a sentence per indicator under
 * it. A 一级 that the table prints in two blocks is described once, under one heading.
 * @module
 */
import type { Paragraph } from "docx";
import { describeIndicatorResult } from "../../core/narrative/self-evaluation/describe-indicator-result.ts";
import type { Level1Group } from "../../core/narrative/self-evaluation/group-indicators.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { IndicatorScore } from "../../core/scoring/score-types.ts";
import { heading3 } from "../docx/official-format.ts";
import { reportParagraph } from "./report-paragraphs.ts";

/** Headings and indicator sentences, in table order. */
export function indicatorParagraphs(groups: readonly Level1Group[], profile: RuleProfile, year: number): Paragraph[] {
  const byName = new Map<string, IndicatorScore[]>();
  for (const group of groups) {
    const items = group.level2Groups.flatMap((sub) => sub.items);
    byName.set(group.level1, [...(byName.get(group.level1) ?? []), ...items]);
  }
  const named = [...byName.keys()].filter((name) => name !== "").length;
  let number = 0;
  return [...byName].flatMap(([level1, items]) => {
    const heading = level1 !== "" && named > 0 ? [heading3(`${++number}.${level1}`)] : [];
    return [...heading, ...items.map((scored) => reportParagraph(describeIndicatorResult(scored, profile, { year })))];
  });
}
