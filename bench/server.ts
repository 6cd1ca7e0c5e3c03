/**
 * `npm run bench:server`: the HTTP server under load, on SQLite (a temp file) and then on PostgreSQL (a private
 * cluster, stopped at the end). The server runs as `jixiao serve --demo` in a child process, so the load generator
 * here and the server do not share a thread (they do share the machine's cores).
 *
 * Load: N connections (default 100; keep-alive, one socket each through an http.Agent of its own), each signed in
 * with a session of its own. Each connection is the 填报人 of a unit of its own (100 distinct units, made at set-up
 * under the demo 主管部门, each a copy of one of the samples with an indicator table — 凉山 with its project tables and
 * final accounts, ~160 KB; 零陵 and 西藏 with their department tables — under another name and with other figures)
 * and works on its own unit's report, as a unit's 填报人 does:
 *
 *   - read (80%): GET /api/reports/:id/full, remembering the version it shows;
 *   - write (20%): PATCH one indicator (完成值) with the version last seen — a project table where the report has
 *     one, else the department table. Nobody else edits the report, so every write is a save (a 409 would mean the
 *     server lost track of a version, and is counted apart).
 *
 * Two runs per database, each after a warm-up that is not counted, on the same server and connections:
 *
 *   1. the users' load (judged): every connection pauses between its requests, uniformly between half and one and a
 *      half times --think-ms (default 1000 ms), as a person reads and types between saves — about 100 users' worth
 *      of requests. The p99 target (< 100 ms, goal 50) is judged on this run.
 *   2. saturation: the same connections in a closed loop without think time. It gives the most requests and saves
 *      per second the server answers; its latencies are those of a queue (connections ÷ throughput) and are not
 *      judged against the target. `--think-ms 0` runs this one alone.
 *
 * Prints per run: requests, throughput, latency p50/p90/p99/max of reads, saves and all, the 409s, the errors (any
 * other non-2xx, and network errors), the server's CPU (main thread per request, other threads — the audit thread
 * above all — per save) and the machine's load; PASS/MISS against the target and zero errors.
 *
 * Options: --seconds N (30, the users' run), --saturation-seconds N (as --seconds; 0 skips it), --think-ms N (1000),
 * --connections N (100), --warmup N (3 s), --write-share F (0.2), --databases sqlite,postgres, --processes N (2: the
 * server processes on PostgreSQL, `jixiao serve --processes`; SQLite has one writer and one process), --profile (run the
 * server with --cpu-prof and print where its main thread's time went in each measured window; the files are kept).
 * @module
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { findFreePort, startPostgresCluster } from "../test/support/postgres-cluster.ts";
import { spawnServe } from "../test/support/serve-process.ts";
import { processCpuSeconds, threadCpuSeconds } from "./process-cpu.ts";
import { percentile } from "./stats.ts";
import { synthesizeUnit } from "./synthesize-unit.ts";

const TARGET_P99_MS = 100;

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "100" },
    warmup: { type: "string", default: "3" },
    databases: { type: "string", default: "sqlite,postgres" },
    "write-share": { type: "string", default: "0.2" },
    "think-ms": { type: "string", default: "1000" },
    processes: { type: "string", default: "2" },
    "saturation-seconds": { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const seconds = Math.max(1, Number(values.seconds));
const connectionCount = Math.max(1, Math.floor(Number(values.connections)));
const warmupSeconds = Math.max(0, Number(values.warmup));
/** Server processes on PostgreSQL (jixiao serve --processes); SQLite is always served by one. */
const postgresProcesses = Math.max(1, Math.floor(Number(values.processes)));
/** The users' mean think time; 0 runs the saturation run alone. */
const thinkMs = Math.max(0, Number(values["think-ms"]));
const saturationSeconds = Math.max(0, Number(values["saturation-seconds"] ?? values.seconds));
if (thinkMs === 0 && saturationSeconds === 0)
  throw new Error("--think-ms 0 只做饱和测量，--saturation-seconds 不能为 0");
const writeShare = Math.min(1, Math.max(0, Number(values["write-share"])));
const databases = values.databases.split(",").map((d) => d.trim()) as ("sqlite" | "postgres")[];
for (const d of databases)
  if (d !== "sqlite" && d !== "postgres") throw new Error(`--databases 只能是 sqlite、postgres，收到“${d}”`);

// ---------------------------------------------------------------------------------------------------------------
// The server child process

interface ServerChild {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** The processes that answer HTTP: the child itself, or the server processes it forked (--processes). */
  pids: number[];
}

const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(130);
  });
}

async function startServerChild(
  database: string,
  dataDir: string,
  profileDir: string | null,
  processes: number,
): Promise<ServerChild> {
  const port = await findFreePort();
  // Forked server processes inherit the primary's node options, so each writes its own profile.
  const nodeArgs = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  const started = await spawnServe(
    ["--demo", "--db", database, "--port", String(port), ...(processes > 1 ? ["--processes", String(processes)] : [])],
    { env: { JIXIAO_DATA_DIR: dataDir }, nodeArgs, timeoutMs: 120_000 },
  );
  children.add(started.child);
  started.child.once("exit", () => children.delete(started.child));
  const forked = /个服务进程共用端口（pid ([\d、]+)）/.exec(started.output())?.[1];
  const pids = forked ? forked.split("、").map(Number) : [started.child.pid ?? 0];
  return { ...started, pids };
}

/** SIGTERM (a clean stop, which also writes the CPU profile), SIGKILL after 20 s. */
function stopServerChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

// ---------------------------------------------------------------------------------------------------------------
// A minimal HTTP client on node:http: one keep-alive socket per connection, the body read whole, timed to its end

interface Reply {
  status: number;
  body: Buffer;
  setCookie: string[] | undefined;
}

function send(
  base: URL,
  agent: http.Agent,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        agent,
        headers: payload
          ? { ...headers, "content-type": "application/json", "content-length": String(payload.length) }
          : headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            setCookie: response.headers["set-cookie"],
          }),
        );
        response.on("error", reject);
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error("60 s 无响应")));
    request.on("error", reject);
    request.end(payload);
  });
}

/** The report's version from a full read: the first "version" of the text is the report head's (it comes first). */
function versionOf(fullJson: Buffer): number {
  const match = /"version":(\d+)/.exec(fullJson.subarray(0, 4096).toString("utf8"));
  if (!match) throw new Error("完整报表的开头没有版本号");
  return Number(match[1]);
}

// ---------------------------------------------------------------------------------------------------------------
// The demo region: its reports, their indicator tables, one 填报人 per sample unit

interface IndicatorSlot {
  path: string;
  actual: string;
}

interface ReportTarget {
  id: string;
  unitId: string;
  unitName: string;
  /** The sample unit it is a copy of. */
  sample: string;
  sizeKb: number;
  projectTables: number;
  departmentTable: boolean;
  /** The indicators a write may change: of the project tables if there are any, else of the department table. */
  slots: IndicatorSlot[];
  users: { username: string; password: string }[];
}

interface SetupResult {
  reports: ReportTarget[];
}

async function adminJson(
  base: URL,
  agent: http.Agent,
  cookie: string,
  csrf: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<any> {
  const headers: Record<string, string> = { cookie };
  if (method !== "GET") headers["x-csrf-token"] = csrf;
  const reply = await send(base, agent, method, path, headers, body === undefined ? undefined : JSON.stringify(body));
  if (reply.status !== 200)
    throw new Error(`${method} ${path}：${reply.status} ${reply.body.toString("utf8").slice(0, 300)}`);
  return JSON.parse(reply.body.toString("utf8"));
}

async function signIn(
  base: URL,
  agent: http.Agent,
  username: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const reply = await send(base, agent, "POST", "/api/session", {}, JSON.stringify({ username, password }));
  if (reply.status !== 200)
    throw new Error(`登录 ${username} 失败：${reply.status} ${reply.body.toString("utf8").slice(0, 300)}`);
  const cookie = (reply.setCookie?.[0] ?? "").split(";")[0] ?? "";
  return { cookie, csrf: (JSON.parse(reply.body.toString("utf8")) as { csrfToken: string }).csrfToken };
}

/**
 * The demo region, and one unit of its own per connection: `count` units under the demo 主管部门, each a copy of one
 * of the samples that have an indicator table (凉山's project tables, 零陵's and 西藏's department tables, in turn)
 * with its own name and figures (bench/synthesize-unit.ts), a report made through POST /api/reports, and a 填报人 of
 * its own. Each connection then edits only its own unit's report, as a unit's 填报人 does, so its saves succeed.
 */
async function setUpRegion(base: URL, dataDir: string, count: number): Promise<SetupResult> {
  const passwords = JSON.parse(readFileSync(join(dataDir, "demo-accounts.json"), "utf8")) as Record<string, string>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  try {
    const admin = await signIn(base, agent, "demo-admin", passwords["demo-admin"] as string);
    const call = (method: string, path: string, body?: unknown) =>
      adminJson(base, agent, admin.cookie, admin.csrf, method, path, body);
    const department = ((await call("GET", "/api/units")).units as { id: string; kind: string }[]).find(
      (unit) => unit.kind === "department",
    );
    if (!department) throw new Error("演示地区没有主管部门");
    const listed = (
      (await call("GET", "/api/reports")).reports as {
        id: string;
        unitName: string;
        profileId: string;
        year: number;
      }[]
    ).sort((a, b) => a.unitName.localeCompare(b.unitName, "zh-CN"));
    const samples: { name: string; profileId: string; year: number; dataset: any; sizeKb: number }[] = [];
    for (const item of listed) {
      const full = (await send(base, agent, "GET", `/api/reports/${item.id}/full`, { cookie: admin.cookie })).body;
      const { dataset } = JSON.parse(full.toString("utf8")) as { dataset: any };
      const hasTable =
        (dataset.projects ?? []).some((p: any) => (p.evaluation?.indicators ?? []).length > 0) ||
        (dataset.department?.evaluation?.indicators ?? []).length > 0;
      if (hasTable)
        samples.push({
          name: item.unitName,
          profileId: item.profileId,
          year: item.year,
          dataset,
          sizeKb: full.length / 1024,
        });
    }
    if (samples.length === 0) throw new Error("演示地区没有带指标表的报表");
    const reports = await inBatches(
      Array.from({ length: count }, (_, i) => i),
      8,
      async (i): Promise<ReportTarget> => {
        const sample = samples[i % samples.length] as (typeof samples)[number];
        const name = `${sample.name}（压测单位 ${String(i + 1).padStart(3, "0")}）`;
        const unit = await call("POST", "/api/units", { parentId: department.id, name, kind: "unit" });
        const dataset = synthesizeUnit(sample.dataset, i) as any;
        dataset.unit = { ...dataset.unit, name };
        const report = await call("POST", "/api/reports", {
          unitId: unit.id,
          year: sample.year,
          profileId: sample.profileId,
          dataset,
        });
        const user = { username: `bench-filler-${i + 1}`, password: randomBytes(12).toString("base64url") };
        await call("POST", "/api/users", {
          ...user,
          displayName: `压测填报人 ${i + 1}`,
          role: "filler",
          unitId: unit.id,
        });
        const projectSlots = (dataset.projects ?? []).flatMap((project: any, p: number) =>
          (project.evaluation?.indicators ?? []).map((indicator: any, k: number) => ({
            path: `projects/${p}/indicators/${k}`,
            actual: indicator.actual ?? "",
          })),
        );
        const departmentSlots = (dataset.department?.evaluation?.indicators ?? []).map((indicator: any, k: number) => ({
          path: `department/indicators/${k}`,
          actual: indicator.actual ?? "",
        }));
        return {
          id: report.id as string,
          unitId: unit.id as string,
          unitName: name,
          sample: sample.name,
          sizeKb: sample.sizeKb,
          projectTables: (dataset.projects ?? []).filter((p: any) => (p.evaluation?.indicators ?? []).length > 0)
            .length,
          departmentTable: departmentSlots.length > 0,
          slots: projectSlots.length > 0 ? projectSlots : departmentSlots,
          users: [user],
        };
      },
    );
    return { reports };
  } finally {
    agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The load

interface Connection {
  agent: http.Agent;
  report: ReportTarget;
  cookie: string;
  csrf: string;
  version: number;
  /** After a 409 the next request reads the report again, as the page would. */
  mustReread: boolean;
  writeProbability: number;
}

interface Tally {
  readMs: number[];
  writeMs: number[];
  writesSaved: number;
  /** Latency of the writes that were saved (200). */
  savedMs: number[];
  conflicts: number;
  errors: number;
  errorKinds: Map<string, number>;
  perReport: Map<string, { reads: number; writes: number; conflicts: number }>;
}

function newTally(): Tally {
  return {
    readMs: [],
    writeMs: [],
    savedMs: [],
    writesSaved: 0,
    conflicts: 0,
    errors: 0,
    errorKinds: new Map(),
    perReport: new Map(),
  };
}

function newActual(original: string): string {
  const numeric = /^-?\d+(\.(\d+))?$/.exec(original);
  if (!numeric) return Math.random() < 0.5 ? original : `${original}（已核实）`.slice(0, 100);
  const decimals = numeric[2]?.length ?? 0;
  return (Number(original) * (0.9 + Math.random() * 0.2)).toFixed(decimals);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A user's pause between two requests: uniform between half and one and a half times the mean. */
function thinkTime(meanMs: number): number {
  return meanMs * (0.5 + Math.random());
}

/**
 * One connection's requests until `until`: with `thinkMs` > 0 each is followed by a pause (thinkTime), as a 填报人
 * reads and types between saves, and the first waits a random part of one so that the users do not start in step;
 * with 0 the next request goes out the moment the previous one is answered (the closed loop of the saturation run).
 */
async function runConnection(
  base: URL,
  connection: Connection,
  until: number,
  thinkMs: number,
  tally: Tally | null,
): Promise<void> {
  const headers = { cookie: connection.cookie };
  const writeHeaders = { cookie: connection.cookie, "x-csrf-token": connection.csrf };
  if (thinkMs > 0) await sleep(Math.random() * thinkMs);
  while (performance.now() < until) {
    await sendOne(base, connection, headers, writeHeaders, tally);
    if (thinkMs > 0) await sleep(Math.min(thinkTime(thinkMs), Math.max(0, until - performance.now())));
  }
}

async function sendOne(
  base: URL,
  connection: Connection,
  headers: Record<string, string>,
  writeHeaders: Record<string, string>,
  tally: Tally | null,
): Promise<void> {
  const write =
    !connection.mustReread && connection.report.slots.length > 0 && Math.random() < connection.writeProbability;
  const per = tally?.perReport.get(connection.report.id);
  const started = performance.now();
  try {
    if (!write) {
      const reply = await send(base, connection.agent, "GET", `/api/reports/${connection.report.id}/full`, headers);
      const ms = performance.now() - started;
      if (reply.status === 200) {
        connection.version = versionOf(reply.body);
        connection.mustReread = false;
      }
      if (tally && per) {
        tally.readMs.push(ms);
        per.reads++;
        if (reply.status !== 200)
          countError(tally, `读取 ${reply.status} ${reply.body.toString("utf8").slice(0, 120)}`);
      }
    } else {
      const slot = connection.report.slots[Math.floor(Math.random() * connection.report.slots.length)] as IndicatorSlot;
      const body = JSON.stringify({ version: connection.version, fields: { actual: newActual(slot.actual) } });
      const reply = await send(
        base,
        connection.agent,
        "PATCH",
        `/api/reports/${connection.report.id}/${slot.path}`,
        writeHeaders,
        body,
      );
      const ms = performance.now() - started;
      if (reply.status === 200)
        connection.version = (JSON.parse(reply.body.toString("utf8")) as { version: number }).version;
      if (reply.status === 409) connection.mustReread = true;
      if (tally && per) {
        tally.writeMs.push(ms);
        per.writes++;
        if (reply.status === 200) {
          tally.writesSaved++;
          tally.savedMs.push(ms);
        } else if (reply.status === 409) {
          tally.conflicts++;
          per.conflicts++;
        } else countError(tally, `修改 ${reply.status} ${reply.body.toString("utf8").slice(0, 120)}`);
      }
    }
  } catch (error) {
    const ms = performance.now() - started;
    if (tally) {
      (write ? tally.writeMs : tally.readMs).push(ms);
      countError(tally, `网络错误 ${(error as Error).message}`);
    }
  }
}

function countError(tally: Tally, kind: string): void {
  tally.errors++;
  tally.errorKinds.set(kind, (tally.errorKinds.get(kind) ?? 0) + 1);
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// The CPU profile of the server, summarized

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Now on the clock of V8's CPU profiles (CLOCK_MONOTONIC, in µs), which every process on the machine shares. */
function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Where the server's time went in the measured window [fromUs, toUs] (monotonic µs) alone — start-up, the demo
 * region, the set-up of the units and the warm-up are left out, so that the figures are those of the load.
 */
function summarizeProfile(file: string, fromUs: number, toUs: number, requests: number): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<number, number>();
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    hits.set(id, (hits.get(id) ?? 0) + 1);
    total++;
  });
  const windowMs = (Math.min(toUs, profile.endTime) - Math.max(fromUs, profile.startTime)) / 1000;
  const shortUrl = (url: string) =>
    url
      .replace(/^file:\/\//, "")
      .replace(/^.*\/node_modules\//, "")
      .replace(/^.*?\/(src|bench|bin)\//, "$1/");
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(匿名)"}  ${shortUrl(n.callFrame.url)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`;
  const groupOf = (n: ProfileNode) => {
    const url = n.callFrame.url;
    if (!url)
      return n.callFrame.functionName.startsWith("(")
        ? n.callFrame.functionName
        : `内置函数（${n.callFrame.functionName}）`;
    if (url.startsWith("node:")) return "Node 内部（node:*）";
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return `依赖包 ${pkg[1]}`;
    const src = /\/(src\/[^/]+(\/[^/]+)?)\//.exec(url);
    return src ? `${src[1]}/` : shortUrl(url);
  };

  const self = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const node of profile.nodes) {
    const h = hits.get(node.id) ?? 0;
    if (h === 0) continue;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + h);
    groups.set(groupOf(node), (groups.get(groupOf(node)) ?? 0) + h);
  }
  // Inclusive samples per function, each function counted once per stack (recursion is not counted twice).
  const inclusive = new Map<string, number>();
  const active = new Map<string, number>();
  const root = profile.nodes[0];
  const visit = (node: ProfileNode): number => {
    const key = keyOf(node);
    active.set(key, (active.get(key) ?? 0) + 1);
    let sum = hits.get(node.id) ?? 0;
    for (const childId of node.children ?? []) {
      const child = byId.get(childId);
      if (child) sum += visit(child);
    }
    active.set(key, (active.get(key) ?? 1) - 1);
    if ((active.get(key) ?? 0) === 0) inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    return sum;
  };
  if (root) visit(root);

  const idle = [...profile.nodes]
    .filter((n) => n.callFrame.functionName === "(idle)")
    .reduce((sum, n) => sum + (hits.get(n.id) ?? 0), 0);
  const busy = total - idle;
  // Shares of the samples in which the main thread was not idle (on a loaded machine the sampler misses ticks, so
  // samples are not milliseconds; the milliseconds per request are the /proc figures printed with the run).
  const row = (label: string, samples: number) =>
    `      ${((samples / Math.max(1, busy)) * 100).toFixed(1).padStart(5)}%  ${label}`;
  const top = (map: Map<string, number>, n: number, filter: (key: string) => boolean = () => true) =>
    [...map.entries()]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n);
  console.log(
    `    服务进程 CPU 剖析（${file}；仅测量窗口 ${(windowMs / 1000).toFixed(1)} s 内的 ${total} 个采样，不含启动、建单位与预热）：` +
      `主线程空闲 ${((idle / Math.max(1, total)) * 100).toFixed(0)}%，${requests} 个请求；下列百分比占非空闲采样`,
  );
  console.log("    自身耗时按来源：");
  for (const [key, samples] of top(groups, 12).filter(([key]) => key !== "(idle)")) console.log(row(key, samples));
  console.log("    自身耗时最多的函数：");
  for (const [key, samples] of top(self, 20).filter(([key]) => !key.startsWith("(idle)")))
    console.log(row(key, samples));
  console.log("    含调用在内耗时最多的项目函数（src/）：");
  for (const [key, samples] of top(inclusive, 25, (k) => k.includes(" src/"))) console.log(row(key, samples));
}

// ---------------------------------------------------------------------------------------------------------------
// One database

const fmt = (ms: number) => (Number.isNaN(ms) ? "—" : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");

function latencyLine(label: string, count: number, times: number[], extra = ""): string {
  return (
    `    ${label}${String(count).padStart(7)} 个${extra}   p50 ${fmt(percentile(times, 50)).padStart(5)} ms   p90 ${fmt(percentile(times, 90)).padStart(5)} ms` +
    `   p99 ${fmt(percentile(times, 99)).padStart(5)} ms   最大 ${fmt(times.length === 0 ? Number.NaN : Math.max(...times)).padStart(5)} ms`
  );
}

interface DatabaseResult {
  label: string;
  p99Pass: boolean;
  errorPass: boolean;
  /** Whether a users' run (with think time) was made, which the p99 target is judged on. */
  judged: boolean;
  users?: { requests: number; saves: number } | undefined;
  throughput?: { requests: number; saves: number } | undefined;
}

interface PhaseResult {
  title: string;
  thinkMs: number;
  fromUs: number;
  toUs: number;
  requests: number;
  p99Pass: boolean;
  errorPass: boolean;
  throughput: { requests: number; saves: number };
}

/**
 * CPU seconds of the server processes' main threads (a main thread's id is its process's id) and of all their
 * threads, with the primary's when it forked them (it accepts the connections and hands them on).
 */
function serverCpu(server: ServerChild): { main: number; all: number } {
  const primary = server.pids.includes(server.child.pid ?? -1) ? 0 : processCpuSeconds(server.child.pid);
  let main = 0;
  let all = primary;
  for (const pid of server.pids) {
    main += threadCpuSeconds(pid, pid);
    all += processCpuSeconds(pid);
  }
  return { main, all };
}

/**
 * One run of the load: a warm-up that is not counted, then `seconds` measured, with every connection pausing
 * `thinkMs` on average between its requests (the users' load, judged against the p99 target) or not at all (the
 * saturation run: the most the server answers, its latencies being those of a queue, not judged against it).
 */
async function runPhase(
  base: URL,
  server: ServerChild,
  connections: Connection[],
  reports: ReportTarget[],
  phase: { thinkMs: number; seconds: number },
): Promise<PhaseResult> {
  const { thinkMs } = phase;
  const users = thinkMs > 0;
  const title = users
    ? `用户负载：${connections.length} 个填报人，每次请求后思考 ${(thinkMs * 0.5).toFixed(0)}–${(thinkMs * 1.5).toFixed(0)} ms（均匀分布，平均 ${thinkMs} ms）——p99 目标按此负载判定`
    : `饱和负载：${connections.length} 个连接闭环、无思考时间——测服务器最大吞吐；此时延迟是排队时间，不按 p99 目标判定`;
  console.log(`\n  ── ${title}`);
  if (warmupSeconds > 0) {
    const until = performance.now() + warmupSeconds * 1000;
    await Promise.all(connections.map((c) => runConnection(base, c, until, thinkMs, null)));
  }
  const tally = newTally();
  for (const r of reports) tally.perReport.set(r.id, { reads: 0, writes: 0, conflicts: 0 });
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const cpuBefore = { server: serverCpu(server), load: process.cpuUsage(), machine: machineCpu() };
  const measureStarted = performance.now();
  const fromUs = monotonicMicros();
  const until = measureStarted + phase.seconds * 1000;
  await Promise.all(connections.map((c) => runConnection(base, c, until, thinkMs, tally)));
  const wallS = (performance.now() - measureStarted) / 1000;
  const toUs = monotonicMicros();
  const cpuAfter = serverCpu(server);
  const mainCpu = cpuAfter.main - cpuBefore.server.main;
  const allCpu = cpuAfter.all - cpuBefore.server.all;
  const loadUsage = process.cpuUsage(cpuBefore.load);
  const loadCpu = (loadUsage.user + loadUsage.system) / 1e6;
  const machine = machineCpu();
  const machineBusy = (machine.busy - cpuBefore.machine.busy) / Math.max(1, machine.total - cpuBefore.machine.total);
  const loadAfter = loadavg()[0] ?? Number.NaN;

  const all = [...tally.readMs, ...tally.writeMs];
  const requests = all.length;
  const savedMs = tally.savedMs;
  const p99 = percentile(all, 99);
  const p99Pass = p99 < TARGET_P99_MS && percentile(savedMs, 99) < TARGET_P99_MS;
  const errorPass = tally.errors === 0;
  console.log(
    `    测量 ${wallS.toFixed(1)} s（预热 ${warmupSeconds} s 不计）：请求 ${requests} 个，${(requests / wallS).toFixed(1)} 个/s` +
      (users ? `（每个用户约 ${(requests / wallS / connections.length).toFixed(2)} 个/s）` : "（最大吞吐）"),
  );
  console.log(
    latencyLine(
      "读取（GET 完整报表）  ",
      tally.readMs.length,
      tally.readMs,
      `  ${(tally.readMs.length / wallS).toFixed(1).padStart(6)} 个/s`,
    ),
  );
  console.log(
    latencyLine(
      "保存（PATCH 一个指标）",
      savedMs.length,
      savedMs,
      `  ${(savedMs.length / wallS).toFixed(1).padStart(6)} 个/s`,
    ),
  );
  console.log(
    latencyLine("全部                  ", requests, all, `  ${(requests / wallS).toFixed(1).padStart(6)} 个/s`),
  );
  console.log(
    `    修改 ${tally.writeMs.length} 个：保存成功 ${tally.writesSaved} 个（${(tally.writesSaved / wallS).toFixed(1)} 个/s），版本冲突 409 ${tally.conflicts} 个` +
      `（每个连接只改本单位的报表，409 不应出现）`,
  );
  const countsBySample = new Map<string, { reads: number; writes: number; conflicts: number }>();
  for (const r of reports) {
    const per = tally.perReport.get(r.id);
    const sum = countsBySample.get(r.sample) ?? { reads: 0, writes: 0, conflicts: 0 };
    if (per)
      countsBySample.set(r.sample, {
        reads: sum.reads + per.reads,
        writes: sum.writes + per.writes,
        conflicts: sum.conflicts + per.conflicts,
      });
  }
  for (const [sample, per] of countsBySample) {
    console.log(
      `      仿 ${sample.padEnd(13, "　")} 读取 ${String(per.reads).padStart(6)}   修改 ${String(per.writes).padStart(5)}   其中 409 ${String(per.conflicts).padStart(5)}`,
    );
  }
  console.log(`    错误（非 2xx 且非预期的 409，及网络错误）：${tally.errors} 个`);
  for (const [kind, count] of [...tally.errorKinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5))
    console.log(`      ${count} × ${kind}`);
  const otherCpu = allCpu - mainCpu;
  console.log(
    `    服务进程 CPU ${allCpu.toFixed(1)} s（${((allCpu / wallS) * 100).toFixed(0)}% 单核）：主线程 ${mainCpu.toFixed(1)} s，` +
      `每个请求 ${((mainCpu * 1000) / Math.max(1, requests)).toFixed(2)} ms；其他线程（校验线程、GC、libuv）${otherCpu.toFixed(1)} s，` +
      `每次保存 ${((otherCpu * 1000) / Math.max(1, tally.writesSaved)).toFixed(1)} ms`,
  );
  console.log(
    `    机器负载：负载进程 CPU ${loadCpu.toFixed(1)} s（${((loadCpu / wallS) * 100).toFixed(0)}% 单核），整机 ${availableParallelism()} 核忙 ${(machineBusy * 100).toFixed(0)}%，` +
      `1 分钟平均负载 测量前 ${loadBefore.toFixed(2)}、测量后 ${loadAfter.toFixed(2)}（其他进程也占用 CPU）`,
  );
  // What the CPU figures alone say the server could answer, whatever else the machine runs: a main thread does one
  // request at a time, the audit thread one save's audit at a time.
  const mainMsPerRequest = (mainCpu * 1000) / Math.max(1, requests);
  const otherMsPerSave = (otherCpu * 1000) / Math.max(1, tally.writesSaved);
  console.log(
    `    按 CPU 折算的能力（每个服务进程，各有一核时）：主线程约 ${(1000 / Math.max(0.01, mainMsPerRequest)).toFixed(0)} 个请求/s，` +
      `其他线程（校验为主）约 ${(1000 / Math.max(0.01, otherMsPerSave)).toFixed(0)} 次保存/s`,
  );
  const cores = availableParallelism();
  if (machineBusy > 0.9 && loadBefore > cores * 1.5)
    console.log(
      `    注意：整机 ${cores} 核忙 ${(machineBusy * 100).toFixed(0)}%、平均负载 ${loadBefore.toFixed(1)}，服务进程只得到 ${((allCpu / wallS) * 100).toFixed(0)}% 单核——` +
        `此时的延迟主要是等 CPU 的时间，不是服务器自身的；请在空闲的机器上复测判定`,
    );
  if (users) {
    console.log(
      `    p99 ${fmt(p99)} ms（读取 ${fmt(percentile(tally.readMs, 99))} ms，保存 ${fmt(percentile(savedMs, 99))} ms）   ` +
        `目标 < ${TARGET_P99_MS} ms（目标值 50 ms），在上述 ${connections.length} 个用户、平均思考 ${thinkMs} ms 的负载下   ${verdict(p99Pass)}`,
    );
  } else {
    console.log(
      `    最大吞吐 ${(requests / wallS).toFixed(1)} 个请求/s、${(tally.writesSaved / wallS).toFixed(1)} 次保存/s` +
        `（饱和测量，不按 p99 目标判定；延迟 ≈ ${connections.length} 个连接 ÷ 吞吐）`,
    );
  }
  console.log(`    错误 ${tally.errors} 个   目标 0   ${verdict(errorPass)}`);
  return {
    title,
    thinkMs,
    fromUs,
    toUs,
    requests,
    p99Pass,
    errorPass,
    throughput: { requests: requests / wallS, saves: tally.writesSaved / wallS },
  };
}

async function benchDatabase(
  label: string,
  database: string,
  dataDir: string,
  processes: number,
): Promise<DatabaseResult> {
  const profileDir = values.profile ? mkdtempSync(join(tmpdir(), "jixiao-bench-prof-")) : null;
  console.log(`\n== ${label}`);
  const startedAt = performance.now();
  const server = await startServerChild(database, dataDir, profileDir, processes);
  const base = new URL(server.url);
  let stopped = false;
  try {
    console.log(
      `    服务进程 pid ${server.pids.join("、")}${server.pids.length > 1 ? `（${server.pids.length} 个进程共用端口，主进程 ${server.child.pid} 分发连接）` : ""}，${server.url}（启动并写入演示地区用时 ${((performance.now() - startedAt) / 1000).toFixed(1)} s）`,
    );
    const setUpStarted = performance.now();
    const { reports } = await setUpRegion(base, dataDir, connectionCount);
    const bySample = new Map<string, ReportTarget[]>();
    for (const r of reports) bySample.set(r.sample, [...(bySample.get(r.sample) ?? []), r]);
    console.log(
      `    ${reports.length} 个压测单位及其报表、填报人已建好（用时 ${((performance.now() - setUpStarted) / 1000).toFixed(1)} s）：`,
    );
    for (const [sample, copies] of bySample) {
      const r = copies[0] as ReportTarget;
      const tables = r.projectTables > 0 ? `${r.projectTables} 个项目表` : "部门整体表";
      console.log(
        `      仿 ${sample.padEnd(13, "　")} ${String(copies.length).padStart(3)} 个单位，每份 ${r.sizeKb.toFixed(0).padStart(4)} KB（完整读取）  ${tables}，可改指标 ${r.slots.length} 个`,
      );
    }

    // One connection per unit, signed in as that unit's 填报人.
    const signInStarted = performance.now();
    const connections = await inBatches(reports, 8, async (report): Promise<Connection> => {
      const user = report.users[0] as { username: string; password: string };
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const session = await signIn(base, agent, user.username, user.password);
      return { agent, report, ...session, version: 1, mustReread: true, writeProbability: writeShare };
    });
    console.log(
      `    ${connectionCount} 个连接已各自登录（用时 ${((performance.now() - signInStarted) / 1000).toFixed(1)} s），各改本单位报表，修改比例 ${(writeShare * 100).toFixed(0)}%`,
    );

    const phases: PhaseResult[] = [];
    if (thinkMs > 0) phases.push(await runPhase(base, server, connections, reports, { thinkMs, seconds }));
    if (saturationSeconds > 0)
      phases.push(await runPhase(base, server, connections, reports, { thinkMs: 0, seconds: saturationSeconds }));
    for (const c of connections) c.agent.destroy();
    const serverErrors = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("[jixiao]"));
    if (serverErrors.length > 0)
      console.log(`    服务进程报告的错误（共 ${serverErrors.length} 条），首条：${serverErrors[0]}`);

    await stopServerChild(server.child);
    stopped = true;
    if (profileDir) {
      // The main thread's (thread 0) of the first server process; its audit thread and the others write their own.
      const file = readdirSync(profileDir).find(
        (f) => f.endsWith(".cpuprofile") && f.includes(`.${server.pids[0]}.0.`),
      );
      if (file && server.pids.length > 1) console.log(`    （剖析只看第一个服务进程 pid ${server.pids[0]}）`);
      if (!file) console.log(`    （没有找到 CPU 剖析文件：${profileDir}）`);
      for (const phase of phases)
        if (file) {
          console.log(`\n    【${phase.title}】`);
          summarizeProfile(join(profileDir, file), phase.fromUs, phase.toUs, phase.requests);
        }
    }
    const judged = phases.find((phase) => phase.thinkMs > 0);
    return {
      label,
      p99Pass: judged?.p99Pass ?? false,
      errorPass: phases.every((phase) => phase.errorPass),
      judged: judged !== undefined,
      users: judged?.throughput,
      throughput: phases.find((phase) => phase.thinkMs === 0)?.throughput,
    };
  } finally {
    if (!stopped) await stopServerChild(server.child);
  }
}

// ---------------------------------------------------------------------------------------------------------------

console.log(
  `Jixiao 服务器负载基准 — Node ${process.version}，${availableParallelism()} 核；服务进程（jixiao serve --demo）与负载进程分开；` +
    `${connectionCount} 个连接，${(100 - writeShare * 100).toFixed(0)}% 读取完整报表、${(writeShare * 100).toFixed(0)}% 修改指标；` +
    `机器 1/5/15 分钟平均负载 ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
);
console.log(
  thinkMs > 0
    ? `每个数据库测两次：① 用户负载 ${seconds} s（每个连接是一个填报人，请求之间思考 ${thinkMs * 0.5}–${thinkMs * 1.5} ms），` +
        `p99 < ${TARGET_P99_MS} ms 的目标按它判定；② 饱和负载 ${saturationSeconds} s（同样的连接闭环、无思考时间），` +
        `只给最大吞吐，不按 p99 目标判定${saturationSeconds === 0 ? "（本次 --saturation-seconds 0，不测）" : ""}`
    : `只测饱和负载 ${saturationSeconds} s（--think-ms 0：连接闭环、无思考时间），只给最大吞吐；p99 目标不判定（它按用户负载判定）`,
);
const results: DatabaseResult[] = [];
for (const dialect of databases) {
  const dir = mkdtempSync(join(tmpdir(), `jixiao-bench-${dialect}-`));
  try {
    if (dialect === "sqlite") {
      const file = join(dir, "jixiao.db");
      results.push(await benchDatabase(`SQLite（临时文件 ${file}，1 个服务进程）`, `sqlite:${file}`, dir, 1));
    } else {
      const clusterStarted = performance.now();
      const cluster = await startPostgresCluster();
      try {
        console.log(
          `\nPostgreSQL 私有集群已启动：${cluster.url}（用时 ${((performance.now() - clusterStarted) / 1000).toFixed(1)} s）`,
        );
        results.push(
          await benchDatabase(
            `PostgreSQL（${cluster.url}，${postgresProcesses} 个服务进程${postgresProcesses > 1 ? "，jixiao serve --processes" : ""}，每个连接池 20）`,
            cluster.url,
            dir,
            postgresProcesses,
          ),
        );
      } finally {
        await cluster.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log("\n汇总：");
for (const r of results) {
  const capacity = r.throughput
    ? `饱和吞吐 ${r.throughput.requests.toFixed(1)} 个请求/s、${r.throughput.saves.toFixed(1)} 次保存/s` +
      (r.users
        ? `，为用户负载（${r.users.requests.toFixed(1)} 个/s）的 ${(r.throughput.requests / r.users.requests).toFixed(1)} 倍`
        : "")
    : "未测饱和吞吐";
  console.log(
    `  ${r.label.replace(/（.*$/, "")}：` +
      (r.judged ? `用户负载下 p99 ${verdict(r.p99Pass)}` : "p99 目标未判定（只测了饱和负载）") +
      `；零错误 ${verdict(r.errorPass)}；${capacity}`,
  );
}
