/**
 * 第一部分 部门概况: 一、部门职责 and 二、机构设置, which no figure can generate — they are the unit's own text from the
 * dataset's narrative. A missing text is said to be missing, so the gap shows before publication.
 * @module
 */
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import type { FinalAccountsContext } from "./final-accounts-context.ts";
import { narrativeLines } from "./unit-narrative.ts";

const DUTIES = /^\S{0,4}[、.．\s]*(?:部门职责|主要职能|机构职能)/;
const ORGANISATION = /^\S{0,4}[、.．\s]*(?:机构设置|机构组成)/;

/** 一、部门职责: the narrative's 部门职责 (or 主要职能) text, one paragraph per line. */
export function describeDuties(context: FinalAccountsContext): FinalAccountsBlock[] {
  return unitText(context, DUTIES, "部门职责");
}

/** 二、机构设置: the narrative's 机构设置 text (二级预算单位 and their kinds), one paragraph per line. */
export function describeOrganisation(context: FinalAccountsContext): FinalAccountsBlock[] {
  return unitText(context, ORGANISATION, "机构设置");
}

function unitText(context: FinalAccountsContext, title: RegExp, what: string): FinalAccountsBlock[] {
  const lines = narrativeLines(context.dataset, title);
  if (lines.length === 0) return [note(`（数据中未提供${what}。）`)];
  return lines.map(paragraph);
}
