/**
 * What the 部门决算情况说明 is made of, before any Word formatting: parts, headings, paragraphs, notes and charts, in
 * reading order. Core fills them from the dataset; the docx builder only lays them out, so every figure in the
 * prose and in the charts comes from the same computation.
 * @module
 */
import type { Fen } from "../../money/fen.ts";

/** A chart of the document (图1 … 图7), with its data in integer 分. */
export interface FinalAccountsChart {
  /** "图1". */
  figure: string;
  /** "收、支决算总计变动情况". */
  title: string;
  /** bar: prior year against this year; pie: the parts of one total. */
  kind: "bar" | "pie";
  categories: string[];
  /** One series per bar group; a pie has exactly one. Values line up with `categories`. */
  series: { name: string; values: Fen[] }[];
}

export type FinalAccountsBlock =
  /** 第一部分 部门概况 — a part of the document. */
  | { kind: "part"; text: string }
  /** 一、…: 黑体. */
  | { kind: "heading1"; text: string }
  /** （一）…: 楷体. */
  | { kind: "heading2"; text: string }
  | { kind: "paragraph"; text: string }
  /** （注：…）: the source-table notes of the official form. */
  | { kind: "note"; text: string }
  | { kind: "chart"; chart: FinalAccountsChart };

export interface FinalAccountsText {
  /** "凉山州科学技术协会2023年度部门决算情况说明". */
  title: string;
  /** The title as it is set on the page: ["凉山州科学技术协会", "2023年度部门决算情况说明"]. */
  titleLines: string[];
  blocks: FinalAccountsBlock[];
  /** The heading of the part the 附表 follow under ("第五部分 附表"), numbered after the parts of `blocks`. */
  schedulesHeading: string;
}

/** A body paragraph block. */
export const paragraph = (text: string): FinalAccountsBlock => ({ kind: "paragraph", text });
/** A note block: "（注：…）", or what the dataset does not give ("（数据中未提供…。）"). */
export const note = (text: string): FinalAccountsBlock => ({ kind: "note", text });
