/**
 * Evidence files, on SQLite and PostgreSQL: a PDF and a PNG are stored and come back byte for byte; a program
 * disguised as a PDF, an oversized file and an upload to a locked report are refused and store nothing; a path in
 * the file name is cleaned; nobody outside the report's subtree lists or downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sanitizeFileName } from "../../src/server/security/inspect-upload.ts";
import type { ApiClient } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

describe.each(DIALECTS)("attachments on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let reportId: string;
  const upload = (client: ApiClient, id: string, name: string, bytes: Uint8Array, type = "application/octet-stream") =>
    region.app.request(`/api/reports/${id}/attachments`, {
      method: "POST",
      headers: {
        cookie: client.cookie,
        "x-csrf-token": client.csrfToken,
        "content-type": type,
        "x-file-name": encodeURIComponent(name),
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

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    filler = await region.signedIn("filler");
    reportId = (await filler.get("/api/reports")).body.reports[0].id;
  }, 60_000);
  afterAll(async () => region?.close());

  it("stores a PDF and a PNG and returns them unchanged", async () => {
    const pdf = await upload(filler, reportId, "活动签到表.pdf", PDF, "application/pdf");
    expect(pdf.status).toBe(200);
    const png = await upload(filler, reportId, "现场照片.png", PNG, "image/png");
    expect(png.status).toBe(200);
    const listed = (await filler.get(`/api/reports/${reportId}/attachments`)).body.attachments as {
      id: string;
      fileName: string;
      mediaType: string;
      bytes: number;
    }[];
    expect(listed.map((a) => [a.fileName, a.mediaType, a.bytes])).toEqual([
      ["活动签到表.pdf", "application/pdf", PDF.length],
      ["现场照片.png", "image/png", PNG.length],
    ]);
    const download = await region.app.request(`/api/attachments/${listed[0]?.id}`, {
      headers: { cookie: filler.cookie },
    });
    expect(download.headers.get("content-disposition")).toContain("attachment");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
  });

  it("judges the type by the bytes: a program called .pdf is refused and nothing is stored", async () => {
    const before = await count();
    const response = await upload(filler, reportId, "报告.pdf", EXE, "application/pdf");
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toContain("只接受");
    expect(await count()).toBe(before);
  });

  it("refuses an oversized file", async () => {
    const before = await count();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect((await upload(filler, reportId, "大文件.pdf", big)).status).toBe(413);
    expect(await count()).toBe(before);
  });

  it("cleans a path out of the file name", async () => {
    const response = await upload(filler, reportId, "../../etc/passwd", PDF);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { fileName: string }).fileName).toBe("etc_passwd.pdf");
    expect(sanitizeFileName("..\\..\\证明\u0000材料.pdf")).toBe("证明材料.pdf");
    expect(sanitizeFileName("...")).toBe("附件");
    expect(sanitizeFileName(".bashrc")).toBe("bashrc");
  });

  it("keeps other regions and reviewers out", async () => {
    const stranger = await region.signedIn("otherFiller");
    const before = await count();
    expect((await upload(stranger, reportId, "x.pdf", PDF)).status).toBe(404);
    expect((await stranger.get(`/api/reports/${reportId}/attachments`)).status).toBe(404);
    const id = ((await filler.get(`/api/reports/${reportId}/attachments`)).body.attachments[0] as { id: string }).id;
    expect((await stranger.get(`/api/attachments/${id}`)).status).toBe(404);
    const finance = await region.signedIn("financeReviewer");
    expect((await upload(finance, reportId, "x.pdf", PDF)).status).toBe(403);
    expect((await finance.get(`/api/attachments/${id}`)).status).toBe(200);
    expect(await count()).toBe(before);
  });
});
