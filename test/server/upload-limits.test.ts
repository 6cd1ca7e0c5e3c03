/**
 * Limits before work on uploads (issue 12, items 3, 10 and 21), on SQLite and PostgreSQL. The .xlsx indicator
 * import is judged on the caller's right, the report's lock and the named version before a byte of the body is
 * read; then on its size, its ZIP directory (entries, declared sizes), each entry held to its declared size (a
 * zip bomb), its row count — and only then parsed, in a worker thread. Evidence files with macros or that inflate
 * beyond their limits are refused. Every refusal leaves the database unchanged.
 */
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { snapshotDatabase } from "../support/database-snapshot.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "完成值",
  "权重",
  "偏差原因分析及改进措施",
];
const UNIT = "凉山州科学技术协会";

async function sheetOf(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("指标");
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const GOOD_ROWS = [
  ["产出指标", "数量指标", "开展科普活动次数", "≥", "10", "次", "12", "50", ""],
  ["效益指标", "社会效益指标", "受益群众人次", "≥", "2000", "人次", "2300", "30", ""],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "95", "10", ""],
];

/** A minimal Office-looking ZIP with the given parts. */
function officeZip(
  parts: Record<string, Uint8Array>,
  contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
): Uint8Array {
  return zipSync({ "[Content_Types].xml": strToU8(contentTypes), ...parts }, { level: 9 });
}

/**
 * A zip bomb that lies: `bytes` zeros stored deflated, with the directory and the local header both declaring
 * `declared` bytes uncompressed.
 */
function lyingZip(name: string, bytes: number, declared: number): Uint8Array {
  const zip = officeZip({ [name]: new Uint8Array(bytes) });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at < zip.length - 4; at++) {
    const signature = view.getUint32(at, true);
    const nameLength =
      signature === 0x04034b50
        ? view.getUint16(at + 26, true)
        : signature === 0x02014b50
          ? view.getUint16(at + 28, true)
          : -1;
    if (nameLength < 0) continue;
    const nameAt = signature === 0x04034b50 ? at + 30 : at + 46;
    if (new TextDecoder().decode(zip.subarray(nameAt, nameAt + nameLength)) !== name) continue;
    view.setUint32(signature === 0x04034b50 ? at + 22 : at + 24, declared, true);
  }
  return zip;
}

/**
 * A request body that records whether anybody read it (nothing is pulled ahead: high-water mark 0), sent with its
 * Content-Length as a browser sends a file.
 */
function watchedBody(bytes: Uint8Array): {
  body: ReadableStream<Uint8Array>;
  headers: Record<string, string>;
  read: () => boolean;
} {
  let pulled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled = true;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, headers: { "content-length": String(bytes.byteLength) }, read: () => pulled };
}

describe.each(DIALECTS)("upload limits on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let department: ApiClient;
  let unitId: string;
  let nextYear = 2040;

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    filler = await region.signedIn("filler");
    department = await region.signedIn("departmentReviewer");
    unitId = (await filler.get("/api/session")).body.user.unit.id;
  }, 120_000);
  afterAll(async () => region?.close());

  async function cleanReport() {
    const year = nextYear++;
    const created = await filler.post("/api/reports", { unitId, year, dataset: cleanDataset(year, UNIT) });
    expect(created.status).toBe(200);
    return { id: created.body.id as string, version: created.body.version as number };
  }

  async function importSheet(
    client: ApiClient,
    id: string,
    version: number,
    body: Uint8Array | ReadableStream<Uint8Array>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init = {
      method: "POST",
      headers: {
        cookie: client.cookie,
        "x-csrf-token": client.csrfToken,
        "content-type": XLSX,
        "x-report-version": String(version),
        ...headers,
      },
      body,
      // Node's fetch needs this for a stream body.
      duplex: "half",
    } as RequestInit;
    return region.app.request(`/api/reports/${id}/projects/0/indicators/import`, init);
  }

  /** The response's status and Chinese error, with the database unchanged. */
  async function refused(attempt: () => Promise<Response>, status: number): Promise<string> {
    const before = await snapshotDatabase(region);
    const response = await attempt();
    const body = (await response.json()) as { error: string };
    expect(response.status, body.error).toBe(status);
    expect(body.error).toMatch(/[\u4e00-\u9fff]/);
    expect(await snapshotDatabase(region)).toEqual(before);
    return body.error;
  }

  describe("indicator sheet (.xlsx) import", () => {
    it("judges right, lock and version before reading the body", async () => {
      const { id, version } = await cleanReport();
      const bytes = await sheetOf(GOOD_ROWS);
      // A read-only reviewer.
      let watched = watchedBody(bytes);
      await refused(() => importSheet(department, id, version, watched.body, watched.headers), 403);
      expect(watched.read()).toBe(false);
      // A future and a stale version.
      watched = watchedBody(bytes);
      await refused(() => importSheet(filler, id, version + 1, watched.body, watched.headers), 409);
      expect(watched.read()).toBe(false);
      // A locked (submitted) report.
      const submitted = await filler.post(`/api/reports/${id}/transitions`, { action: "submit", version });
      expect(submitted.status).toBe(200);
      watched = watchedBody(bytes);
      await refused(() => importSheet(filler, id, submitted.body.version, watched.body, watched.headers), 423);
      expect(watched.read()).toBe(false);
      watched = watchedBody(bytes);
      await refused(() => importSheet(filler, id, version, watched.body, watched.headers), 423);
      expect(watched.read()).toBe(false);
    });

    it("never overwrites a colleague's edit that lands while the import is handled (the named version is the base)", async () => {
      const { id, version } = await cleanReport();
      const bytes = await sheetOf(
        GOOD_ROWS.map((row) => row.map((cell, i) => (i === 6 && cell === "12" ? "11" : cell))),
      );
      const colleague = await region.signedIn("unitReviewer");
      // The colleague's edit (version N → N+1) lands right after the import first reads the report, whichever way
      // it reads it; the importer names N+1, the version it is about to see.
      const reports = region.services.reports;
      const originals = { find: reports.find.bind(reports), findHead: reports.findHead.bind(reports) };
      let landed = false;
      const landAfter =
        <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          const result = await read(...args);
          if (!landed && args[0] === id) {
            landed = true;
            Object.assign(reports, originals);
            const edit = await colleague.patch(`/api/reports/${id}/projects/0/indicators/1`, {
              version,
              fields: { reason: "同事的修改" },
            });
            expect(edit.status).toBe(200);
          }
          return result;
        };
      reports.find = landAfter(originals.find);
      reports.findHead = landAfter(originals.findHead);
      let response: Response;
      try {
        response = await importSheet(filler, id, version + 1, bytes);
      } finally {
        Object.assign(reports, originals);
      }
      expect(landed).toBe(true);
      expect([200, 409]).toContain(response.status);
      const stored = JSON.parse((await region.services.reports.find(id))?.dataset ?? "{}");
      expect(stored.projects[0].evaluation.indicators[1].reason).toBe("同事的修改");
    });

    it("imports a good sheet as a recorded import of exactly the version named", async () => {
      const { id, version } = await cleanReport();
      const response = await importSheet(filler, id, version, await sheetOf(GOOD_ROWS));
      expect(response.status, await response.clone().text()).toBe(200);
      expect(((await response.json()) as { indicators: number }).indicators).toBe(3);
      const history = (await filler.get(`/api/reports/${id}/history`)).body;
      expect(history.versions.at(-1).reason).toBe("import");
    });

    it("refuses a file over 2 MB by its Content-Length, and a longer body once it passes the limit", async () => {
      const { id, version } = await cleanReport();
      const big = new Uint8Array(2 * 1024 * 1024 + 1);
      const watched = watchedBody(big);
      await refused(() => importSheet(filler, id, version, watched.body, watched.headers), 413);
      expect(watched.read()).toBe(false);
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(512 * 1024));
          controller.close();
        },
      });
      await refused(() => importSheet(filler, id, version, chunked), 413);
    });

    it("refuses a zip bomb by its declared sizes, and one that lies about them once it inflates past them", async () => {
      const { id, version } = await cleanReport();
      // The directory says 64 MB (the sizes a real bomb declares; its data need not be built for the test).
      const declared = lyingZip("xl/worksheets/sheet1.xml", 1024, 64 * 1024 * 1024);
      expect(await refused(() => importSheet(filler, id, version, declared), 422)).toMatch(/解压后 64\.0 MB，超过上限/);
      // 16 MB of zeros (16 KB compressed) declared as 1,000 bytes: stopped once past the declared size.
      const lying = lyingZip("xl/worksheets/sheet1.xml", 16 * 1024 * 1024, 1000);
      expect(await refused(() => importSheet(filler, id, version, lying), 422)).toMatch(/压缩炸弹/);
      const many = officeZip(
        Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`xl/part${i}.xml`, strToU8("<a/>")])),
      );
      expect(await refused(() => importSheet(filler, id, version, many), 422)).toMatch(/301 个部件/);
    });

    it("counts the rows before parsing: a sheet of 2,100 rows is refused", async () => {
      const { id, version } = await cleanReport();
      const rows = Array.from({ length: 2100 }, (_, i) => [
        "产出指标",
        "数量指标",
        `指标${i}`,
        "≥",
        "1",
        "次",
        "1",
        "1",
        "",
      ]);
      expect(await refused(async () => importSheet(filler, id, version, await sheetOf(rows)), 422)).toMatch(
        /2101 行，超过上限 2001 行/,
      );
    });
  });

  describe("evidence files", () => {
    async function upload(client: ApiClient, id: string, name: string, bytes: Uint8Array): Promise<Response> {
      return region.app.request(`/api/reports/${id}/attachments`, {
        method: "POST",
        headers: {
          cookie: client.cookie,
          "x-csrf-token": client.csrfToken,
          "content-type": "application/octet-stream",
          "x-file-name": encodeURIComponent(name),
        },
        body: bytes,
      });
    }
    const document = {
      "word/document.xml": strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ),
    };

    it("accepts a plain .docx", async () => {
      const { id } = await cleanReport();
      const response = await upload(filler, id, "证明材料.docx", officeZip(document));
      expect(response.status, await response.clone().text()).toBe(200);
    });

    it("refuses a .docx with macros, and a .docm", async () => {
      const { id } = await cleanReport();
      const macros = officeZip({ ...document, "word/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
      expect(await refused(() => upload(filler, id, "证明材料.docx", macros), 415)).toMatch(/宏/);
      const macroEnabled = officeZip(
        document,
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      );
      expect(await refused(() => upload(filler, id, "证明材料.docx", macroEnabled), 415)).toMatch(/宏/);
      await refused(() => upload(filler, id, "证明材料.docm", officeZip(document)), 415);
    });

    it("refuses an .xlsx zip bomb, declared or lying", async () => {
      const { id } = await cleanReport();
      const declared = lyingZip("xl/worksheets/sheet1.xml", 1024, 300 * 1024 * 1024);
      expect(await refused(() => upload(filler, id, "数据.xlsx", declared), 415)).toMatch(/超过上限/);
      const lying = lyingZip("xl/worksheets/sheet1.xml", 16 * 1024 * 1024, 4096);
      expect(await refused(() => upload(filler, id, "数据.xlsx", lying), 415)).toMatch(/压缩炸弹/);
    });
  });
});
