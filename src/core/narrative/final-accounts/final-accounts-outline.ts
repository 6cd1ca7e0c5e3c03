/**
 * The parts of the 部门决算情况说明 as data (rules.md §5.1, the 四川 form seed 004 prints): 第一部分 部门概况, 第二部分
 * 决算情况说明, 第三部分 名词解释, 第四部分 附件 (the self-evaluation reports filed with it), 第五部分 附表. The part
 * numbers are not fixed: each part printed takes the next number in the outline's order, so a part with nothing to
 * print (附件 for a unit that files no reports with its 决算) is left out without leaving a gap, and 凉山's 附表 are
 * 第五部分 as its seed prints them.
 * @module
 */
import type { Dataset } from "../../dataset/schema.ts";
import { chineseNumber } from "../../display/chinese-number.ts";
import { splitNarrativeDocuments } from "../split-narrative-documents.ts";

export type FinalAccountsPartKey = "overview" | "statement" | "glossary" | "attachments" | "schedules";

interface OutlinePart {
  key: FinalAccountsPartKey;
  /** The title after "第N部分 "; `{year}` is the dataset's year. */
  title: string;
}

/** rules.md §5.1, in its order. */
export const FINAL_ACCOUNTS_OUTLINE: readonly OutlinePart[] = [
  { key: "overview", title: "部门概况" },
  { key: "statement", title: "{year}年度部门决算情况说明" },
  { key: "glossary", title: "名词解释" },
  { key: "attachments", title: "附件" },
  { key: "schedules", title: "附表" },
];

export interface FinalAccountsPart {
  key: FinalAccountsPartKey;
  /** "第五部分 附表". */
  heading: string;
}

/**
 * The parts printed for the dataset, in the outline's order, each numbered after the parts printed before it. The
 * 附件 are printed when the unit files reports with its 决算 (`attachmentTitles`), the 附表 when any table is built.
 */
export function finalAccountsParts(
  dataset: Dataset,
  present: { attachments: boolean; schedules: boolean },
): FinalAccountsPart[] {
  return FINAL_ACCOUNTS_OUTLINE.filter(
    (part) => (part.key !== "attachments" || present.attachments) && (part.key !== "schedules" || present.schedules),
  ).map((part, i) => ({
    key: part.key,
    heading: `第${chineseNumber(i + 1)}部分 ${part.title.replace("{year}", String(dataset.year))}`,
  }));
}

/** The kinds of report made as documents of their own, which the 附件 part lists. */
const ATTACHED_KINDS = new Set(["departmentSelfEvaluation", "departmentEvaluation", "projectSelfEvaluation"]);

/**
 * "附件1-1：凉山州科学技术协会2023年整体支出绩效评价自评报告", one line per report the unit's narrative files with its
 * 决算说明 (its 附件…, each named by the lines under its label), in the unit's order. These are made as documents of
 * their own (部门整体支出绩效自评报告, 部门预算绩效评价报告, 项目支出绩效自评报告), so the part lists them.
 */
export function attachmentTitles(dataset: Dataset): string[] {
  return splitNarrativeDocuments(dataset.narrative)
    .filter((document) => ATTACHED_KINDS.has(document.kind) && document.label?.startsWith("附件"))
    .map((document) => `${document.label}：${document.heading.join("")}`);
}
