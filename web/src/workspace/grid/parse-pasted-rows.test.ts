import { describe, expect, it } from "vitest";
import { describePastedBlock, mappingProblem, parsePastedRows, splitClipboardTable } from "./parse-pasted-rows.ts";

describe("splitClipboardTable", () => {
  it("reads Excel's quoting: a cell with a line break or a quote, CRLF line ends, a trailing newline", () => {
    expect(splitClipboardTable('a\t"两行\r\n文字"\tc\r\n"说""明"\t\tx\r\n')).toEqual([
      ["a", "两行\n文字", "c"],
      ['说"明', "", "x"],
    ]);
  });
});

describe("parsePastedRows", () => {
  // Rows of 凉山's 人才发展专项 table (seed 004) as Excel copies them: merged 一级 cells come out empty.
  const seedRows = [
    "产出指标\t数量指标\t计划初评上报州委组织部人数\t≤\t6\t人（次）\t6\t20",
    "\t质量指标\t遴选科技工作者达标率。\t≥\t90\t%\t95\t10",
  ].join("\r\n");

  it("reads the columns, fills a merged 一级 cell from the row above, skips a header row", () => {
    const result = parsePastedRows(
      `一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\r\n${seedRows}`,
    );
    expect(result).toEqual({
      ok: true,
      indicators: [
        {
          level1: "产出指标",
          level2: "数量指标",
          level3: "计划初评上报州委组织部人数",
          operator: "≤",
          target: "6",
          unit: "人（次）",
          actual: "6",
          weight: "20",
        },
        {
          level1: "产出指标",
          level2: "质量指标",
          level3: "遴选科技工作者达标率。",
          operator: "≥",
          target: "90",
          unit: "%",
          actual: "95",
          weight: "10",
        },
      ],
    });
  });

  it("reads full-width signs and digits as meant, keeping the printed glyph", () => {
    const result = parsePastedRows("满意度指标\t服务对象满意度指标\t满意度\t≧\t９５\t％\t９０\t１０分");
    expect(result.ok && result.indicators[0]).toEqual({
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      level3: "满意度",
      operator: "≥",
      operatorPrinted: "≧",
      target: "９５",
      unit: "％",
      actual: "９０",
      weight: "10",
    });
  });

  it("names the row and column of a cell it cannot read, and takes nothing", () => {
    expect(parsePastedRows(`${seedRows}\r\n产出指标\t数量指标\t场次\t约\t5\t场\t5\t10`)).toEqual({
      ok: false,
      message: "第 3 行“指标性质”列的“约”无法识别，应为 ≥ ≤ = > < 或 定性",
    });
    expect(parsePastedRows("产出指标\t数量指标\t场次\t≥\t5\t场\t5\t十分")).toEqual({
      ok: false,
      message: "第 1 行“权重”列的“十分”不是不小于 0 的数字",
    });
    expect(parsePastedRows("产出指标\t数量指标\t\t≥\t5\t场\t5\t10")).toEqual({
      ok: false,
      message: "第 1 行“三级指标”列为空",
    });
    expect(parsePastedRows("a\tb\tc\t≥\t1\t个\t1\t1\t多余")).toEqual({
      ok: false,
      message: "第 1 行有 9 列，应为 8 列（一级指标、二级指标、三级指标、指标性质、指标值、度量单位、完成值、权重）",
    });
    expect(parsePastedRows("\r\n \r\n")).toEqual({ ok: false, message: "剪贴板中没有可粘贴的指标行" });
  });
});

describe("a block in another column order", () => {
  const reordered = [
    "三级指标\t一级指标\t二级指标\t完成值\t指标值\t权重（分值）\t计量单位\t指标性质",
    "举办培训\t产出指标\t数量指标\t4\t3\t10\t期\t≥",
    "培训合格率\t\t质量指标\t92\t90\t10\t%\t≥",
  ].join("\r\n");

  it("is recognised by its header, and the columns are guessed from the header's names", () => {
    const block = describePastedBlock(reordered);
    expect(block).toMatchObject({ rows: 2, width: 8, inGridOrder: false, guess: [2, 0, 1, 6, 4, 7, 5, 3] });
    expect(block.sample[0]).toBe("举办培训");
  });

  it("is read by the chosen columns, a merged 一级 cell filled from above", () => {
    const result = parsePastedRows(reordered, describePastedBlock(reordered).guess);
    expect(result).toEqual({
      ok: true,
      indicators: [
        {
          level1: "产出指标",
          level2: "数量指标",
          level3: "举办培训",
          operator: "≥",
          target: "3",
          unit: "期",
          actual: "4",
          weight: "10",
        },
        {
          level1: "产出指标",
          level2: "质量指标",
          level3: "培训合格率",
          operator: "≥",
          target: "90",
          unit: "%",
          actual: "92",
          weight: "10",
        },
      ],
    });
  });

  it("a 序号 column in front, without a header: more columns than the grid, asked; left out when so chosen", () => {
    const text = "1\t产出指标\t数量指标\t举办培训\t≥\t3\t期\t4\t10";
    const block = describePastedBlock(text);
    expect(block).toMatchObject({ header: null, width: 9, inGridOrder: false });
    expect(parsePastedRows(text, [null, 0, 1, 2, 3, 4, 5, 6, 7])).toMatchObject({
      ok: true,
      indicators: [{ level1: "产出指标", level3: "举办培训", actual: "4", weight: "10" }],
    });
  });

  it("a grid column chosen twice, or no 三级指标, is refused with the columns named", () => {
    expect(mappingProblem([0, 1, 1])).toBe("第 2 列和第 3 列都选了“二级指标”");
    expect(mappingProblem([0, 1, null])).toBe("须有一列对应“三级指标”");
    expect(parsePastedRows("a\tb\tc", [0, 1, 1])).toEqual({ ok: false, message: "第 2 列和第 3 列都选了“二级指标”" });
  });

  it("a block in the grid's order, with its header or without, is pasted without asking", () => {
    expect(
      describePastedBlock("一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\r\na\tb\tc")
        .inGridOrder,
    ).toBe(true);
    expect(describePastedBlock("产出指标\t数量指标\t举办培训\t≥\t3\t期\t4\t10").inGridOrder).toBe(true);
    expect(describePastedBlock("产出指标\t数量指标\t举办培训").inGridOrder).toBe(true);
  });
});
