/**
 * Splits a seed document into narrative sections at its headings, so prose checks (years, stated figures) can run
 * section by section and report the line a section starts on.
 *
 * A heading is a line that starts with 第…部分, 一、, （一）/(一), 附件1-2, a Markdown "#" (seed 002 is a Markdown
 * export), or — where Word's automatic numbering was flattened on extraction — "1、 " / "（1） " followed by a space.
 * List items such as "1.人员编制。" and "（1）项目目标…" (no space) stay inside their section.
 * @module
 */
import type { NarrativeSection } from "../../src/core/dataset/schema.ts";
import type { Seed } from "./seed-files.ts";

export interface LineRange {
  /** First line, 1-based, inclusive. */
  from: number;
  /** Last line, 1-based, inclusive. */
  to: number;
  /** Keep the range as one section even if lines inside look like headings (a printed list of table titles). */
  flat?: boolean;
}

const HEADING = [
  /^第[一二三四五六七八九十]+部分/,
  /^[一二三四五六七八九十]+、/,
  /^[（(][一二三四五六七八九十]+[）)]/,
  /^附件\s*\d+(-\d+)?[：:]?$/,
  /^\d+、[ \t\u3000]/,
  /^（\d+）[ \t\u3000]/,
];

/** Word bookmarks and Markdown heading marks are extraction artefacts, not printed text. */
function cleanLine(raw: string): { text: string; markdownHeading: boolean } {
  const withoutBookmarks = raw.replace(/\[bookmark: [^\]]*\]/g, "");
  const markdown = /^\s*#{1,6}\s+/.exec(withoutBookmarks);
  const text = (markdown ? withoutBookmarks.slice(markdown[0].length) : withoutBookmarks).replace(
    /^[\s\u3000]+|[\s\u3000]+$/g,
    "",
  );
  return { text, markdownHeading: markdown !== null };
}

/**
 * The heading's own words. A heading often runs on into its first sentence ("（一）机构组成。凉山州科学技术协会…");
 * the title then ends at the first 。/：, and the rest of the line opens the section text.
 */
function splitHeading(line: string): { title: string; rest: string } {
  const match = /^(.{1,60}?[。：:])(.+)$/.exec(line);
  if (match?.[1] !== undefined && match[2] !== undefined) return { title: match[1], rest: match[2].trim() };
  return { title: line, rest: "" };
}

export function splitNarrative(seed: Seed<unknown>, ranges: readonly LineRange[]): NarrativeSection[] {
  const drafts: Array<{ title: string; sourceLine: number; lines: string[] }> = [];
  for (const range of ranges) {
    const firstOfRange = drafts.length;
    for (let n = range.from; n <= range.to; n++) {
      const { text, markdownHeading } = cleanLine(seed.lines[n - 1] ?? "");
      if (text === "") continue;
      const isHeading = markdownHeading || HEADING.some((re) => re.test(text));
      const current = drafts.length > firstOfRange ? drafts[drafts.length - 1] : undefined;
      if (current && !(isHeading && !range.flat)) {
        current.lines.push(text);
      } else {
        // Text before the first heading (a cover title) becomes a section titled by its first line.
        const { title, rest } = isHeading ? splitHeading(text) : { title: text, rest: "" };
        drafts.push({ title, sourceLine: n, lines: rest === "" ? [] : [rest] });
      }
    }
  }
  return drafts.map(({ title, sourceLine, lines }) => {
    const text = lines.join("\n");
    if (title.length > 500 || text.length > 20_000) {
      throw new Error(`叙述段落过长（第${sourceLine}行“${title.slice(0, 20)}…”），需要更细的标题拆分`);
    }
    return { title, text, sourceLine };
  });
}
