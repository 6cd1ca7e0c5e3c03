/**
 * The two ways a grid table reaches the file — raw WordprocessingML for plain cells, docx objects when a cell has
 * paragraphs of its own — give the same table, and the raw path escapes what users type.
 */
import { Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { readDocumentXml, readDocxTables } from "../project-tables/docx-tables.test-support.ts";
import { readDocxText } from "../read-docx-text.ts";
import { type GridCell, gridTable, type GridTableOptions } from "./grid-table.ts";
import { officialDocument, SIZE } from "./official-format.ts";
import { packDocx } from "./pack-docx.ts";
import { fillRawXmlBlocks } from "./raw-xml-block.ts";

const ROWS: GridCell[][] = [
  [
    { text: "一级指标", rowSpan: 2, bold: true },
    { text: "二级指标", colSpan: 2 },
    { text: "得分", align: "right" },
  ],
  [{ text: "数量指标" }, { text: "质量\n指标" }, { text: "9.47" }],
  [{ text: "合计", colSpan: 3 }, { text: "100" }],
];
const OPTIONS: GridTableOptions = {
  columnWidths: [1000, 1200, 1200, 800],
  rows: ROWS,
  fontSize: SIZE.wuhao,
  headerRows: 1,
};

async function pack(options: GridTableOptions): Promise<Uint8Array> {
  return packDocx(officialDocument({ title: "测试", sections: [{ children: [gridTable(options)] }] }));
}

describe("gridTable", () => {
  it("writes plain cells as raw XML with the merges, widths, header row and zh-CN runs", async () => {
    const data = await pack(OPTIONS);
    const [table] = readDocxTables(data);
    expect(table?.rows.map((row) => row.map((c) => [c.text, c.gridSpan, c.vMerge]))).toEqual([
      [
        ["一级指标", 1, "restart"],
        ["二级指标", 2, null],
        ["得分", 1, null],
      ],
      [
        ["", 1, "continue"],
        ["数量指标", 1, null],
        ["质量\n指标", 1, null],
        ["9.47", 1, null],
      ],
      [
        ["合计", 3, null],
        ["100", 1, null],
      ],
    ]);
    const xml = readDocumentXml(data);
    expect(xml).not.toContain("jixiao-raw-");
    expect(xml).toContain('<w:tcW w:type="dxa" w:w="2400"/><w:gridSpan w:val="2"/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain(
      '<w:pStyle w:val="JixiaoCell21"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:lang w:eastAsia="zh-CN"/>',
    );
    expect(xml).toContain('<w:jc w:val="right"/>');
    // Every run of the table carries the language tag.
    const tableXml = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    expect(tableXml.match(/<w:r>/g)?.length).toBe(tableXml.match(/<w:lang w:eastAsia="zh-CN"\/>/g)?.length);
  });

  it("gives the same table through the docx library when a cell has its own paragraphs", async () => {
    const flagged = ROWS.map((row) => row.map((cell) => ({ ...cell })));
    const first = flagged[2]?.[1];
    if (!first) throw new Error("fixture");
    first.paragraphs = [new Paragraph({ children: [new TextRun("100")] })];
    const [viaLibrary] = readDocxTables(await pack({ ...OPTIONS, rows: flagged }));
    const [viaXml] = readDocxTables(await pack(OPTIONS));
    expect(viaLibrary?.rows).toEqual(viaXml?.rows);
    const xml = readDocumentXml(await pack({ ...OPTIONS, rows: flagged }));
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
  });

  it("escapes markup and drops control characters that users type", async () => {
    const rows: GridCell[][] = [[{ text: '<script>&\u0007"引号"' }, { text: "]]>" }]];
    const data = await pack({ columnWidths: [2000, 2000], rows });
    expect(readDocxText(data)).toContain('<script>&"引号"');
    expect(readDocumentXml(data)).toContain("&lt;script&gt;&amp;");
  });

  it("refuses to fill a table placeholder twice", async () => {
    const table = gridTable(OPTIONS);
    const document = () => officialDocument({ title: "测试", sections: [{ children: [table] }] });
    await packDocx(document());
    await expect(packDocx(document())).rejects.toThrow(/表格占位/);
    expect(() => fillRawXmlBlocks("<w:body/>")).not.toThrow();
  });

  it("names the row with too few or too many cells", () => {
    expect(() => gridTable({ columnWidths: [1000, 1000], rows: [[{ text: "只有一格" }]] })).toThrow(
      /第 1 行单元格不足/,
    );
    expect(() => gridTable({ columnWidths: [1000], rows: [[{ text: "一" }, { text: "二" }]] })).toThrow(
      /第 1 行单元格多于 1 列/,
    );
  });
});
