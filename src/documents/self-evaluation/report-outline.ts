/**
 * Numbered outline of a report: 一、 (黑体) → （一） (楷体) → 1. (仿宋 bold), as GB/T 9704 orders them. Sections are
 * described without numbers and numbered when rendered, so a section left out for lack of content (no 其他需要说明
 * 的情况) never leaves a gap in the numbering.
 * @module
 */
import type { Paragraph } from "docx";
import { heading1, heading2, heading3 } from "../docx/official-format.ts";
import { chineseNumber } from "../../core/display/chinese-number.ts";

export interface OutlineSection {
  title: string;
  paragraphs?: Paragraph[];
  subsections?: OutlineSection[];
}

/** The numerals are core's (the 决算说明's parts are numbered there too); re-exported for the report builders. */
export { chineseNumber };

/** The headings and paragraphs of `sections`, numbered; empty sections are dropped. */
export function renderOutline(sections: readonly OutlineSection[]): Paragraph[] {
  return renderLevel(sections, 1);
}

function renderLevel(sections: readonly OutlineSection[], level: 1 | 2 | 3): Paragraph[] {
  const out: Paragraph[] = [];
  let number = 0;
  for (const section of sections) {
    const body = [
      ...(section.paragraphs ?? []),
      ...(section.subsections ? renderLevel(section.subsections, level === 1 ? 2 : 3) : []),
    ];
    if (body.length === 0) continue;
    number++;
    out.push(headingOf(level, number, section.title), ...body);
  }
  return out;
}

function headingOf(level: 1 | 2 | 3, number: number, title: string): Paragraph {
  if (level === 1) return heading1(`${chineseNumber(number)}、${title}`);
  if (level === 2) return heading2(`（${chineseNumber(number)}）${title}`);
  return heading3(`${number}.${title}`);
}
