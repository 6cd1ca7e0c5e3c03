/**
 * The readers' table shapes: a text export's one-cell-per-line rows and tab-separated rows, a Word table's
 * gridSpan/gridBefore/vMerge, and the recognizers' reading of a text row broken by a blank line.
 */
import { describe, expect, it } from "vitest";
import { ImportLog } from "../../src/import/import-log.ts";
import { readIndicatorRows } from "../../src/import/read-indicator-rows.ts";
import { DocxNumbering } from "../../src/import/docx-numbering.ts";
import { documentXmlToBlocks } from "../../src/import/read-docx-file.ts";
import { recognizeSections } from "../../src/import/recognize-sections.ts";
import { textToDocument } from "../../src/import/read-text-file.ts";
import { rejoinBrokenRows } from "../../src/import/align-row-cells.ts";
import type { SourceTable } from "../../src/import/source-document.ts";

describe("text reader", () => {
  it("reads cell-per-line rows, a line break inside a cell, and the paragraph an export ran on after a table", () => {
    const lines = [
      "标题段落",
      "",
      "\t一级指标",
      "\t三级指标",
      "\t指标值",
      "",
      "\t产出指标",
      "\t受众",
      "人数",
      "\t≧2万人次",
      "\t10",
      " 正文标题",
      "正文",
    ];
    const document = textToDocument("t.txt", lines);
    const table = document.blocks.find((b): b is SourceTable => b.kind === "table");
    expect(table?.caption).toBe("标题段落");
    expect(table?.rows.map((r) => [r.place.line, r.cells.map((c) => c.text)])).toEqual([
      [3, ["一级指标", "三级指标", "指标值"]],
      [7, ["产出指标", "受众\n人数", "≧2万人次", "10"]],
    ]);
    expect(
      document.blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.text : "")),
    ).toEqual(["标题段落", "正文标题", "正文"]);
    // Every line of a row points at the row: the finding of line 9 is 表1 第2行.
    expect(document.placesByLine[8]).toMatchObject({ table: 1, row: 2 });
  });

  it("reads tab-separated rows (check-text's rendering of a .docx, a paste from Excel)", () => {
    const document = textToDocument("t.txt", ["项目\t决算数", "本年收入合计\t874.05"]);
    const table = document.blocks[0] as SourceTable;
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["项目", "决算数"],
      ["本年收入合计", "874.05"],
    ]);
  });

  it("re-joins a row broken by a blank line and says so", () => {
    const document = textToDocument("t.txt", [
      "\t一级指标",
      "\t二级指标",
      "\t三级指标",
      "\t权重",
      "",
      "\ta",
      "\tb",
      "\tc",
      "\t1",
      "",
      "\td",
      "\te",
      "",
      "\tf",
      "\t2",
      "",
      "\tg",
      "\th",
      "\ti",
      "\t3",
    ]);
    const table = document.blocks[0] as SourceTable;
    const log = new ImportLog("txt");
    const rows = rejoinBrokenRows(table.rows.slice(1), log);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["a", "b", "c", "1"],
      ["d", "e", "f", "2"],
      ["g", "h", "i", "3"],
    ]);
    expect(log.interpreted[0]?.detail).toBe("此行在第14行被空行断开，与下一行合并为一行（共 4 格）");
  });
});

describe("Word reader", () => {
  const cell = (text: string, props = "") =>
    `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const xml = `<w:document><w:body><w:p><w:r><w:t>表一</w:t></w:r></w:p><w:tbl>
    <w:tr w:rsidR="00A1">${cell("一级指标")}${cell("三级指标", '<w:gridSpan w:val="2"/>')}${cell("指标值")}${cell("权重")}</w:tr>
    <w:tr>${cell("产出指标", '<w:vMerge w:val="restart"/>')}${cell("场次", '<w:gridSpan w:val="2"/>')}${cell("≥20")}${cell("40")}</w:tr>
    <w:tr>${cell("", "<w:vMerge/>")}${cell("覆盖率", '<w:gridSpan w:val="2"/>')}${cell("100%")}${cell("30")}</w:tr>
    <w:tr><w:trPr><w:gridBefore w:val="3"/></w:trPr>${cell("合计")}${cell("70")}</w:tr>
  </w:tbl></w:body></w:document>`;

  it("keeps grid columns, spans, vertical merges and skipped columns", () => {
    const blocks = documentXmlToBlocks(xml);
    const table = blocks[1] as SourceTable;
    expect(table.caption).toBe("表一");
    expect(
      table.rows.map((r) =>
        r.cells.map((c) => `${c.text}@${c.col}${c.span > 1 ? `×${c.span}` : ""}${c.mergedFromAbove ? "^" : ""}`),
      ),
    ).toEqual([
      ["一级指标@0", "三级指标@1×2", "指标值@3", "权重@4"],
      ["产出指标@0", "场次@1×2", "≥20@3", "40@4"],
      ["@0^", "覆盖率@1×2", "100%@3", "30@4"],
      ["合计@3", "70@4"],
    ]);
  });

  it("reads indicators under their headers and reports the merged 一级 cell", () => {
    const table = documentXmlToBlocks(xml)[1] as SourceTable;
    const log = new ImportLog("docx");
    const header = table.rows[0];
    if (!header) throw new Error("no header");
    const { indicators } = readIndicatorRows(header, table.rows.slice(1, 3), { format: "docx", log, table: "测试表" });
    expect(indicators.map((i) => [i.level1, i.level3, i.operator ?? "", i.target, i.unit ?? "", i.weight])).toEqual([
      ["产出指标", "场次", "≥", "20", "", "40"],
      ["", "覆盖率", "", "100", "%", "30"],
    ]);
    expect(log.interpreted.map((n) => n.detail)).toContain("一级指标单元格与上方合并，按上方“产出指标”计");
  });
});

describe("Word's automatic numbering", () => {
  const numbering = `<w:numbering>
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num></w:numbering>`;
  const p = (text: string, num?: [number, number]) =>
    `<w:p><w:pPr>${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ""}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [
    p("基本情况", [7, 0]),
    p("单位概况", [7, 1]),
    p("人员编制。", [7, 2]),
    p("正文"),
    p("机构设置", [7, 1]),
    p("要点", [8, 0]),
    p("绩效目标", [7, 0]),
    p("年度目标", [7, 1]),
  ].join("");

  it("draws the numbers Word shows, restarting deeper levels, without bullets, and the sections follow them", () => {
    const notes: string[] = [];
    const blocks = documentXmlToBlocks(
      `<w:document><w:body>${body}</w:body></w:document>`,
      new DocxNumbering(numbering),
      notes,
    );
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "一、基本情况",
      "（一）单位概况",
      "1.人员编制。",
      "正文",
      "（二）机构设置",
      "要点",
      "二、绩效目标",
      "（一）年度目标",
    ]);
    expect(notes).toEqual(["6 个段落的自动编号（如“一、”“（一）”）按 Word 的编号格式补入正文"]);
    const sections = recognizeSections(blocks, new ImportLog("docx"));
    expect(sections.map((s) => s.title)).toEqual([
      "一、基本情况",
      "（一）单位概况",
      "（二）机构设置",
      "二、绩效目标",
      "（一）年度目标",
    ]);
  });
});
