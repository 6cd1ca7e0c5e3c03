/** PDF twins of a package, with a stand-in converter: names, kinds, and a failure that spares the other files. */
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../document-input.ts";
import { convertFilesToPdf } from "./convert-files-to-pdf.ts";
import type { PdfConverter } from "./create-pdf-converter.ts";
import { PdfConversionError } from "./pdf-conversion-error.ts";

const file = (name: string, kind: GeneratedFile["kind"], format: GeneratedFile["format"]): GeneratedFile => ({
  name,
  kind,
  format,
  data: new TextEncoder().encode(name),
});

/** Returns "PDF of <name>" for each job; fails the documents whose name contains "坏". */
const fakeConverter: PdfConverter = {
  workers: 2,
  convert: async ({ name }) => {
    if (name.includes("坏"))
      throw new PdfConversionError(`「${name}」转换 PDF 失败：LibreOffice 未生成 PDF（测试）`, name, "noOutput");
    return new TextEncoder().encode(`PDF of ${name}`);
  },
  warmUp: async () => undefined,
  close: async () => undefined,
};

describe("convertFilesToPdf", () => {
  it("names each PDF after its source, keeps its kind, and gives an Excel twin of a Word title its own name", async () => {
    const { files, errors } = await convertFilesToPdf(
      [
        file("自评表.docx", "projectTables", "docx"),
        file("自评表.xlsx", "projectTables", "xlsx"),
        file("决算说明.docx", "finalAccounts", "docx"),
        file("已有.pdf", "finalAccounts", "pdf"),
      ],
      fakeConverter,
    );
    expect(errors).toEqual([]);
    expect(files.map((f) => [f.name, f.kind, f.format, new TextDecoder().decode(f.data)])).toEqual([
      ["自评表.pdf", "projectTables", "pdf", "PDF of 自评表.docx"],
      ["自评表（Excel）.pdf", "projectTables", "pdf", "PDF of 自评表.xlsx"],
      ["决算说明.pdf", "finalAccounts", "pdf", "PDF of 决算说明.docx"],
    ]);
  });

  it("returns the PDFs that were made and the error of the one that was not", async () => {
    const { files, errors } = await convertFilesToPdf(
      [
        file("好1.docx", "selfEvaluationReport", "docx"),
        file("坏.docx", "selfEvaluationReport", "docx"),
        file("好2.xlsx", "projectTables", "xlsx"),
      ],
      fakeConverter,
    );
    expect(files.map((f) => f.name)).toEqual(["好1.pdf", "好2.pdf"]);
    expect(errors.map((e) => e.message)).toEqual(["「坏.docx」转换 PDF 失败：LibreOffice 未生成 PDF（测试）"]);
  });
});
