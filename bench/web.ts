/**
 * `npm run bench:web` — the web app in Chromium on loopback, measured as a user meets it:
 *   (1) workspace load: from navigation start to the report workspace shown, for the largest demo report (凉山, 21
 *       project tables, 136 audit findings), 10 loads after one warm-up; target < 1.5 s;
 *   (2) an edit in a 200-row indicator grid: a new value typed into a 完成值 cell until the row's suggested score and
 *       the table total on screen have changed (measured inside the page), 30 edits; target < 100 ms;
 *   (3) initial JavaScript: the scripts index.html loads, gzipped; target < 500 KB;
 *   (4) a save round trip: a value typed into a field of 凉山's workspace until the page says 已保存 again (the
 *       autosave pause, AUTOSAVE_DELAY_MS, included), and the PATCH of its section alone, 30 saves; figures, and
 *       the requests the saves sent: each must be one PATCH of a section, never a PUT of the whole dataset.
 * The production build (vite build into a temporary folder) is served by a demo server in this process on a fresh
 * SQLite file; the browser is Debian's Chromium through playwright-core.
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { startServer } from "../src/server/start-server.ts";
import { ApiClient } from "../test/support/api-client.ts";
import { chromiumPath } from "../test/support/browser.ts";
import { median, percentile } from "./stats.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOADS = 10;
const EDITS = 30;
const SAVES = 30;
const GRID_ROWS = 200;
const TARGETS = { loadMs: 1500, editMs: 100, initialJsKb: 500 };

function verdict(ok: boolean): string {
  return ok ? "PASS" : "MISS";
}

/** The build's scripts index.html loads at once (entry and modulepreloads), and all chunks, gzipped (level 9). */
function javascriptSizes(webRoot: string): { initialKb: number; initialFiles: string[]; allKb: number } {
  const html = readFileSync(join(webRoot, "index.html"), "utf8");
  const initialFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const gz = (file: string) => gzipSync(readFileSync(join(webRoot, file)), { level: 9 }).byteLength;
  const initial = initialFiles.reduce((sum, file) => sum + gz(file), 0);
  const all = readdirSync(join(webRoot, "assets"))
    .filter((name) => name.endsWith(".js"))
    .reduce((sum, name) => sum + gz(join("assets", name)), 0);
  return { initialKb: initial / 1024, initialFiles, allKb: all / 1024 };
}

/** A department table of `rows` quantitative indicators (≥ target, weight 0.5 each: 100 points in all). */
function largeDataset(year: number, unitName: string) {
  const indicators = Array.from({ length: GRID_ROWS }, (_, i) => ({
    level1: i < 120 ? "产出指标" : i < 180 ? "效益指标" : "满意度指标",
    level2: i < 120 ? "数量指标" : i < 180 ? "社会效益指标" : "服务对象满意度指标",
    level3: `第${i + 1}项指标`,
    operator: "≥",
    target: String(100 + (i % 7)),
    unit: "人次",
    actual: String(100 + (i % 11)),
    weight: "0.5",
    reason: i % 3 === 0 ? "偏差原因已说明" : undefined,
  }));
  return {
    formatVersion: 1,
    year,
    unit: { name: unitName },
    department: { evaluation: { execution: [], goals: [], level1Weights: [], indicators } },
    projects: [],
    narrative: [],
    publishedScores: [],
  };
}

async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出" }).waitFor();
}

/** Milliseconds from navigation start until the workspace is on screen (taken in the page). */
async function workspaceLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.getByTestId("workspace-ready").waitFor();
  // The first frame after the workspace appeared: when it is on screen.
  return page.evaluate(
    "new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))",
  ) as Promise<number>;
}

/**
 * Runs in the page: types `value` into row `row`'s 完成值 input the way a keystroke does (React sees an input event)
 * and resolves with the milliseconds until both the row's suggested score and the table total show something else,
 * painted. Plain JavaScript text, because tsx wraps named functions in a helper that does not exist in the page.
 */
const TIME_EDIT_IN_PAGE = `({ row, value }) => new Promise((resolve, reject) => {
  const input = document.querySelector('td[data-row="' + row + '"][data-field="actual"] input');
  const score = document.querySelector('td[data-row="' + row + '"][data-field="score"]');
  const total = document.querySelector('[data-testid="table-total"]');
  if (!input || !score || !total) return reject(new Error("grid cells not found"));
  const before = { score: score.textContent, total: total.textContent };
  // React tracks the value it set; the native setter makes the change one React sees, as with a keystroke.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const start = performance.now();
  setValue.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const check = () => {
    if (score.textContent !== before.score && total.textContent !== before.total) {
      requestAnimationFrame(() => resolve(performance.now() - start));
    } else if (performance.now() - start > 5000) {
      reject(new Error("no change after 5 s"));
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
})`;

/**
 * Runs in the page: types `value` into the field at `path` and resolves with the milliseconds until the save state
 * has left 已保存 and come back to it, and the duration of the last section PATCH the page sent.
 */
const TIME_SAVE_IN_PAGE = `({ path, value }) => new Promise((resolve, reject) => {
  const input = document.querySelector('[data-path="' + path + '"]');
  const state = document.querySelector('[data-testid="save-state"]');
  if (!input || !state) return reject(new Error("field or save state not found"));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  performance.clearResourceTimings();
  const start = performance.now();
  setValue.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  let left = false;
  const check = () => {
    const text = state.textContent;
    if (text !== "已保存") left = true;
    if (left && text === "已保存") {
      const patches = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/dataset/sections/"));
      const last = patches[patches.length - 1];
      resolve({ total: performance.now() - start, request: last ? last.duration : NaN });
    } else if (performance.now() - start > 10000) {
      reject(new Error("not saved after 10 s: " + text));
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
})`;

async function timeEdit(page: Page, row: number, value: string): Promise<number> {
  await page.locator(`td[data-row="${row}"][data-field="actual"]`).click();
  await page.locator(`td[data-row="${row}"][data-field="actual"] input`).waitFor();
  return page.evaluate(`(${TIME_EDIT_IN_PAGE})(${JSON.stringify({ row, value })})`) as Promise<number>;
}

async function main() {
  console.log(`Jixiao 网页基准 — Chromium（${chromiumPath()}），1366×768，服务器在本进程（SQLite 演示数据）`);
  const webRoot = mkdtempSync(join(tmpdir(), "jixiao-bench-web-"));
  const dataDir = mkdtempSync(join(tmpdir(), "jixiao-bench-web-data-"));
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "--config",
      join(ROOT, "web/vite.config.ts"),
      "--logLevel",
      "warn",
    ],
    {
      env: { ...process.env, JIXIAO_WEB_OUT: webRoot },
      stdio: "inherit",
    },
  );
  const server = await startServer({
    database: `sqlite:${join(dataDir, "jixiao.db")}`,
    host: "127.0.0.1",
    port: 0,
    demo: { examplesDir: join(ROOT, "examples"), dataDir },
    webRoot,
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  let failed = false;
  let saveLine: string;
  try {
    const filler = server.demoAccounts.find((account) => account.role === "filler");
    if (!filler) throw new Error("演示数据中没有填报人");
    const api = new ApiClient({ baseUrl: server.url });
    await api.signIn(filler.username, filler.password);
    const reports = (await api.get("/api/reports")).body.reports as {
      id: string;
      unitId: string;
      unitName: string;
    }[];
    const liangshan = reports[0];
    if (!liangshan) throw new Error("填报人没有报表");

    // (1) Workspace load.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, server.url, filler.username, filler.password);
    await workspaceLoad(page, `${server.url}/reports/${liangshan.id}`);
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await workspaceLoad(page, `${server.url}/reports/${liangshan.id}`));
    const coldContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
    const coldPage = await coldContext.newPage();
    await signIn(coldPage, server.url, filler.username, filler.password);
    const cold = await workspaceLoad(coldPage, `${server.url}/reports/${liangshan.id}`);
    await coldContext.close();
    const loadMedian = median(loads);
    const loadMax = Math.max(...loads, cold);
    console.log(
      `(1) 工作台加载（${liangshan.unitName}，${LOADS} 次）：中位数 ${loadMedian.toFixed(0)} ms，最大 ${Math.max(...loads).toFixed(0)} ms；首次（无缓存）${cold.toFixed(0)} ms   目标 < ${TARGETS.loadMs} ms   ${verdict(loadMax < TARGETS.loadMs)}`,
    );
    failed ||= loadMax >= TARGETS.loadMs;

    // (2) An edit in a 200-row grid.
    const created = await api.post("/api/reports", {
      unitId: liangshan.unitId,
      year: 2031,
      profileId: "national",
      dataset: largeDataset(2031, liangshan.unitName),
    });
    if (created.status !== 200) throw new Error(`无法建立 200 行的报表：${JSON.stringify(created.body)}`);
    await page.goto(`${server.url}/reports/${created.body.id}/indicators`);
    await page.getByTestId("indicator-grid").waitFor();
    const rows = await page.locator('[data-testid="indicator-grid"] tbody tr').count();
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const row = (i * 37) % GRID_ROWS;
      // Below the target each time, by a different amount: the score and the total must both change.
      edits.push(await timeEdit(page, row, String(40 + ((i * 13) % 50))));
      await page.keyboard.press("Escape");
    }
    // (4) Save round trips on 凉山 (the largest demo dataset): its 退休人数, a new value each time.
    await page.goto(`${server.url}/reports/${liangshan.id}/basic`);
    await page.getByTestId("workspace-ready").waitFor();
    // Every request the page sends that writes the dataset, by method and path (the saves must go by section).
    const writes: string[] = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() !== "GET" && path.includes("/dataset")) writes.push(`${request.method()} ${path}`);
    });
    const saves: { total: number; request: number }[] = [];
    for (let i = 0; i < SAVES; i++) {
      saves.push(
        (await page.evaluate(
          `(${TIME_SAVE_IN_PAGE})(${JSON.stringify({ path: "unit.staff.retired", value: String(20 + i) })})`,
        )) as { total: number; request: number },
      );
    }
    const sectionPatches = writes.filter((write) =>
      /^PATCH \/api\/reports\/[^/]+\/dataset\/sections\/unit$/.test(write),
    );
    const wholeDataset = writes.filter((write) => write.startsWith("PUT "));
    const savedBySection = sectionPatches.length === SAVES && writes.length === SAVES;
    failed ||= !savedBySection;
    const totals = saves.map((save) => save.total);
    const requests = saves.map((save) => save.request).filter((ms) => Number.isFinite(ms));
    saveLine = `(4) 保存往返（${liangshan.unitName}，改“退休人数”到显示“已保存”，${SAVES} 次，含停止输入后的自动保存等待）：中位数 ${median(totals).toFixed(0)} ms，p95 ${percentile(totals, 95).toFixed(0)} ms；其中按部分保存的 PATCH 请求中位数 ${median(requests).toFixed(1)} ms，p95 ${percentile(requests, 95).toFixed(1)} ms；发出 ${writes.length} 个写请求：${sectionPatches.length} 个 PATCH …/dataset/sections/unit，${wholeDataset.length} 个整份数据集的 PUT   ${verdict(savedBySection)}`;

    const editMedian = median(edits);
    const editP95 = percentile(edits, 95);
    console.log(
      `(2) ${rows} 行指标表中改一个完成值到得分与总分更新（${EDITS} 次）：中位数 ${editMedian.toFixed(1)} ms，p95 ${editP95.toFixed(1)} ms，最大 ${Math.max(...edits).toFixed(1)} ms   目标 < ${TARGETS.editMs} ms   ${verdict(editP95 < TARGETS.editMs)}`,
    );
    failed ||= editP95 >= TARGETS.editMs || rows !== GRID_ROWS;
    await context.close();

    console.log(saveLine);

    // (3) Initial JavaScript.
    const sizes = javascriptSizes(webRoot);
    console.log(
      `(3) 首次加载的 JavaScript（${sizes.initialFiles.join("、")}）gzip 后 ${sizes.initialKb.toFixed(1)} KB；全部分块合计 ${sizes.allKb.toFixed(1)} KB   目标 < ${TARGETS.initialJsKb} KB   ${verdict(sizes.initialKb < TARGETS.initialJsKb)}`,
    );
    failed ||= sizes.initialKb >= TARGETS.initialJsKb;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(failed ? "汇总：有未达标项" : "汇总：全部达标");
  process.exitCode = failed ? 1 : 0;
}

await main();
