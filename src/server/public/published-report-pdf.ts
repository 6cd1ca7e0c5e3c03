/**
 * The PDF of a published report for anybody to download: the 部门整体支出绩效自评报告 (or, for a unit that has only
 * project tables, its 项目支出绩效自评报告), made once when the report was published — a document job converts it
 * and keeps it with that version (DocumentJobRunner) — and served from the database as it is. An anonymous
 * download never starts a conversion: while the publication's job is still converting (the moments after
 * publication) a download waits a little for it — a few at most, each polling one small query — and is otherwise
 * told to come back later. Nothing that is not published is ever served. Closed with the server: downloads still
 * waiting are answered at once, so they neither hold the shutdown nor query a closed database.
 * @module
 */
import type { JobsRepository } from "../../storage/jobs-repository.ts";
import type { PublishedPdfsRepository } from "../../storage/published-pdfs-repository.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { AppError, notFound } from "../app-error.ts";

export interface PublishedPdf {
  name: string;
  data: Uint8Array;
}

/** How long a download waits for a PDF being made, how often it looks, and how many downloads may wait at once. */
const WAIT_MS = 20_000;
const POLL_MS = 250;
const MAX_WAITING = 20;

const BEING_MADE = "该报表的 PDF 正在生成，请稍后再下载";

export class PublishedReportPdfs {
  #waiting = 0;
  readonly #closing = new AbortController();

  constructor(
    private readonly reports: ReportsRepository,
    private readonly pdfs: PublishedPdfsRepository,
    private readonly jobs: JobsRepository,
  ) {}

  /** @throws AppError not found unless the report is published; unavailable while its PDF is not made yet. */
  async pdfOf(id: string): Promise<PublishedPdf> {
    const head = await this.reports.findHead(id);
    if (!head || head.status !== "published") throw notFound("公开报表");
    const pdf = await this.pdfs.find(id, head.version);
    if (pdf) return pdf;
    if (!(await this.jobs.hasActive(id, "publishedPdf")))
      throw new AppError("unavailable", "该报表的 PDF 暂未生成（服务器重启后会重新生成），请稍后再下载");
    if (this.#waiting >= MAX_WAITING) throw new AppError("unavailable", BEING_MADE);
    this.#waiting++;
    try {
      for (const until = Date.now() + WAIT_MS; Date.now() < until;) {
        if (!(await this.#pause(POLL_MS))) break;
        const made = await this.pdfs.find(id, head.version);
        if (made) return made;
        if (!(await this.jobs.hasActive(id, "publishedPdf"))) break;
      }
    } finally {
      this.#waiting--;
    }
    throw new AppError("unavailable", BEING_MADE);
  }

  /** Downloads waiting for a PDF stop waiting (and are told to come back later); no new one waits. */
  close(): void {
    this.#closing.abort();
  }

  /** Waits `ms`; false at once when closed (or closing meanwhile). */
  #pause(ms: number): Promise<boolean> {
    const signal = this.#closing.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}
