/**
 * A unit's report sections as the tree its numbering makes: 一、 (level 1) holds （一） (level 2), which holds 1.
 * (level 3). Titles are kept without their numbers, so a report renumbers them (凉山's flattened "（1） 部门预算总体
 * 绩效" among （一）…（五） prints as （一）). Sections before the first numbered one (a cover, a title, an addressee)
 * are the preamble.
 * @module
 */
import type { NarrativeSection } from "../dataset/schema.ts";
import { cleanSectionTitle } from "./self-evaluation/match-narrative.ts";

export interface SectionNode {
  /** The title without its numbering or closing punctuation. */
  title: string;
  level: 1 | 2 | 3;
  section: NarrativeSection;
  children: SectionNode[];
}

export interface SectionTree {
  preamble: NarrativeSection[];
  sections: SectionNode[];
}

/** The outline level a title's numbering gives: 一、 and the flattened "1、 " → 1, （一）/（1） → 2, 1. → 3, none → 0. */
export function headingLevel(title: string): 0 | 1 | 2 | 3 {
  const text = title.trim();
  if (/^[一二三四五六七八九十百]+[、.．]/.test(text) || /^\d+、/.test(text)) return 1;
  if (/^[（(][一二三四五六七八九十\d]+[）)]/.test(text)) return 2;
  if (/^\d+[.．](?!\d)/.test(text)) return 3;
  return 0;
}

/**
 * The tree of `sections`. An unnumbered section after the first numbered one sits one level below the last
 * level-1 section (or at level 1 when there is none), so it is never lost; a level-2 section before any level-1 one
 * becomes a level-1 node.
 */
export function buildSectionTree(sections: readonly NarrativeSection[]): SectionTree {
  const tree: SectionTree = { preamble: [], sections: [] };
  const stack: SectionNode[] = [];
  for (const section of sections) {
    let level = headingLevel(section.title);
    if (level === 0) {
      if (tree.sections.length === 0) {
        tree.preamble.push(section);
        continue;
      }
      level = stack.some((node) => node.level === 1) ? 2 : 1;
    }
    while (stack.length > 0 && (stack.at(-1) as SectionNode).level >= level) stack.pop();
    const parent = stack.at(-1);
    const node: SectionNode = {
      title: cleanSectionTitle(section.title),
      level: (parent ? parent.level + 1 : 1) as 1 | 2 | 3,
      section,
      children: [],
    };
    if (node.level > 3) node.level = 3;
    (parent ? parent.children : tree.sections).push(node);
    stack.push(node);
  }
  return tree;
}
