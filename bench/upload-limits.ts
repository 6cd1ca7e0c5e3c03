/**
 * `npx tsx bench/upload-limits.ts`: what hostile uploads cost the server now (issue 12, item 3), in one process on
 * a temporary SQLite database with the demo region. Prints, per case, the answer, its time, the growth of the
 * process's resident memory and the longest stall of the event loop while it was handled (a ping every 5 ms):
 *   - a zip bomb that lies (1 GiB of zeros, ~1 MB compressed, its directory declaring 1,000 bytes);
 *   - a zip bomb that declares its size (64 MB);
 *   - a 2,000-row sheet (the largest accepted) — parsed in the worker thread;
 *   - seven bombs at once from a read-only 主管部门审核人 (refused before the body is read).
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { createApp } from "../src/server/create-app.ts";
import { seedDemoRegion } from "../src/server/demo/seed-demo-region.ts";
import { createServices } from "../src/server/services/services.ts";
import { openDatabase } from "../src/storage/open-database.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-upload-"));
const database = await openDatabase(`sqlite:${join(dir, "bench.db")}`);
const services = createServices(database);
const accounts = await seedDemoRegion(services, {
  examplesDir: new URL("../examples", import.meta.url).pathname,
  dataDir: dir,
});
const app = createApp(services);

async function signIn(role: string) {
  const account = accounts.find((a) => a.role === role)!;
  const response = await app.request("/api/session", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  return {
    cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] as string,
    csrf: ((await response.json()) as { csrfToken: string }).csrfToken,
  };
}
const filler = await signIn("filler");
const reviewer = await signIn("departmentReviewer");
const reportsAnswer = (await (await app.request("/api/reports", { headers: { cookie: filler.cookie } })).json()) as {
  reports: { id: string; version: number }[];
};
const report = reportsAnswer.reports[0]!;

function lying(bytes: number, declared: number): Uint8Array {
  const zip = zipSync(
    { "[Content_Types].xml": strToU8("<Types/>"), "xl/worksheets/sheet1.xml": new Uint8Array(bytes) },
    { level: 6 },
  );
  const view = new DataView(zip.buffer);
  for (let at = 0; at < zip.length - 4; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && view.getUint16(at + 26, true) === 24) view.setUint32(at + 22, declared, true);
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === 24) view.setUint32(at + 24, declared, true);
  }
  return zip;
}

async function sheet(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("指标");
  ws.addRow([
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "偏差原因分析及改进措施",
  ]);
  for (let i = 0; i < rows; i++) ws.addRow(["产出指标", "数量指标", `指标${i}`, "≥", "1", "次", "1", "0.01", ""]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function measure(label: string, run: () => Promise<string>) {
  let stall = 0;
  let last = performance.now();
  const ping = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const answer = await run();
  const ms = performance.now() - started;
  clearInterval(ping);
  console.log(
    `${label.padEnd(44)} ${answer.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  +${((process.memoryUsage().rss - rss) / 1048576).toFixed(0).padStart(4)} MB rss  event-loop stall ≤ ${stall.toFixed(0)} ms`,
  );
}

const post = async (who: { cookie: string; csrf: string }, bytes: Uint8Array, version = report.version) => {
  const response = await app.request(`/api/reports/${report.id}/projects/0/indicators/import`, {
    method: "POST",
    headers: {
      cookie: who.cookie,
      "x-csrf-token": who.csrf,
      "content-type": XLSX,
      "x-report-version": String(version),
      "content-length": String(bytes.length),
    },
    body: bytes,
  });
  const body = (await response.json()) as { error?: string; version?: number };
  return {
    status: response.status,
    text: `${response.status} ${(body.error ?? "ok").slice(0, 30)}`,
    version: body.version,
  };
};

const bomb = lying(1024 * 1024 * 1024, 1000);
console.log(`lying bomb: ${(bomb.length / 1048576).toFixed(2)} MB compressed, 1 GiB inflated`);
await measure("lying zip bomb (filler)", async () => (await post(filler, bomb)).text);
await measure("declared 64 MB bomb (filler)", async () => (await post(filler, lying(1024, 64 * 1024 * 1024))).text);
const big = await sheet(2000);
await measure(
  `2,000-row sheet, ${(big.length / 1024).toFixed(0)} KB (filler)`,
  async () => (await post(filler, big)).text,
);
await measure("7 bombs at once (read-only 主管部门审核人)", async () =>
  (await Promise.all(Array.from({ length: 7 }, () => post(reviewer, bomb)))).map((r) => r.status).join(","),
);

await services.jobRunner.stop();
await services.audits.stop();
await database.close();
rmSync(dir, { recursive: true, force: true });
