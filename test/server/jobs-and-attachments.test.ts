/**
 * Document jobs and evidence files, on SQLite and PostgreSQL — the cases document-jobs.test.ts and
 * attachments.test.ts leave out:
 *
 * - a job for the 临泽 report, watched at every progress step through the API: queued → running (progress only
 *   rising) → done; its ZIP holds exactly the files its manifest lists, byte for byte, and is offered under its
 *   UTF-8 name; readers outside the report's subtree (another region, or another unit of the same region) get 404;
 * - the PDF path with a stand-in converter (fast), once with LibreOffice itself (SQLite only), and without
 *   LibreOffice (one clear message, 409 on download); a report with nothing to put in documents fails its job;
 * - claims: many concurrent claimers take each job once; an expired claim is taken over and the old holder can no
 *   longer write; a runner stopped in the middle gives its job back and another runner finishes it; two
 *   DocumentJobRunner instances with their own worker ids run every job exactly once;
 * - attachments: the type comes from the bytes, not from Content-Type (a PNG sent as text/html is stored and served
 *   as image/png with nosniff); Office files must really be Office files; odd and hostile names; invalid
 *   X-File-Name encoding; editors only, and only while the report is editable; another unit's report is not found.
 */
import { createHash } from "node:crypto";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfConverter } from "../../src/documents/pdf/create-pdf-converter.ts";
import { createPdfConverter } from "../../src/documents/pdf/create-pdf-converter.ts";
import { PdfConversionError } from "../../src/documents/pdf/pdf-conversion-error.ts";
import { DocumentJobRunner } from "../../src/server/jobs/document-job-runner.ts";
import { JobsRepository } from "../../src/storage/jobs-repository.ts";
import type { ApiClient } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const PDF = strToU8("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
  0, 0,
]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
/** Enough of an Office package for the check: a ZIP whose parts include [Content_Types].xml. */
const DOCX = zipSync({
  "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
  "word/document.xml": strToU8("<w:document/>"),
});
const PLAIN_ZIP = zipSync({ "readme.txt": strToU8("not an office file") });

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fileNameOf = (disposition: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition ?? "")?.[1] ?? "");

/** A converter that "converts" at once: the runner's PDF path without LibreOffice's seconds per file. */
function standInConverter(): PdfConverter & { converted: string[] } {
  const converted: string[] = [];
  return {
    workers: 2,
    converted,
    async convert(source) {
      converted.push(source.name);
      return strToU8(`%PDF-1.7 stand-in for ${source.name}`);
    },
    async warmUp() {},
    async close() {},
  };
}

/** A converter whose conversions wait until it is closed, and then fail as the real one does ("closed"). */
function hangingConverter(): PdfConverter & { started: Promise<void> } {
  const waiting: (() => void)[] = [];
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  return {
    workers: 1,
    started,
    convert(source) {
      markStarted();
      return new Promise((_resolve, reject) =>
        waiting.push(() =>
          reject(new PdfConversionError(`「${source.name}」未转换：转换器已关闭`, source.name, "closed")),
        ),
      );
    },
    async warmUp() {},
    async close() {
      for (const fail of waiting.splice(0)) fail();
    },
  };
}

describe.each(DIALECTS)("jobs and attachments on %s", (dialect) => {
  let region: TestRegion;
  let finance: ApiClient;
  let filler: ApiClient;
  let linglingId: string;
  let linzeId: string;
  let liangshanId: string;
  let adminId: string;

  const jobRow = (id: string) =>
    region.services.database.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const enqueue = (reportId: string, kind: "documents" | "documentsWithPdf" = "documents") =>
    region.services.jobs.enqueue({ kind, reportId, requestedBy: adminId });
  const download = (client: ApiClient, path: string) =>
    region.app.request(path, { headers: { cookie: client.cookie } });

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    finance = await region.signedIn("financeReviewer");
    filler = await region.signedIn("filler");
    const reports = (await finance.get("/api/reports")).body.reports as { id: string; unitName: string }[];
    linglingId = reports.find((r) => r.unitName.includes("零陵"))?.id as string;
    linzeId = reports.find((r) => r.unitName.includes("临泽"))?.id as string;
    liangshanId = (await filler.get("/api/reports")).body.reports[0].id;
    adminId = (await (await region.signedIn("admin")).get("/api/session")).body.user.id;
    expect(linglingId && linzeId).toBeTruthy();
  }, 60_000);
  afterAll(async () => region?.close());

  describe("document jobs", () => {
    it("runs the 零陵 job queued → running → done, progress only rising, and serves a ZIP that matches its manifest", async () => {
      // The region's own runner would take the job at once; stop it (for the rest of this file: the tests below run
      // their own runners), so the job can be seen waiting, and run it with a runner that reads the job back through
      // the API at every progress step.
      await region.services.jobRunner.stop();
      {
        const started = await finance.post(`/api/reports/${linglingId}/documents`, { pdf: false });
        expect(started.status).toBe(200);
        const jobId = started.body.jobId as string;
        const seen: { status: string; progress: number; message: string }[] = [
          (await finance.get(`/api/jobs/${jobId}`)).body,
        ];

        class Watched extends JobsRepository {
          override async progress(id: string, worker: string, progress: number, message: string, lockMs: number) {
            const held = await super.progress(id, worker, progress, message, lockMs);
            seen.push((await finance.get(`/api/jobs/${id}`)).body);
            return held;
          }
        }
        await new DocumentJobRunner(new Watched(region.services.database.db), region.services.reports, {
          worker: "watched",
        }).drain();
        const done = (await finance.get(`/api/jobs/${jobId}`)).body;
        seen.push(done);

        expect(seen[0]).toMatchObject({ status: "queued", progress: 0 });
        const running = seen.slice(1, -1);
        expect(running.length).toBeGreaterThanOrEqual(3);
        for (const step of running) {
          expect(step.status).toBe("running");
          expect(step.progress).toBeGreaterThan(0);
          expect(step.progress).toBeLessThan(100);
          expect(step.message).toMatch(/[\u4e00-\u9fff]/);
        }
        const progress = seen.map((s) => s.progress);
        expect(progress).toEqual([...progress].sort((a, b) => a - b));
        expect(done).toMatchObject({
          status: "done",
          progress: 100,
          resultName: "永州市零陵区科学技术协会2024年度绩效公开材料.zip",
        });

        const response = await download(finance, `/api/jobs/${jobId}/download`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/zip");
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
        expect(fileNameOf(response.headers.get("content-disposition"))).toBe(done.resultName);
        const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
        const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"])) as {
          dataset: { unit: string };
          files: { name: string; bytes: number; sha256: string }[];
        };
        expect(manifest.dataset.unit).toBe("永州市零陵区科学技术协会");
        expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.name), "manifest.json"].sort());
        for (const file of manifest.files) {
          const entry = entries[file.name] as Uint8Array;
          expect([entry.byteLength, sha256(entry)], file.name).toEqual([file.bytes, file.sha256]);
        }
        const names = Object.keys(entries);
        expect(names.some((n) => n.endsWith(".docx"))).toBe(true);
        expect(names.some((n) => n.endsWith(".xlsx"))).toBe(true);
        expect(names.some((n) => n.endsWith(".pdf"))).toBe(false);

        // Outside the report's subtree the job does not exist: another region, and another unit of this region.
        for (const stranger of [await region.signedIn("otherFinance"), await region.signedIn("otherFiller"), filler]) {
          expect((await stranger.get(`/api/jobs/${jobId}`)).status).toBe(404);
          expect((await download(stranger, `/api/jobs/${jobId}/download`)).status).toBe(404);
          expect((await stranger.post(`/api/reports/${linglingId}/documents`, {})).status).toBe(404);
        }
        expect((await region.client().get(`/api/jobs/${jobId}`)).status).toBe(401);
      }
    }, 60_000);

    it("adds a PDF for every Word and Excel file when asked (stand-in converter)", async () => {
      const job = await enqueue(region.other.reportId, "documentsWithPdf");
      const converter = standInConverter();
      const progress: number[] = [];
      class Counting extends JobsRepository {
        override async progress(id: string, worker: string, value: number, message: string, lockMs: number) {
          progress.push(value);
          return super.progress(id, worker, value, message, lockMs);
        }
      }
      await new DocumentJobRunner(new Counting(region.services.database.db), region.services.reports, {
        createConverter: () => converter,
      }).drain();
      const row = await jobRow(job.id);
      expect(row.status, row.message).toBe("done");
      const entries = unzipSync(new Uint8Array(row.result as Uint8Array));
      const office = Object.keys(entries).filter((n) => /\.(docx|xlsx)$/.test(n));
      expect(converter.converted.sort()).toEqual([...office].sort());
      expect(Object.keys(entries).filter((n) => n.endsWith(".pdf"))).toHaveLength(office.length);
      const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"])) as {
        files: { format: string }[];
      };
      expect(manifest.files.filter((f) => f.format === "pdf")).toHaveLength(office.length);
      // Each converted file moves the bar: more steps than without PDF, still never backwards.
      expect(progress.length).toBeGreaterThan(office.length);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    }, 60_000);

    // The one real conversion (LibreOffice, a few seconds): once, on SQLite — the database plays no part in it.
    // Defined only there (not skipped elsewhere), so the suite's summary has no skipped test.
    if (dialect === "sqlite")
      it("converts the 零陵 documents to PDF with LibreOffice", async () => {
        const job = await enqueue(linglingId, "documentsWithPdf");
        const runner = new DocumentJobRunner(region.services.jobs, region.services.reports);
        try {
          await runner.drain();
        } finally {
          await runner.stop();
        }
        const row = await jobRow(job.id);
        expect(row.status, row.message).toBe("done");
        const entries = unzipSync(new Uint8Array(row.result as Uint8Array));
        const pdfs = Object.keys(entries).filter((n) => n.endsWith(".pdf"));
        expect(pdfs).toHaveLength(Object.keys(entries).filter((n) => /\.(docx|xlsx)$/.test(n)).length);
        for (const name of pdfs)
          expect(new TextDecoder().decode((entries[name] as Uint8Array).subarray(0, 5)), name).toBe("%PDF-");
      }, 180_000);

    it("fails a PDF job without LibreOffice with one clear message; its download stays 409", async () => {
      const job = await enqueue(region.other.reportId, "documentsWithPdf");
      const runner = new DocumentJobRunner(region.services.jobs, region.services.reports, {
        createConverter: () => createPdfConverter({ sofficePath: "/nonexistent/soffice" }),
      });
      await runner.drain();
      await runner.stop();
      const otherFinance = await region.signedIn("otherFinance");
      const status = (await otherFinance.get(`/api/jobs/${job.id}`)).body;
      expect(status.status).toBe("failed");
      expect(status.message).toBe(
        "文档生成失败：服务器未安装 LibreOffice，无法生成 PDF；可以只生成 Word 和 Excel 文档",
      );
      expect(status.resultName).toBeNull();
      expect((await otherFinance.get(`/api/jobs/${job.id}/download`)).status).toBe(409);
    }, 60_000);

    it("gives 临泽 (narrative only) its 部门整体支出绩效自评报告 (issue 13: was refused as having nothing to print)", async () => {
      const job = await enqueue(linzeId);
      await new DocumentJobRunner(region.services.jobs, region.services.reports).drain();
      const status = (await finance.get(`/api/jobs/${job.id}`)).body;
      expect(status).toMatchObject({ status: "done", resultName: "临泽县科学技术协会2023年度绩效公开材料.zip" });
      const response = await download(finance, `/api/jobs/${job.id}/download`);
      expect(response.status).toBe(200);
      const names = Object.keys(unzipSync(new Uint8Array(await response.arrayBuffer())));
      expect(names).toContain("临泽县科学技术协会2023年度部门整体支出绩效自评报告.docx");
    });
  });

  describe("claims", () => {
    it("gives each job to exactly one of many concurrent claimers", async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 6; i++) ids.add((await enqueue(region.other.reportId)).id);
      const claims: { worker: string; id: string }[] = [];
      await Promise.all(
        Array.from({ length: 12 }, async (_, n) => {
          const jobs = new JobsRepository(region.services.database.db);
          for (;;) {
            const job = await jobs.claimNext(`claimer-${n}`, 60_000);
            if (!job) return;
            expect(job.locked_by).toBe(`claimer-${n}`);
            claims.push({ worker: `claimer-${n}`, id: job.id });
          }
        }),
      );
      expect(claims.map((c) => c.id).sort()).toEqual([...ids].sort());
      for (const claim of claims) {
        expect((await jobRow(claim.id)).locked_by).toBe(claim.worker);
        await region.services.jobs.fail(claim.id, claim.worker, "测试：由并发领取用例结束");
      }
    });

    it("lets another worker take over an expired claim, after which the old holder cannot write", async () => {
      const job = await enqueue(region.other.reportId);
      const jobs = region.services.jobs;
      expect((await jobs.claimNext("dead", -1_000))?.id).toBe(job.id);
      expect((await jobs.claimNext("alive", 60_000))?.id).toBe(job.id);
      expect(await jobs.progress(job.id, "dead", 50, "过期的进度", 60_000)).toBe(false);
      await jobs.finish(job.id, "dead", { name: "stale.zip", data: new Uint8Array([1]) });
      await jobs.fail(job.id, "dead", "过期的失败");
      expect(await jobRow(job.id)).toMatchObject({ status: "running", locked_by: "alive", result_name: null });
      expect(await jobs.progress(job.id, "alive", 50, "生成中", 60_000)).toBe(true);
      await jobs.finish(job.id, "alive", { name: "fresh.zip", data: new Uint8Array([2]) });
      expect(await jobRow(job.id)).toMatchObject({
        status: "done",
        progress: 100,
        locked_by: null,
        result_name: "fresh.zip",
      });
      expect(await jobs.claimNext("late", 60_000)).toBeUndefined();
    });

    it("gives the job back when its runner stops in the middle, and another runner finishes it", async () => {
      const job = await enqueue(region.other.reportId, "documentsWithPdf");
      const hanging = hangingConverter();
      const stopping = new DocumentJobRunner(region.services.jobs, region.services.reports, {
        worker: "stopping",
        createConverter: () => hanging,
      });
      const draining = stopping.drain();
      await hanging.started;
      expect(await jobRow(job.id)).toMatchObject({ status: "running", locked_by: "stopping" });
      await stopping.stop();
      await draining;
      expect(await jobRow(job.id)).toMatchObject({
        status: "queued",
        progress: 0,
        locked_by: null,
        locked_until: null,
      });
      expect((await jobRow(job.id)).message).toContain("其他进程接手");

      await new DocumentJobRunner(region.services.jobs, region.services.reports, {
        worker: "taking-over",
        createConverter: standInConverter,
      }).drain();
      const row = await jobRow(job.id);
      expect(row.status, row.message).toBe("done");
      expect(Object.keys(unzipSync(new Uint8Array(row.result as Uint8Array))).some((n) => n.endsWith(".pdf"))).toBe(
        true,
      );
    }, 60_000);

    it("never runs one job in two DocumentJobRunners with their own worker ids", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await enqueue(region.other.reportId)).id);
      const finished: { id: string; worker: string }[] = [];
      class Recording extends JobsRepository {
        override async finish(id: string, worker: string, result: { name: string; data: Uint8Array }) {
          finished.push({ id, worker });
          return super.finish(id, worker, result);
        }
      }
      const runners = ["runner-a", "runner-b"].map(
        (worker) =>
          new DocumentJobRunner(new Recording(region.services.database.db), region.services.reports, { worker }),
      );
      await Promise.all(runners.map((runner) => runner.drain()));
      expect(finished.map((f) => f.id).sort()).toEqual([...ids].sort());
      // A runner that loses a race for one job looks for the next instead of giving up, so both share the work.
      for (const worker of ["runner-a", "runner-b"])
        expect(finished.filter((f) => f.worker === worker).length, worker).toBeGreaterThan(0);
      const rows = await region.services.database.db
        .selectFrom("jobs")
        .select(["id", "status", "result_name"])
        .where("id", "in", ids)
        .execute();
      expect(rows.map((r) => [r.status, r.result_name])).toEqual(
        ids.map(() => ["done", "另一地区某县科协2023年度绩效公开材料.zip"]),
      );
    }, 60_000);
  });

  describe("attachments", () => {
    const upload = (
      client: ApiClient,
      reportId: string,
      name: string | null,
      bytes: Uint8Array,
      type = "application/octet-stream",
      rawName = false,
    ) =>
      region.app.request(`/api/reports/${reportId}/attachments`, {
        method: "POST",
        headers: {
          cookie: client.cookie,
          "x-csrf-token": client.csrfToken,
          "content-type": type,
          ...(name === null ? {} : { "x-file-name": rawName ? name : encodeURIComponent(name) }),
        },
        body: bytes,
      });
    const count = async () =>
      Number(
        (
          await region.services.database.db
            .selectFrom("attachments")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    type Stored = { id: string; fileName: string; mediaType: string; bytes: number; sha256: string };

    it("judges the type by the bytes, whatever Content-Type says, and serves it back as what it is", async () => {
      const png = await upload(filler, liangshanId, "现场照片.png", PNG, "text/html");
      expect(png.status).toBe(200);
      const stored = (await png.json()) as Stored;
      expect(stored).toMatchObject({
        fileName: "现场照片.png",
        mediaType: "image/png",
        bytes: PNG.length,
        sha256: sha256(PNG),
      });
      const back = await download(filler, `/api/attachments/${stored.id}`);
      expect(back.headers.get("content-type")).toBe("image/png");
      expect(back.headers.get("x-content-type-options")).toBe("nosniff");
      expect(back.headers.get("content-disposition")).toMatch(/^attachment; /);
      expect(fileNameOf(back.headers.get("content-disposition"))).toBe("现场照片.png");
      expect(new Uint8Array(await back.arrayBuffer())).toEqual(PNG);

      const accepted: [string, Uint8Array, string, string][] = [
        ["照片.jpeg", JPEG, "照片.jpeg", "image/jpeg"],
        ["说明.docx", DOCX, "说明.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        ["备注.txt", strToU8("活动于 2023 年 5 月举行。\n"), "备注.txt", "text/plain; charset=utf-8"],
        ["扫描件", PDF, "扫描件.pdf", "application/pdf"],
        ["报告.exe", PDF, "报告.exe.pdf", "application/pdf"],
      ];
      for (const [name, bytes, storedName, mediaType] of accepted) {
        const response = await upload(filler, liangshanId, name, bytes, "image/png");
        expect(response.status, name).toBe(200);
        expect(await response.json(), name).toMatchObject({ fileName: storedName, mediaType: mediaType });
      }

      const before = await count();
      const refused: [string, Uint8Array, string][] = [
        ["程序.pdf", EXE, "application/pdf"],
        ["程序.png", EXE, "image/png"],
        ["假的.docx", PLAIN_ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        ["说明.zip", DOCX, "application/zip"],
        ["乱码.txt", new Uint8Array([0x48, 0, 0xff, 0xfe]), "text/plain"],
        ["页面.html", strToU8("<script>alert(1)</script>"), "text/plain"],
      ];
      for (const [name, bytes, type] of refused)
        expect((await upload(filler, liangshanId, name, bytes, type)).status, name).toBe(415);
      expect(await count()).toBe(before);
    });

    it("stores hostile names cleaned, and refuses a name that is not valid URI encoding", async () => {
      const cases: [string, string][] = [
        ["../../etc/passwd", "etc_passwd.pdf"],
        ["..\\..\\Windows\\system.ini", "Windows_system.ini.pdf"],
        ["/etc/../../报告.pdf", "etc_报告.pdf"],
        [".hidden.pdf", "hidden.pdf"],
        ["报告\u202efdp.exe", "报告fdp.exe.pdf"],
        ["签到\u0000表\r\n.pdf", "签到表.pdf"],
        ["报告.pdf. . ", "报告.pdf"],
        [`${"很长的名字".repeat(40)}.pdf`, `${"很长的名字".repeat(40).slice(0, 116)}.pdf`],
      ];
      for (const [name, expected] of cases) {
        const response = await upload(filler, liangshanId, name, PDF, "application/pdf");
        expect(response.status, name).toBe(200);
        expect(((await response.json()) as Stored).fileName, name).toBe(expected);
      }
      expect(((await (await upload(filler, liangshanId, null, PDF)).json()) as Stored).fileName).toBe("附件.pdf");

      const before = await count();
      const bad = await upload(filler, liangshanId, "%E0%A4%A", PDF, "application/pdf", true);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toContain("X-File-Name");
      expect(await count()).toBe(before);
    });

    it("lets only editors upload, only while the report is editable", async () => {
      const unitReviewer = await region.signedIn("unitReviewer");
      expect((await upload(unitReviewer, liangshanId, "审核附件.pdf", PDF)).status).toBe(200);
      const before = await count();
      expect((await upload(await region.signedIn("departmentReviewer"), liangshanId, "x.pdf", PDF)).status).toBe(403);
      expect((await upload(finance, liangshanId, "x.pdf", PDF)).status).toBe(403);
      expect(
        (
          await region
            .client()
            .request("POST", `/api/reports/${liangshanId}/attachments`, "x", { "content-type": "text/plain" })
        ).status,
      ).toBe(401);
      const noCsrf = await region.app.request(`/api/reports/${liangshanId}/attachments`, {
        method: "POST",
        headers: { cookie: filler.cookie, "x-file-name": "x.pdf" },
        body: PDF,
      });
      expect(noCsrf.status).toBe(403);

      // A submitted report is locked: 423, nothing stored; returned to draft it takes files again.
      const otherFiller = await region.signedIn("otherFiller");
      const db = region.services.database.db;
      await db.updateTable("reports").set({ status: "submitted" }).where("id", "=", region.other.reportId).execute();
      const locked = await upload(otherFiller, region.other.reportId, "补充.pdf", PDF);
      expect(locked.status).toBe(423);
      expect(((await locked.json()) as { error: string }).error).toContain("已锁定");
      expect(await count()).toBe(before);
      await db.updateTable("reports").set({ status: "returned" }).where("id", "=", region.other.reportId).execute();
      expect((await upload(otherFiller, region.other.reportId, "补充.pdf", PDF)).status).toBe(200);
      await db.updateTable("reports").set({ status: "draft" }).where("id", "=", region.other.reportId).execute();
    });

    it("keeps another unit's files out of reach, in this region and in another", async () => {
      const mine = (
        (await filler.get(`/api/reports/${liangshanId}/attachments`)).body.attachments as Stored[]
      )[0] as Stored;
      const theirs = (
        (await (await region.signedIn("otherFiller")).get(`/api/reports/${region.other.reportId}/attachments`)).body
          .attachments as Stored[]
      )[0] as Stored;
      expect(mine && theirs).toBeTruthy();
      const before = await count();
      // The 凉山 filler and the 临泽 report: same region, another unit.
      expect((await upload(filler, linzeId, "x.pdf", PDF)).status).toBe(404);
      expect((await filler.get(`/api/reports/${linzeId}/attachments`)).status).toBe(404);
      expect((await download(filler, `/api/attachments/${theirs.id}`)).status).toBe(404);
      const otherFinance = await region.signedIn("otherFinance");
      expect((await download(otherFinance, `/api/attachments/${mine.id}`)).status).toBe(404);
      expect((await otherFinance.get(`/api/reports/${liangshanId}/attachments`)).status).toBe(404);
      expect((await download(otherFinance, `/api/attachments/${theirs.id}`)).status).toBe(200);
      // The finance bureau above the unit reads it.
      expect((await download(finance, `/api/attachments/${mine.id}`)).status).toBe(200);
      expect((await download(filler, "/api/attachments/no-such-id")).status).toBe(404);
      expect(await count()).toBe(before);
    });
  });

  it("lists the upload in the OpenAPI document with its raw body and file-name header", async () => {
    const doc = (await region.client().get("/api/openapi.json")).body;
    const post = doc.paths["/api/reports/{id}/attachments"].post;
    expect(Object.keys(post.requestBody.content)).toEqual(
      expect.arrayContaining(["application/pdf", "image/png", "application/octet-stream"]),
    );
    expect(post.requestBody.content["application/pdf"].schema).toEqual({ type: "string", format: "binary" });
    expect(post.parameters).toContainEqual(expect.objectContaining({ name: "x-file-name", in: "header" }));
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["413", "415", "423"]));
    expect(Object.keys(doc.paths["/api/jobs/{id}/download"].get.responses)).toContain("409");
    expect(
      doc.paths["/api/reports/{id}/documents"].post.requestBody.content["application/json"].schema.properties.pdf.type,
    ).toBe("boolean");
  });
});
