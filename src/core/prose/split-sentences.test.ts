import { describe, expect, it } from "vitest";
import { splitLines, splitSentences } from "./split-sentences.ts";

describe("splitSentences", () => {
  it("cuts at 。！？ and keeps 1-based line numbers and exact wording", () => {
    const text = "第一句。第二句！\n\n第三句？未完";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.line, s.text])).toEqual([
      [1, "第一句。"],
      [1, "第二句！"],
      [3, "第三句？"],
      [3, "未完"],
    ]);
    for (const s of sentences)
      expect(splitLines(text)[s.line - 1]?.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it("keeps a closing quote or bracket with the sentence it closes", () => {
    const sentences = splitSentences("他说“已完成。”然后（见附件。）结束。");
    expect(sentences.map((s) => s.text)).toEqual(["他说“已完成。”", "然后（见附件。）", "结束。"]);
  });

  it("drops Word bookmark residue and leading spaces but quotes the rest exactly", () => {
    const line = "[bookmark: OLE_LINK4][bookmark: OLE_LINK7]　 其中本年度收入124.88万元。";
    const [sentence] = splitSentences(line);
    expect(sentence?.text).toBe("其中本年度收入124.88万元。");
    expect(line.slice(sentence?.start ?? -1)).toBe("其中本年度收入124.88万元。");
  });

  it("reads each cell of a tab-separated row as its own piece, marked as table text", () => {
    const sentences = splitSentences("\t年度资金总额\t153.53\t127.10\n正文一句。");
    expect(sentences.map((s) => [s.text, s.inTable, s.start])).toEqual([
      ["年度资金总额", true, 1],
      ["153.53", true, 8],
      ["127.10", true, 15],
      ["正文一句。", false, 0],
    ]);
  });

  it("accepts Windows line ends and numbers sentences in reading order", () => {
    const sentences = splitSentences("甲。\r\n乙。");
    expect(sentences.map((s) => [s.line, s.text, s.index])).toEqual([
      [1, "甲。", 0],
      [2, "乙。", 1],
    ]);
  });
});
