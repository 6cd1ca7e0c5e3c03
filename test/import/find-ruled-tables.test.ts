/**
 * The ruled-table grid on small rule sets drawn by hand: a 3×3 grid, a cell merged over two rows, one over two
 * columns, a border drawn twice slightly apart, a rule gap that is not a table, and a table continued on the next page.
 */
import { describe, expect, it } from "vitest";
import { findRuledTables, type RuledTable } from "../../src/import/find-ruled-tables.ts";
import { continuesTable, joinContinuedTables } from "../../src/import/join-continued-tables.ts";
import type { Rule } from "../../src/import/read-pdf-rules.ts";
import type { PdfLine } from "../../src/import/read-pdf-words.ts";

const h = (y: number, x1: number, x2: number): Rule => ({ kind: "h", y, x1, x2 });
const v = (x: number, y1: number, y2: number): Rule => ({ kind: "v", x, y1, y2 });

/** Full borders of a grid with the given column and row lines. */
function grid(xs: number[], ys: number[]): Rule[] {
  const left = xs[0] as number;
  const right = xs.at(-1) as number;
  const top = ys[0] as number;
  const bottom = ys.at(-1) as number;
  return [...ys.map((y) => h(y, left, right)), ...xs.map((x) => v(x, top, bottom))];
}

/** A word of 10 points high centred on (x, y), 6 points per character. */
function word(text: string, x: number, y: number): PdfLine {
  const width = text.length * 6;
  return { words: [{ text, xMin: x - width / 2, xMax: x + width / 2, yMin: y - 5, yMax: y + 5 }] };
}

const texts = (table: RuledTable | undefined) =>
  table?.rows.map((row) => row.map((c) => `${c.mergedFromAbove ? "^" : ""}${c.col}/${c.span}:${c.text}`));

describe("findRuledTables", () => {
  it("a 3×3 grid: each word in its cell, the text outside kept as lines", () => {
    const rules = grid([100, 200, 300, 400], [100, 120, 140, 160]);
    const lines = [
      word("标题", 250, 80),
      word("一级", 150, 110),
      word("二级", 250, 110),
      word("权重", 350, 110),
      word("产出", 150, 130),
      word("数量", 250, 130),
      word("20", 350, 130),
      word("效益", 150, 150),
      word("社会", 250, 150),
      word("30", 350, 150),
      word("注：说明", 250, 180),
    ];
    const { tables, otherLines } = findRuledTables(rules, lines);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0])).toEqual([
      ["0/1:一级", "1/1:二级", "2/1:权重"],
      ["0/1:产出", "1/1:数量", "2/1:20"],
      ["0/1:效益", "1/1:社会", "2/1:30"],
    ]);
    expect(tables[0]?.columns).toEqual([100, 200, 300, 400]);
    expect(otherLines.map((l) => l.words.map((w) => w.text).join(""))).toEqual(["标题", "注：说明"]);
  });

  it("a missing row border merges a cell over two rows; a missing column border over two columns", () => {
    const rules = [
      h(100, 100, 400),
      // The border between rows 1 and 2 stops at x = 200: the first column's cell spans both rows.
      h(120, 200, 400),
      h(140, 100, 400),
      // The last row has no border at x = 200 and x = 300 inside it: one cell over three columns.
      h(160, 100, 400),
      v(100, 100, 160),
      v(200, 100, 140),
      v(300, 100, 140),
      v(400, 100, 160),
    ];
    const lines = [
      word("产出指标", 150, 120),
      word("数量", 250, 110),
      word("10", 350, 110),
      word("质量", 250, 130),
      word("20", 350, 130),
      word("合计", 250, 150),
    ];
    const { tables } = findRuledTables(rules, lines);
    expect(texts(tables[0])).toEqual([
      ["0/1:产出指标", "1/1:数量", "2/1:10"],
      ["^0/1:", "1/1:质量", "2/1:20"],
      ["0/3:合计"],
    ]);
  });

  it("a border drawn twice a point apart is one line, and a cell's two text lines are one text", () => {
    const rules = [...grid([100, 200, 300], [100, 130, 150]), v(201, 100, 150), h(131, 100, 300)];
    const lines = [
      { words: [{ text: "项目", xMin: 130, xMax: 142, yMin: 102, yMax: 112 }] },
      { words: [{ text: "名称", xMin: 130, xMax: 142, yMin: 115, yMax: 125 }] },
      word("甲", 250, 115),
      word("乙", 150, 140),
      word("丙", 250, 140),
    ];
    const { tables } = findRuledTables(rules, lines);
    expect(tables[0]?.columns).toHaveLength(3);
    expect(texts(tables[0])).toEqual([
      ["0/1:项目名称", "1/1:甲"],
      ["0/1:乙", "1/1:丙"],
    ]);
  });

  it("rules with a gap between them are two drawings, and a lone frame or underline is not a table", () => {
    const table = grid([100, 200, 300], [100, 120, 140]);
    // A second grid 20 points below, not touching the first: its own table.
    const second = grid([100, 200, 300], [160, 180, 200]);
    const frame = grid([50, 90], [300, 320]);
    const underline = [h(400, 100, 300)];
    const { tables } = findRuledTables([...table, ...second, ...frame, ...underline], [word("正文", 150, 410)]);
    expect(tables.map((t) => [t.top, t.bottom])).toEqual([
      [100, 140],
      [160, 200],
    ]);
  });
});

describe("joinContinuedTables", () => {
  it("joins the next page's part on the union of column lines, drops its repeated header and fills a cut merge", () => {
    // Page 1: header row, then a 一级 cell merged over two rows reaching the foot of the page.
    const first = findRuledTables(
      [h(100, 100, 400), h(120, 100, 400), h(140, 200, 400), h(160, 100, 400), v(100, 100, 160), v(200, 100, 160)]
        .concat([v(400, 100, 160)])
        .concat([v(300, 120, 160)]),
      [
        word("项目名称", 150, 110),
        word("科普", 300, 110),
        word("产出", 150, 130),
        word("数量", 250, 130),
        word("10", 350, 130),
        word("质量", 250, 150),
        word("20", 350, 150),
      ],
    ).tables[0] as RuledTable;
    // Page 2: the header again, then the rest of the merged cell (empty) and one more row.
    const next = findRuledTables(
      [h(50, 100, 400), h(70, 100, 400), h(90, 100, 400), h(110, 100, 400), v(100, 50, 110), v(200, 50, 110)]
        .concat([v(400, 50, 110)])
        .concat([v(300, 70, 90)]),
      [word("项目名称", 150, 60), word("科普", 300, 60), word("时效", 250, 80), word("5", 350, 80)]
        .concat([word("合计", 150, 100)])
        .concat([word("35", 300, 100)]),
    ).tables[0] as RuledTable;
    expect(texts(first)?.[2]).toEqual(["^0/1:", "1/1:质量", "2/1:20"]);
    expect(continuesTable(first, next)).toBe(true);
    const joined = joinContinuedTables(first, next);
    expect(texts(joined)).toEqual([
      ["0/1:项目名称", "1/2:科普"],
      ["0/1:产出", "1/1:数量", "2/1:10"],
      ["^0/1:", "1/1:质量", "2/1:20"],
      ["^0/1:", "1/1:时效", "2/1:5"],
      ["0/1:合计", "1/2:35"],
    ]);
    expect(continuesTable(first, { ...next, left: 80 })).toBe(false);
  });
});
