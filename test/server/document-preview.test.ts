/**
 * The preview of a job's documents and the downloads of its files, through the API: a Word file is shown through the
 * PDF of the same name beside it, drawn by poppler as PNG pages (a page past the last is not found); a file without
 * a PDF says how to get one; a job not done is 409; nobody outside the report's subtree sees anything (404), and the
 * system's job that makes a published report's PDF is no document job to anybody. The job's ZIP is a real ZIP with a
 * real two-page PDF, put in the database as a runner finishes a job (the making of documents is in document-jobs).
 * SQLite only: nothing here depends on the dialect (the job tests run both).
 */
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

/** A PDF of `pages` empty A4 pages, its cross-reference table at the right offsets. */
function blankPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
  ];
  let text = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("");
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(text);
}

const DOCX = zipSync({ "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>') });

describe.each(DIALECTS.filter((dialect) => dialect === "sqlite"))("document preview on %s", (dialect) => {
  let region: TestRegion;
  let reportId: string;
  let userId: string;

  /** A job of the filler's report as a runner leaves it: done, with `files` (and a manifest) as its ZIP. */
  async function finishedJob(files: Record<string, Uint8Array>, kind = "documentsWithPdf") {
    const job = await region.services.jobs.enqueue({ kind, reportId, requestedBy: userId });
    const result = zipSync({ ...files, "manifest.json": strToU8('{"files":[]}') });
    // As JobsRepository.finish writes it (no runner runs in the test region, so nothing else claims the job).
    await region.services.database.db
      .updateTable("jobs")
      .set({ status: "done", progress: 100, message: "已完成", result, result_name: "文档.zip" })
      .where("id", "=", job.id)
      .execute();
    return job.id;
  }

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    const filler = await region.signedIn("filler");
    reportId = (await filler.get("/api/reports")).body.reports[0].id;
    userId = (await filler.get("/api/session")).body.user.id;
  }, 60_000);
  afterAll(async () => region?.close());

  it("shows a Word file through its PDF, page by page, to those who may read the report", async () => {
    const filler = await region.signedIn("filler");
    const jobId = await finishedJob({ "自评报告.docx": DOCX, "自评报告.pdf": blankPdf(2), "表格.xlsx": DOCX });

    const files = await filler.get(`/api/jobs/${jobId}/files`);
    expect(files.status).toBe(200);
    expect(files.body.files.map((file: { name: string }) => file.name)).toEqual([
      "自评报告.docx",
      "自评报告.pdf",
      "表格.xlsx",
    ]);
    const download = await region.app.request(`/api/jobs/${jobId}/files/1`, { headers: { cookie: filler.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("自评报告.pdf")}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(blankPdf(2));

    const preview = await filler.get(`/api/jobs/${jobId}/files/0/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ pdfIndex: 1, pdfName: "自评报告.pdf", pages: 2, shownPages: 2 });

    const page = await region.app.request(`/api/jobs/${jobId}/files/0/preview/2`, {
      headers: { cookie: filler.cookie },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("image/png");
    const png = new Uint8Array(await page.arrayBuffer());
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // An A4 page (595 × 842 pt) at 80 dpi: 662 × 936 pixels, rounded up (the PNG's IHDR holds width and height).
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([662, 936]);
    // Drawn once: asked again, the same bytes come back.
    const again = await region.app.request(`/api/jobs/${jobId}/files/0/preview/2`, {
      headers: { cookie: filler.cookie },
    });
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(png);

    for (const past of ["3", "0", "301", "x"]) {
      const answer = await filler.get(`/api/jobs/${jobId}/files/0/preview/${past}`);
      expect(answer.status, past).toBe(404);
      expect(answer.body.error).toBe("页不存在或无权查看");
    }
    const noPdf = await filler.get(`/api/jobs/${jobId}/files/2/preview`);
    expect(noPdf.status).toBe(409);
    expect(noPdf.body.error).toBe("“表格.xlsx”没有 PDF：请选“生成 Word、Excel 和 PDF”后再预览");
    expect((await filler.get(`/api/jobs/${jobId}/files/3/preview`)).status).toBe(404);
    expect((await filler.get(`/api/jobs/${jobId}/files/3`)).status).toBe(404);

    const stranger = await region.signedIn("otherFinance");
    for (const path of ["files", "files/1", "files/0/preview", "files/0/preview/1", "download"]) {
      const answer = await stranger.get(`/api/jobs/${jobId}/${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error).toBe("任务不存在或无权查看");
    }
  }, 60_000);

  it("answers 409 before the job is done, and not found for the published PDF's job", async () => {
    const filler = await region.signedIn("filler");
    const queued = await region.services.jobs.enqueue({ kind: "documents", reportId, requestedBy: userId });
    for (const path of ["files", "files/0", "files/0/preview", "files/0/preview/1", "download"]) {
      const answer = await filler.get(`/api/jobs/${queued.id}/${path}`);
      expect(answer.status, path).toBe(409);
      expect(answer.body.error).toBe("任务尚未完成（排队中）");
    }
    await region.services.jobs.remove(queued.id);

    const published = await finishedJob({ "自评报告.pdf": blankPdf(1) }, "publishedPdf");
    expect((await filler.get(`/api/jobs/${published}`)).status).toBe(200);
    for (const path of ["files", "files/0", "files/0/preview", "download"]) {
      expect((await filler.get(`/api/jobs/${published}/${path}`)).status, path).toBe(404);
    }
    expect((await filler.delete(`/api/jobs/${published}`)).status).toBe(404);
  }, 60_000);
});
