/**
 * A unit's narrative often holds several documents one after the other, as 凉山's does: the 决算说明 (第一部分 …
 * 第五部分), then 附件1-1 (部门整体支出绩效自评报告), 附件1-2 (部门预算绩效评价报告) and 附件2-1 … (项目绩效自评报告).
 * This splits it at the "附件…" and "第…部分" headings and says which document each part is, so each report is made
 * from its own sections only.
 * @module
 */
import type { NarrativeSection } from "../dataset/schema.ts";

export type NarrativeDocumentKind =
  /** 部门整体支出绩效自评报告 (凉山 附件1-1, 乐山's 附件 1, or a narrative that names no documents at all). */
  | "departmentSelfEvaluation"
  /** 部门预算绩效评价报告 (凉山 附件1-2). */
  | "departmentEvaluation"
  /** A project's 绩效自评报告 (凉山 附件2-1 …). */
  | "projectSelfEvaluation"
  /** A part of the 部门决算情况说明 (第一部分 部门概况 … 第五部分 附表). */
  | "finalAccounts"
  /** An attachment whose words name none of these. */
  | "other";

export interface NarrativeDocument {
  kind: NarrativeDocumentKind;
  /** "附件1-1", "第二部分"; absent for a narrative that is one document. */
  label?: string;
  /** The lines naming the document under its label ("凉山州科学技术协会", "2023年整体支出绩效评价自评报告"). */
  heading: string[];
  /** The sections of the document, the label's own section first when it has one. */
  sections: NarrativeSection[];
  /** Index of each section in the dataset's narrative (for locations). */
  indexes: number[];
}

const ATTACHMENT = /^附件\s*(\d+(?:\s*[-－—]\s*\d+)?)\s*[：:]?$/;
const PART = /^第[一二三四五六七八九十]+部分/;
const NUMBERED = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/;

function kindOf(text: string): NarrativeDocumentKind | undefined {
  if (/整体(?:支出)?绩效.{0,10}自评报告|整体绩效自评报告/.test(text)) return "departmentSelfEvaluation";
  if (/(?:部门|单位)预算绩效评价报告/.test(text)) return "departmentEvaluation";
  // 凉山's 附件2-3 "学术交流活动业务经费绩效自评报告" names no 项目 but is one.
  if (/(?:自评|评价)报告/.test(text)) return "projectSelfEvaluation";
  if (/决算/.test(text)) return "finalAccounts";
  return undefined;
}

/**
 * The documents of `narrative` in order. A narrative without "附件…" or "第…部分" headings is one document, the
 * department's self-evaluation; "第…部分" parts are the 决算说明 when any of them names 决算; a 附件 is known by the
 * words under its label (its text, or the unnumbered titles that follow it, as 乐山's "区科协整体绩效自评报告范本").
 */
export function splitNarrativeDocuments(narrative: readonly NarrativeSection[]): NarrativeDocument[] {
  const partsAreFinalAccounts = narrative.some((s) => PART.test(s.title.trim()) && /决算/.test(s.title));
  const documents: NarrativeDocument[] = [];
  let current: NarrativeDocument | undefined;
  narrative.forEach((section, index) => {
    const title = section.title.trim();
    const attachment = ATTACHMENT.exec(title);
    if (attachment || PART.test(title)) {
      const label = attachment
        ? `附件${(attachment[1] ?? "").replace(/\s|[－—]/g, (c) => (c.trim() === "" ? "" : "-"))}`
        : (/^第[一二三四五六七八九十]+部分/.exec(title)?.[0] ?? title);
      const heading = section.text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "");
      // Words that name the document: its label's text, else the unnumbered titles right after it.
      let naming = [title, ...heading].join("\n");
      for (let next = index + 1; next < narrative.length && heading.length === 0; next++) {
        const nextTitle = (narrative[next] as NarrativeSection).title.trim();
        if (NUMBERED.test(nextTitle) || ATTACHMENT.test(nextTitle) || PART.test(nextTitle)) break;
        naming += `\n${nextTitle}`;
      }
      const kind = attachment
        ? (kindOf(naming) ?? "other")
        : partsAreFinalAccounts
          ? "finalAccounts"
          : (kindOf(naming) ?? "other");
      current = { kind, label, heading, sections: [section], indexes: [index] };
      documents.push(current);
      return;
    }
    if (!current) {
      current = { kind: "departmentSelfEvaluation", heading: [], sections: [], indexes: [] };
      documents.push(current);
    }
    current.sections.push(section);
    current.indexes.push(index);
  });
  return documents;
}

/** The sections of the department's 部门整体支出绩效自评报告, in the unit's order (none when it wrote none). */
export function departmentSelfEvaluationSections(narrative: readonly NarrativeSection[]): NarrativeSection[] {
  return splitNarrativeDocuments(narrative)
    .filter((document) => document.kind === "departmentSelfEvaluation")
    .flatMap((document) => document.sections);
}

/**
 * Whether the unit publishes a document of `kind`: its narrative holds one, or it holds no text at all (a unit that
 * keeps only data gets every document its data allow). 西藏 and 零陵 wrote self-evaluation reports and no
 * 决算说明, so theirs is made only when asked for.
 */
export function publishesDocument(narrative: readonly NarrativeSection[], kind: NarrativeDocumentKind): boolean {
  if (narrative.every((section) => section.text.trim() === "")) return true;
  return splitNarrativeDocuments(narrative).some((document) => document.kind === kind);
}

/**
 * The unit's own report of each project (凉山's 附件2-1 … 2-3), by the project name its title names: the whole name,
 * or the part in brackets ("凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）" is the report titled "第38届凉山州
 * 青少年科技创新大赛"). The longest name that matches wins, so a project and its activity are told apart.
 * @returns one entry per project, undefined where the unit wrote no report of its own
 */
export function projectDocuments(
  narrative: readonly NarrativeSection[],
  projectNames: readonly string[],
): (NarrativeDocument | undefined)[] {
  const documents = splitNarrativeDocuments(narrative).filter((d) => d.kind === "projectSelfEvaluation");
  const keysOf = (name: string) => {
    const inner = /[（(]([^（）()]+)[）)]\s*$/.exec(name)?.[1];
    return [name.trim(), ...(inner ? [inner.trim()] : [])].filter((key) => key.length >= 4);
  };
  const owner = new Map<NarrativeDocument, number>();
  for (const document of documents) {
    const heading = document.heading.join("");
    let best = -1;
    let bestLength = 0;
    projectNames.forEach((name, i) => {
      for (const key of keysOf(name)) {
        if (heading.includes(key) && key.length > bestLength) {
          best = i;
          bestLength = key.length;
        }
      }
    });
    if (best >= 0) owner.set(document, best);
  }
  return projectNames.map((_, i) => documents.find((d) => owner.get(d) === i));
}
