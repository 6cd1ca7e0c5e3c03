import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkText } from "../core/prose/check-text.ts";
import { readDocxText } from "./read-docx-text.ts";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.join("")}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.join("")}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "word/document.xml": strToU8(xml),
    ...extra,
  });
}

const REPORT = docx(
  [
    paragraph(run("凉山州科协2023年度部门决算情况说明")),
    paragraph(
      run("2023年度本年支出合计874.05万元，其中：基本支出468.99万元，"),
      run("占53.65%；项目支出405.06万元，占46.34%。"),
    ),
    paragraph(run("收&amp;支&lt;说明&gt;"), "<w:r><w:tab/></w:r>", run("第二栏"), "<w:r><w:br/></w:r>", run("换行后")),
    "<w:tbl><w:tblPr/>",
    row(cell(paragraph(run("三级指标"))), cell(paragraph(run("指标值"))), cell(paragraph(run("完成值")))),
    row(
      cell(paragraph(run("时效指标"))),
      cell(paragraph(run("2022年1-12月完成"))),
      cell(paragraph(run("第一段")), paragraph(run("第二段"))),
    ),
    "</w:tbl>",
    paragraph(
      run("正文"),
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>',
      paragraph(run("文本框")),
      "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>",
      paragraph(run("文本框")),
      "</w:pict></mc:Fallback></mc:AlternateContent></w:r>",
      run("继续"),
    ),
  ].join(""),
);

describe("readDocxText", () => {
  it("gives paragraphs as lines, tabs and breaks as written, entities decoded, table rows as tab-separated lines", () => {
    expect(readDocxText(REPORT).split("\n")).toEqual([
      "凉山州科协2023年度部门决算情况说明",
      "2023年度本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；项目支出405.06万元，占46.34%。",
      "收&支<说明>\t第二栏",
      "换行后",
      "三级指标\t指标值\t完成值",
      "时效指标\t2022年1-12月完成\t第一段 第二段",
      "文本框",
      "正文继续",
    ]);
  });

  it("flattens a table nested in a cell into that cell", () => {
    const nested = docx(
      `<w:tbl>${row(cell(paragraph(run("外层"))), cell(`<w:tbl>${row(cell(paragraph(run("内1"))), cell(paragraph(run("内2"))))}</w:tbl>`, paragraph(run("尾"))))}</w:tbl>`,
    );
    expect(readDocxText(nested)).toBe("外层\t内1 内2 尾");
  });

  it("feeds the prose audit: the truncated share and the wrong year are found on their lines", () => {
    const findings = checkText(readDocxText(REPORT));
    expect(findings.map((f) => [f.code, f.line, f.expected, f.found])).toEqual([
      ["PROSE-PERCENT-TRUNCATED", 2, "53.66%", "53.65%"],
      ["PROSE-YEAR", 6, "2023年", "2022年"],
    ]);
    expect(findings[1]?.quote).toBe("2022年1-12月完成");
  });

  it("refuses garbage, a zip without a document and a document without a body, in Chinese", () => {
    expect(() => readDocxText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(
      /^不是有效的 \.docx 文件：无法按 ZIP 格式解压/,
    );
    expect(() => readDocxText(new Uint8Array(0))).toThrow(/^不是有效的 \.docx 文件/);
    const noDocument = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(() => readDocxText(noDocument)).toThrow("不是有效的 .docx 文件：缺少 word/document.xml");
    const noBody = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect(() => readDocxText(noBody)).toThrow("不是有效的 .docx 文件：word/document.xml 中没有正文（w:body）");
  });
});
