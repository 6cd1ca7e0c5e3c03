/**
 * Files the importer must refuse — encrypted, corrupt, truncated, enormous, zip bombs (declared and lying about their
 * size), macros, not what their name says, scans — each with a Chinese message naming the file and the reason,
 * checked before parsing, and nothing written by `jixiao import --out`.
 */
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { UnreadableFileError } from "../../src/import/import-error.ts";
import { readSourceBytes, readSourceFile } from "../../src/import/read-source-file.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-bad-input-"));

const DOCUMENT_XML = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>2023年度收、支总计874.05万元。</w:t></w:r></w:p></w:body></w:document>`;

function docx(parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8(DOCUMENT_XML),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
  });
}

async function reasonOf(file: string, data: Uint8Array): Promise<string> {
  try {
    await readSourceBytes(file, data);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toContain(file);
    return (error as UnreadableFileError).reason;
  }
  throw new Error(`${file} was read`);
}

/** Sets the "encrypted" flag of every entry, as a ZIP with a password has it. */
function withEncryptedFlag(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i < out.length - 4; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    if (signature === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
  }
  return out;
}

/** Rewrites the declared uncompressed size of `name` in the central directory. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const needle = Buffer.from(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (Buffer.from(out.subarray(i + 46, i + 46 + nameLength)).equals(needle)) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("bad input is refused with its reason", () => {
  it("a readable .docx is read (the fixture itself is sound)", async () => {
    const document = await readSourceBytes("好.docx", docx());
    expect(document.lines).toEqual(["2023年度收、支总计874.05万元。"]);
  });

  it("encrypted: a password-protected ZIP entry, an OLE-wrapped encrypted .docx, an encrypted PDF", async () => {
    expect(await reasonOf("加密.docx", withEncryptedFlag(docx()))).toMatch(/已加密/);
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from("EncryptionInfo", "utf16le"), 1024);
    expect(await reasonOf("加密.docx", ole)).toMatch(/已加密/);
    expect(await reasonOf("加密.xlsx", ole)).toMatch(/已加密/);
    expect(
      await reasonOf(
        "加密.pdf",
        strToU8("%PDF-1.7\n1 0 obj<</Filter/Standard>>endobj\ntrailer<</Encrypt 1 0 R>>\n%%EOF\n"),
      ),
    ).toMatch(/PDF 已加密/);
  });

  it("corrupt and truncated", async () => {
    const whole = docx();
    expect(await reasonOf("截断.docx", whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/不完整|损坏/);
    const garbled = new Uint8Array(whole);
    garbled.fill(0x41, 40, Math.min(garbled.length - 200, 400));
    expect(await reasonOf("损坏.docx", garbled)).toMatch(/损坏|不完整/);
    expect(await reasonOf("截断.pdf", strToU8("%PDF-1.7\n1 0 obj<<>>endobj\n"))).toMatch(/不完整/);
    expect(await reasonOf("空.txt", new Uint8Array(0))).toMatch(/空的/);
  });

  it("enormous: the size on disk is checked before the file is read", async () => {
    const path = join(dir, "巨大.docx");
    writeFileSync(path, "");
    truncateSync(path, 60 * 1024 * 1024);
    await expect(readSourceFile(path)).rejects.toThrow(/60\.0 MB，超过上限 50\.0 MB/);
  });

  it("zip bombs: declared sizes over the limit, and a part that inflates past its declared size", async () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(await reasonOf("炸弹.docx", bomb)).toMatch(/压缩比异常|压缩炸弹/);
    // The same part declared as 1,000 bytes: the inflater stops at the declared size.
    const liar = withDeclaredSize(
      zipSync({ "word/document.xml": strToU8(DOCUMENT_XML.replace("874.05", "874.05".repeat(2000))) }),
      "word/document.xml",
      1000,
    );
    expect(await reasonOf("谎报.docx", liar)).toMatch(/超过声明的大小/);
    const huge = withDeclaredSize(docx(), "word/document.xml", 150 * 1024 * 1024);
    expect(await reasonOf("声明过大.docx", huge)).toMatch(/超过上限/);
  });

  it("macros: vbaProject.bin inside, a .docm, an OLE file with a VBA project", async () => {
    expect(await reasonOf("宏.docx", docx({ "word/vbaProject.bin": "x" }))).toMatch(/含宏/);
    expect(await reasonOf("宏.docm", docx())).toMatch(/含宏/);
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from("_VBA_PROJECT", "utf16le"), 2048);
    expect(await reasonOf("宏.doc", ole)).toMatch(/含宏/);
  });

  it("not what the name says", async () => {
    expect(await reasonOf("其实是PDF.docx", strToU8("%PDF-1.7\n%%EOF\n"))).toBe(
      "文件名是Word（.docx），内容却是PDF，请确认文件没有改错扩展名",
    );
    expect(await reasonOf("其实是表格.docx", zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }))).toMatch(
      /内容却是 Excel 工作簿/,
    );
    expect(await reasonOf("其实是文字.xlsx", docx())).toMatch(/内容却是 Word 文档/);
    expect(await reasonOf("其实是图片.pdf", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toMatch(
      /内容却是图片/,
    );
    expect(await reasonOf("二进制.txt", new Uint8Array([0, 1, 2, 3, 0, 5]))).toMatch(/内容却是无法识别的二进制数据/);
    expect(await reasonOf("报告.rtf", strToU8("{\\rtf1}"))).toMatch(/不支持的文件类型“\.rtf”/);
  });

  it("a scanned PDF (no text layer) is named as a scan", async () => {
    // A one-page PDF with no text at all, as a scanner without OCR writes (its image left out).
    const objects = [
      "<</Type/Catalog/Pages 2 0 R>>",
      "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
    ];
    let body = "%PDF-1.4\n";
    const offsets: number[] = [];
    objects.forEach((object, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
    expect(await reasonOf("扫描件.pdf", strToU8(body))).toMatch(/没有文字层，应是扫描件/);
  });

  it("jixiao import writes nothing for an unreadable file and exits 2", async () => {
    const input = join(dir, "截断的报告.docx");
    const whole = docx();
    writeFileSync(input, whole.subarray(0, 30));
    const out = join(dir, "dataset.json");
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(["import", input, "--out", out])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toMatch(/无法导入“.*截断的报告\.docx”：文件不完整或已损坏/);
  });
});
