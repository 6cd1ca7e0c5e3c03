/**
 * Finds the unit's own text for a section of a generated report by the section titles it used ("七、存在的问题及原因
 * 分析" for 存在问题, "八、下一步改进措施" for 改进措施). Titles are compared without their numbering ("一、", "（二）",
 * "3.") or closing punctuation. Each section is used once, so callers ask for the most specific slots first.
 * @module
 */
import type { NarrativeSection } from "../../dataset/schema.ts";

const NUMBERING =
  /^(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|附件[\d\-－—]*[:：]?)\s*/;

/** "（二）单位整体支出规模。" → "单位整体支出规模". */
export function cleanSectionTitle(title: string): string {
  let text = title.trim();
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(NUMBERING, "").trim();
  }
  return text.replace(/[。．.：:；;，,\s]+$/, "");
}

/**
 * The unused sections whose cleaned title matches `pattern` and whose text is not blank, in dataset order; they are
 * marked used. `single` keeps only the first.
 */
export function takeNarrative(
  sections: readonly NarrativeSection[],
  pattern: RegExp,
  used: Set<number>,
  options: { single?: boolean } = {},
): NarrativeSection[] {
  const found: NarrativeSection[] = [];
  sections.forEach((section, i) => {
    if (used.has(i) || (options.single && found.length > 0)) return;
    if (section.text.trim() === "" || !pattern.test(cleanSectionTitle(section.title))) return;
    used.add(i);
    found.push(section);
  });
  return found;
}
