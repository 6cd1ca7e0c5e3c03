/**
 * Numbered outline of a report: 一、 (黑体) → （一） (楷体) → 1. (仿宋 bold), as GB/T 9704 orders them. Sections are
 * described without numbers and numbered when rendered, so a section left out for lack of content (no 其他需要说明
 * 的情况) never leaves a gap in the numbering.
 * @module
 */
import type { Paragraph } from "docx";
import { heading1, heading2, heading3 } from "../docx/official-format.ts";

export interface OutlineSection {
  title: string;
  paragraphs?: Paragraph[];
  subsections?: OutlineSection[];
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → "一", 10 → "十", 12 → "十二", 21 → "二十一" (1–99). */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? String(n);
  return `${tens === 1 ? "" : (DIGITS[tens] ?? "")}十${DIGITS[ones] ?? ""}`;
}

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
