/**
 * Splits a report's paragraphs into narrative sections at its headings, recognized by their numbering and titles:
 * 第…部分, 一、, （一）/(一), 附件1-2, a Markdown "#", and — where Word's automatic numbering was flattened on export —
 * "1、 " / "（1） " followed by a space. List items such as "1.人员编制。" and "（1）项目目标…" (no space) stay inside
 * their section. A heading that runs on into its first sentence ("（一）机构组成。凉山州…") ends its title at the first
 * 。/：. Tables are not prose and are left out.
 * @module
 */
import type { NarrativeSection } from "../core/dataset/schema.ts";
import type { ImportLog } from "./import-log.ts";
import type { SourceBlock } from "./source-document.ts";

const HEADING = [
  /^第[一二三四五六七八九十]+部分/,
  /^[一二三四五六七八九十]+、/,
  /^[（(][一二三四五六七八九十]+[）)]/,
  /^附件\s*\d+(-\d+)?[：:]?$/,
  /^\d+、[ \t\u3000]/,
  /^（\d+）[ \t\u3000]/,
];
const MAX_TITLE = 500;
const MAX_TEXT = 20_000;

export function isHeadingText(text: string): boolean {
  return HEADING.some((pattern) => pattern.test(text));
}

function splitHeading(line: string): { title: string; rest: string } {
  const match = /^(.{1,60}?[。：:])(.+)$/s.exec(line);
  if (match?.[1] !== undefined && match[2] !== undefined) return { title: match[1], rest: match[2].trim() };
  return { title: line, rest: "" };
}

export function recognizeSections(blocks: readonly SourceBlock[], log: ImportLog): NarrativeSection[] {
  const drafts: Array<{ title: string; sourceLine: number; lines: string[]; place: SourceBlock["place"] }> = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    const next = blocks[index + 1];
    const previous = blocks[index - 1];
    // A table's title just above it, its note just below it, and bare numbers left by chart data are not prose.
    if (next?.kind === "table" && /表/.test(block.text) && block.text.length <= 60) {
      log.ignore(block.place, `表格标题“${block.text.slice(0, 30)}”`, "作为表格标题，不计入正文章节");
      return;
    }
    if (previous?.kind === "table" && /^(说明|注)[：:]/.test(block.text)) {
      log.ignore(block.place, `表格注释“${block.text.slice(0, 20)}…”`, "作为表格注释，不计入正文章节");
      return;
    }
    if (/^[\d.,%\s-]+$/.test(block.text)) {
      log.ignore(block.place, `数字“${block.text.slice(0, 20)}”`, "单独成段的数字（图表数据残留），不计入正文章节");
      return;
    }
    const markdown = /^\s*#{1,6}\s+/.exec(block.text);
    const text = (markdown ? block.text.slice(markdown[0].length) : block.text).trim();
    if (text === "") return;
    const heading = markdown !== null || isHeadingText(text);
    const current = drafts.at(-1);
    if (current && !heading) {
      current.lines.push(text);
      return;
    }
    const { title, rest } = heading ? splitHeading(text) : { title: text, rest: "" };
    drafts.push({ title, sourceLine: block.place.line, lines: rest === "" ? [] : [rest], place: block.place });
  });
  return drafts.map(({ title, sourceLine, lines, place }) => {
    let text = lines.join("\n");
    let shortTitle = title;
    if (title.length > MAX_TITLE) {
      shortTitle = title.slice(0, MAX_TITLE);
      log.interpret(place, `章节“${title.slice(0, 20)}…”`, `标题超过 ${MAX_TITLE} 字，截短`);
    }
    if (text.length > MAX_TEXT) {
      log.skip(
        place,
        `章节“${title.slice(0, 20)}”`,
        `正文 ${text.length} 字，超过 ${MAX_TEXT} 字，只保留前 ${MAX_TEXT} 字`,
      );
      text = text.slice(0, MAX_TEXT);
    }
    log.recognize(place, `章节“${shortTitle.slice(0, 40)}”`, `${lines.length} 段`);
    return { title: shortTitle, text, sourceLine };
  });
}
