/**
 * Lays a unit's own report over its province's outline. The unit's sections stay in the unit's order, each with its
 * own title and text; a section the outline does not know stays where the unit put it. An outline section the unit
 * did not write is added only when the data generate its content (预算执行, 自评得分 …), after the unit's section
 * that answers the outline section before it. A unit without numbered sections (a draft typed section by section)
 * gets the outline itself, each of its sections under the outline section it answers, the rest after them.
 * @module
 */
import type { NarrativeSection } from "../dataset/schema.ts";
import { buildSectionTree, type SectionNode } from "../narrative/section-tree.ts";
import { cleanSectionTitle } from "../narrative/self-evaluation/match-narrative.ts";
import type { GeneratedContent, OutlineNode, ReportOutline } from "./outline-schema.ts";

export interface ArrangedSection {
  title: string;
  /** The unit's own section (its text is printed), absent for a section the outline added. */
  unit?: NarrativeSection;
  /** Generated before the unit's text. */
  generate: GeneratedContent[];
  /** Generated only when the unit's text is blank. */
  fill: GeneratedContent[];
  /** Flag 【请补充】 when the section ends up empty (only in a draft that follows the outline). */
  required: boolean;
  children: ArrangedSection[];
}

export interface ArrangedReport {
  /** Sections before the first numbered one: the unit's title lines, addressee, opening. */
  preamble: NarrativeSection[];
  sections: ArrangedSection[];
  /** Whether the unit's own numbered outline was followed (false: the outline was, as for a draft). */
  unitOutline: boolean;
}

const compiled = new Map<string, RegExp>();
function matches(node: OutlineNode, title: string): boolean {
  return node.match.some((source) => {
    let pattern = compiled.get(source);
    if (!pattern) compiled.set(source, (pattern = new RegExp(source)));
    return pattern.test(title);
  });
}

function generates(node: OutlineNode): boolean {
  return node.generate.length > 0 || node.children.some(generates);
}

function allGenerated(node: OutlineNode): GeneratedContent[] {
  return [...new Set([...node.generate, ...node.children.flatMap(allGenerated)])];
}

function fromOutline(node: OutlineNode, draft: boolean): ArrangedSection {
  return {
    title: node.title,
    generate: node.generate,
    fill: draft ? node.fill : [],
    required: draft && node.required,
    children: node.children.filter((child) => draft || generates(child)).map((child) => fromOutline(child, draft)),
  };
}

function mergeLevel(units: readonly SectionNode[], outline: readonly OutlineNode[]): ArrangedSection[] {
  const used = new Set<number>();
  const items = units.map((unit) => {
    const k = outline.findIndex((node, i) => !used.has(i) && matches(node, unit.title));
    if (k >= 0) used.add(k);
    const node = k >= 0 ? outline[k] : undefined;
    // A unit section without subsections of its own takes the generated content of the outline's subsections
    // itself: "三、存在的问题" then carries the shortfalls, not a lone "（一）存在的问题" under it.
    const flat = unit.children.length === 0 && node !== undefined;
    const arranged: ArrangedSection = {
      title: unit.title,
      unit: unit.section,
      generate: flat ? allGenerated(node) : (node?.generate ?? []),
      fill: node?.fill ?? [],
      required: false,
      children: flat ? [] : mergeLevel(unit.children, node?.children ?? []),
    };
    return { k: k >= 0 ? k : undefined, arranged };
  });
  outline.forEach((node, k) => {
    if (used.has(k) || !generates(node)) return;
    let last = -1;
    items.forEach((item, position) => {
      if (item.k !== undefined && item.k < k) last = position;
    });
    const next = items.findIndex((item) => item.k !== undefined && item.k > k);
    const at = last >= 0 ? last + 1 : next >= 0 ? next : items.length;
    items.splice(at, 0, { k, arranged: fromOutline(node, false) });
  });
  return items.map((item) => item.arranged);
}

/** Places each unnumbered section of a draft under the first outline section (depth first) it answers. */
function arrangeDraft(sections: readonly NarrativeSection[], outline: ReportOutline): ArrangedSection[] {
  const arranged = outline.sections.map((node) => fromOutline(node, true));
  const slots: Array<{ node: OutlineNode; section: ArrangedSection }> = [];
  const walk = (nodes: readonly OutlineNode[], out: readonly ArrangedSection[]) =>
    nodes.forEach((node, i) => {
      slots.push({ node, section: out[i] as ArrangedSection });
      walk(node.children, (out[i] as ArrangedSection).children);
    });
  walk(outline.sections, arranged);
  const extra: ArrangedSection[] = [];
  for (const section of sections) {
    if (section.text.trim() === "") continue;
    const title = cleanSectionTitle(section.title);
    // The most specific section first: "存在的问题" answers the leaf 存在的问题, not its parent 存在的问题及改进措施.
    const free = slots.filter((s) => !s.section.unit && matches(s.node, title));
    const slot = free.find((s) => s.node.children.length === 0) ?? free[0];
    if (slot) slot.section.unit = section;
    else extra.push({ title, unit: section, generate: [], fill: [], required: false, children: [] });
  }
  return [...arranged, ...extra];
}

/** The report's sections: the unit's own outline where it numbered its sections, else the outline's. */
export function arrangeReport(sections: readonly NarrativeSection[], outline: ReportOutline): ArrangedReport {
  const tree = buildSectionTree(sections);
  if (tree.sections.length === 0) {
    return { preamble: [], sections: arrangeDraft(tree.preamble, outline), unitOutline: false };
  }
  return { preamble: tree.preamble, sections: mergeLevel(tree.sections, outline.sections), unitOutline: true };
}
