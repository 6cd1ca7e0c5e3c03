/**
 * The PDF of a published report for anybody to download: the 部门整体支出绩效自评报告 (or, for a unit that has only
 * project tables, its 项目支出绩效自评报告) built from the stored dataset by src/documents and converted by LibreOffice.
 * A conversion takes seconds, so the PDF is kept in memory per report version: the second download is immediate,
 * and downloads that arrive during a conversion share it. Nothing that is not published is ever built.
 * @module
 */
import { buildDocumentPackage } from "../../documents/build-package.ts";
import { createPdfConverter, type PdfConverter } from "../../documents/pdf/create-pdf-converter.ts";
import { PdfConversionError } from "../../documents/pdf/pdf-conversion-error.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { HttpError, notFound } from "../http-error.ts";
import { profileOf, requireValidDataset } from "../services/dataset-json.ts";

/** How many PDFs are kept (a few hundred KB each); the oldest is dropped first. */
const CACHED_PDFS = 50;

export interface PublishedPdf {
  name: string;
  data: Uint8Array;
}

export class PublishedReportPdfs {
  readonly #cache = new Map<string, { version: number; pdf: Promise<PublishedPdf> }>();
  #converter: PdfConverter | undefined;

  constructor(
    private readonly reports: ReportsRepository,
    /** Made at the first download (default LibreOffice through createPdfConverter). */
    private readonly createConverter: () => PdfConverter = () => createPdfConverter(),
  ) {}

  /** @throws HttpError 404 unless the report is published; 503 when LibreOffice cannot convert it. */
  async pdfOf(id: string): Promise<PublishedPdf> {
    const head = await this.reports.findHead(id);
    if (!head || head.status !== "published") throw notFound("公开报表");
    const cached = this.#cache.get(id);
    if (cached?.version === head.version) return cached.pdf;
    const pdf = this.#build(id);
    this.#cache.delete(id);
    if (this.#cache.size >= CACHED_PDFS) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(id, { version: head.version, pdf });
    // A failed conversion is not kept: the next download tries again.
    pdf.catch(() => {
      if (this.#cache.get(id)?.pdf === pdf) this.#cache.delete(id);
    });
    return pdf;
  }

  async close(): Promise<void> {
    await this.#converter?.close();
    this.#converter = undefined;
  }

  async #build(id: string): Promise<PublishedPdf> {
    const row = await this.reports.find(id);
    // Read again with the dataset: it may have been withdrawn in between.
    if (!row || row.status !== "published") throw notFound("公开报表");
    // Stored datasets were validated when written; validating again fills the defaults the builders rely on.
    const dataset = requireValidDataset(JSON.parse(row.dataset));
    const files = await buildDocumentPackage({ dataset, profile: profileOf(row.profile_id), only: ["selfEvaluationReport"] });
    const report = files.find((file) => file.format === "docx");
    if (!report) throw new HttpError(404, "该报表没有部门整体或项目自评内容，没有可下载的自评报告");
    this.#converter ??= this.createConverter();
    try {
      const data = await this.#converter.convert({ name: report.name, data: report.data });
      return { name: report.name.replace(/\.docx$/, ".pdf"), data };
    } catch (error) {
      if (error instanceof PdfConversionError) throw new HttpError(503, `暂时无法生成 PDF：${error.message}`);
      throw error;
    }
  }
}
