/**
 * The PDF converter against the real LibreOffice of this machine: Chinese text and figures survive, fonts follow the
 * project's fontconfig aliases, 20 jobs at once with one and the same file name all come back as their own PDF,
 * and every kind of failure names the document in Chinese without stopping the jobs after it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gridTable } from "../docx/grid-table.ts";
import { packDocx } from "../docx/pack-docx.ts";
import { bodyParagraph, heading1, officialDocument, titleParagraph } from "../docx/official-format.ts";
import { createPdfConverter, type PdfConverter } from "./create-pdf-converter.ts";
import { PdfConversionError } from "./pdf-conversion-error.ts";

/** A 决算说明-like page: a 仿宋 body with the 凉山 figures and a merged-cell table, marked with its own number. */
async function sampleDocx(marker: string): Promise<Uint8Array> {
  const table = gridTable({
    columnWidths: [1800, 2600, 1600, 1600],
    headerRows: 1,
    rows: [
      [{ text: "项目" }, { text: "说明" }, { text: "金额（万元）" }, { text: "占比" }],
      [{ text: "支出", rowSpan: 2 }, { text: "基本支出" }, { text: "468.99" }, { text: "53.66%" }],
      [{ text: "项目支出" }, { text: "405.06" }, { text: "46.34%" }],
      [{ text: "合计", colSpan: 2 }, { text: "874.05" }, { text: "100.00%" }],
    ],
  });
  const document = officialDocument({
    title: "测试",
    sections: [
      {
        children: [
          titleParagraph(`凉山州科学技术协会\n2023年度部门决算情况说明`),
          heading1("一、收入支出决算总体情况说明"),
          bodyParagraph(`2023年度收、支总计874.05万元。与2022年相比，收、支总计各减少3.42万元，下降0.39%。${marker}`),
          table,
        ],
      },
    ],
  });
  return packDocx(document);
}

async function sampleXlsx(marker: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("项目支出绩效自评表");
  sheet.columns = [{ width: 16 }, { width: 20 }, { width: 20 }, { width: 12 }];
  sheet.addRow(["项目名称", "科普工作经费", marker]);
  sheet.addRow(["年初预算数", 214, "全年执行数", 405.06]);
  sheet.addRow(["执行率", "98.25%"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const scratch = tempDir("jixiao-pdf-test-");
let fileCounter = 0;

/** pdftotext of a PDF, with the spaces pdftotext puts between table cells and CJK glyphs removed. */
function pdfText(pdf: Uint8Array): string {
  const path = join(scratch, `t-${++fileCounter}.pdf`);
  writeFileSync(path, pdf);
  const result = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return result.stdout.replace(/\s+/g, "");
}

function pdfPages(pdf: Uint8Array): number {
  const path = join(scratch, `i-${++fileCounter}.pdf`);
  writeFileSync(path, pdf);
  const result = spawnSync("pdfinfo", [path], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return Number(/^Pages:\s+(\d+)/m.exec(result.stdout)?.[1] ?? 0);
}

async function rejection(promise: Promise<unknown>): Promise<PdfConversionError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PdfConversionError);
    return error as PdfConversionError;
  }
  throw new Error("expected the conversion to fail");
}

describe("createPdfConverter", () => {
  let converter: PdfConverter;
  const tempRoot = tempDir("jixiao-pdf-root-");

  beforeAll(async () => {
    converter = createPdfConverter({ workers: 2, tempRoot });
    await converter.warmUp();
  }, 60_000);
  afterAll(async () => {
    await converter.close();
  });

  it("converts a Word document: the figures, the table and the Chinese title are in the PDF, set in Noto Serif CJK", async () => {
    const pdf = await converter.convert({
      name: "凉山州科学技术协会2023年度部门决算情况说明.docx",
      data: await sampleDocx("编号A"),
    });
    const text = pdfText(pdf);
    expect(text).toContain("2023年度部门决算情况说明");
    expect(text).toContain("收、支总计874.05万元");
    expect(text).toContain("下降0.39%");
    expect(text).toMatch(/基本支出468\.9953\.66%/);
    const path = join(scratch, "fonts.pdf");
    writeFileSync(path, pdf);
    const fonts = spawnSync("pdffonts", [path], { encoding: "utf8" }).stdout;
    // 仿宋_GB2312 and 方正小标宋简体 reach the serif face only through ops/fontconfig/fonts.conf.
    expect(fonts).toMatch(/NotoSerifCJK/);
  });

  it("converts an Excel workbook", async () => {
    const pdf = await converter.convert({ name: "项目支出绩效自评表.xlsx", data: await sampleXlsx("编号B") });
    const text = pdfText(pdf);
    expect(text).toContain("科普工作经费");
    expect(text).toContain("405.06");
    expect(text).toContain("98.25%");
  });

  it("converts 20 documents submitted at once, all named alike, into 20 valid PDFs, each with its own content", async () => {
    const markers = Array.from({ length: 20 }, (_, i) => `第${String(i + 1).padStart(2, "0")}号文档`);
    const jobs = markers.map(async (marker, i) =>
      i % 4 === 3
        ? converter.convert({ name: "报告.xlsx", data: await sampleXlsx(marker) })
        : converter.convert({ name: "报告.docx", data: await sampleDocx(marker) }),
    );
    const pdfs = await Promise.all(jobs);
    expect(pdfs).toHaveLength(20);
    pdfs.forEach((pdf, i) => {
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
      const text = pdfText(pdf);
      expect(text).toContain(markers[i]);
      for (const other of markers) if (other !== markers[i]) expect(text).not.toContain(other);
    });
  }, 180_000);

  it("rejects a damaged .docx with a Chinese message naming it, and the jobs queued behind it still succeed", async () => {
    const good = await sampleDocx("编号C");
    const damaged = good.slice(0, 2000);
    const broken = converter.convert({ name: "损坏的自评报告.docx", data: damaged });
    const after = [
      converter.convert({ name: "后续1.docx", data: good }),
      converter.convert({ name: "后续2.docx", data: await sampleDocx("编号D") }),
    ];
    const error = await rejection(broken);
    expect(error.message).toMatch(/^「损坏的自评报告\.docx」转换 PDF 失败：LibreOffice 未生成 PDF（.+）$/);
    expect(error.reason).toBe("noOutput");
    expect(error.fileName).toBe("损坏的自评报告.docx");
    const [first, second] = await Promise.all(after);
    expect(pdfText(first as Uint8Array)).toContain("编号C");
    expect(pdfText(second as Uint8Array)).toContain("编号D");
  }, 60_000);

  it("refuses bytes that are not a Word package instead of printing them as text", async () => {
    const error = await rejection(
      converter.convert({ name: "乱码.docx", data: new TextEncoder().encode("这不是 Word 文件") }),
    );
    expect(error.message).toBe("「乱码.docx」不是有效的 Word 文件（内容不是 .docx 格式），无法转换为 PDF");
    expect(error.reason).toBe("invalidInput");
    const other = await rejection(converter.convert({ name: "说明.txt", data: new Uint8Array([1, 2, 3]) }));
    expect(other.message).toBe("「说明.txt」无法转换为 PDF：只支持 .docx 和 .xlsx 文件");
  });

  it("kills a job that runs over its time limit, says so, and the next job on a fresh profile succeeds", async () => {
    const data = await sampleDocx("编号E");
    const error = await rejection(converter.convert({ name: "超时的报告.docx", data }, { timeoutMs: 200 }));
    expect(error.message).toBe("「超时的报告.docx」转换 PDF 超时（超过 0.2 秒），已终止 LibreOffice");
    expect(error.reason).toBe("timeout");
    const again = await Promise.all([
      converter.convert({ name: "a.docx", data }),
      converter.convert({ name: "b.docx", data }),
    ]);
    for (const pdf of again) expect(pdfText(pdf)).toContain("编号E");
  }, 60_000);
});

describe("createPdfConverter without LibreOffice", () => {
  it("rejects with a message naming the file and how to install LibreOffice", async () => {
    const converter = createPdfConverter({ sofficePath: "/nonexistent/soffice" });
    const error = await rejection(converter.convert({ name: "自评报告.docx", data: await sampleDocx("x") }));
    expect(error.message).toBe(
      "未找到 LibreOffice（/nonexistent/soffice），无法将「自评报告.docx」转换为 PDF。请运行 bash scripts/setup.sh 安装 libreoffice-writer-nogui、libreoffice-calc-nogui 和 fonts-noto-cjk",
    );
    expect(error.reason).toBe("notInstalled");
    await expect(converter.warmUp()).rejects.toThrow(
      "未找到 LibreOffice（/nonexistent/soffice），无法转换 PDF。请运行 bash scripts/setup.sh 安装 libreoffice-writer-nogui、libreoffice-calc-nogui 和 fonts-noto-cjk",
    );
    await converter.close();
  });
});

describe("PdfConverter.close", () => {
  it("rejects jobs still waiting, and leaves no profile or job folder behind", async () => {
    const tempRoot = tempDir("jixiao-pdf-close-");
    const converter = createPdfConverter({ workers: 1, tempRoot });
    const data = await sampleDocx("编号F");
    const running = converter.convert({ name: "正在转换.docx", data }).catch((error: Error) => error);
    const waiting = rejection(converter.convert({ name: "排队中.docx", data }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await converter.close();
    expect((await waiting).message).toBe("PDF 转换器已关闭，「排队中.docx」未转换");
    expect(await running).toMatchObject({ reason: "closed" });
    expect(readdirSync(tempRoot)).toEqual([]);
    await expect(converter.convert({ name: "关闭后.docx", data })).rejects.toThrow(
      "PDF 转换器已关闭，「关闭后.docx」未转换",
    );
  }, 60_000);
});
