/**
 * The PDF twins of a package's Word and Excel files, converted through a shared converter (so a batch keeps its
 * workers warm). Each PDF keeps the kind of its source and takes its name; when a .docx and an .xlsx of the same
 * title would both become "X.pdf", the Excel one is called "X（Excel）.pdf" so that neither overwrites the other.
 * @module
 */
import type { GeneratedFile } from "../document-input.ts";
import type { PdfConverter } from "./create-pdf-converter.ts";
import { PdfConversionError } from "./pdf-conversion-error.ts";

export interface ConvertedPdfs {
  /** The PDFs that were made, in the order of their sources. */
  files: GeneratedFile[];
  /** One error per document that could not be converted (each names its document). */
  errors: PdfConversionError[];
}

/**
 * Converts every .docx and .xlsx of `files`, in parallel as far as the converter's workers allow. A failed document
 * does not stop the others: the caller gets what was made and what was not.
 */
export async function convertFilesToPdf(
  files: readonly GeneratedFile[],
  converter: PdfConverter,
): Promise<ConvertedPdfs> {
  const sources = files.filter((file) => file.format === "docx" || file.format === "xlsx");
  const taken = new Set(files.map((file) => file.name));
  const names = sources.map((file) => {
    const stem = file.name.replace(/\.(docx|xlsx)$/i, "");
    let name = `${stem}.pdf`;
    if (taken.has(name)) name = `${stem}（${file.format === "xlsx" ? "Excel" : "Word"}）.pdf`;
    for (let n = 2; taken.has(name); n++) name = `${stem}（${n}）.pdf`;
    taken.add(name);
    return name;
  });
  const results = await Promise.allSettled(
    sources.map((file) => converter.convert({ name: file.name, data: file.data })),
  );
  const converted: ConvertedPdfs = { files: [], errors: [] };
  results.forEach((result, i) => {
    const source = sources[i] as GeneratedFile;
    if (result.status === "fulfilled") {
      converted.files.push({ name: names[i] as string, kind: source.kind, format: "pdf", data: result.value });
    } else {
      const reason = result.reason as Error;
      converted.errors.push(
        reason instanceof PdfConversionError
          ? reason
          : new PdfConversionError(`「${source.name}」转换 PDF 失败：${reason.message}`, source.name, "exitCode"),
      );
    }
  });
  return converted;
}
