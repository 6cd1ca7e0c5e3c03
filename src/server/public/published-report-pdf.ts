/**
 * The PDF of a published report for anybody to download: the 部门整体支出绩效自评报告 (or, for a unit that has only
 * project tables, its 项目支出绩效自评报告), made once when the report was published — a document job converts it
 * and keeps it with that version (DocumentJobRunner) — and served from the database as it is. An anonymous
 * download never starts a conversion: until the PDF is made it is told to come back later. Nothing that is not
 * published is ever served.
 * @module
 */
import type { JobsRepository } from "../../storage/jobs-repository.ts";
import type { PublishedPdfsRepository } from "../../storage/published-pdfs-repository.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { HttpError, notFound } from "../http-error.ts";

export interface PublishedPdf {
  name: string;
  data: Uint8Array;
}

export class PublishedReportPdfs {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly pdfs: PublishedPdfsRepository,
    private readonly jobs: JobsRepository,
  ) {}

  /** @throws HttpError 404 unless the report is published; 503 while its PDF is not made yet. */
  async pdfOf(id: string): Promise<PublishedPdf> {
    const head = await this.reports.findHead(id);
    if (!head || head.status !== "published") throw notFound("公开报表");
    const pdf = await this.pdfs.find(id, head.version);
    if (pdf) return pdf;
    if (await this.jobs.hasActive(id, "publishedPdf")) throw new HttpError(503, "该报表的 PDF 正在生成，请稍后再下载");
    throw new HttpError(503, "该报表的 PDF 暂未生成（服务器重启后会重新生成），请稍后再下载");
  }
}
