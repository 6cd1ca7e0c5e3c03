/**
 * `npm run bench:core`: scoring and audit of a province — 10,000 synthetic units of 10 projects with 10 indicators
 * each (100,000 projects, 1,000,000 indicators) by default — on worker threads, one per core. Each worker first
 * synthesizes and validates its units (timed apart), then all start together and score + audit every unit
 * (auditDataset: scoring, then the whole check catalogue with those scores). Prints the wall time of that part, the
 * peak resident memory of the process, and the cost per indicator. Targets (issue 16): under 2 s wall on 2 cores,
 * under 2 GB peak. Each worker also reports its own CPU time (from /proc/thread-self), which a loaded machine does
 * not lengthen.
 *
 * Options: --units N, --projects N (per unit), --indicators N (per project), --workers N.
 * @module
 */
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { CoreWorkerOptions, FromCoreWorker } from "./score-audit-worker.ts";

const TARGET_WALL_S = 2;
const TARGET_PEAK_MB = 2048;
const EXAMPLE = fileURLToPath(new URL("../examples/liangshan-2023.json", import.meta.url));
const BOOTSTRAP = fileURLToPath(new URL("./package-worker.mjs", import.meta.url));

const { values } = parseArgs({
  options: {
    units: { type: "string", default: "10000" },
    projects: { type: "string", default: "10" },
    indicators: { type: "string", default: "10" },
    workers: { type: "string", default: String(Math.max(1, availableParallelism())) },
  },
});
const units = Math.max(1, Number(values.units));
const shape = { projects: Math.max(1, Number(values.projects)), indicators: Math.max(1, Number(values.indicators)) };
const workerCount = Math.max(1, Math.min(units, Number(values.workers)));

console.log(
  `Jixiao 核心基准 — Node ${process.version}，${availableParallelism()} 核，${workerCount} 个 worker_threads；` +
    `${units} 个单位 × ${shape.projects} 个项目 × ${shape.indicators} 个指标（规则方案 sichuan）`,
);

function waitFor<T extends FromCoreWorker["type"]>(
  worker: Worker,
  type: T,
): Promise<Extract<FromCoreWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromCoreWorker) => {
      if (message.type !== type) return;
      worker.off("message", onMessage);
      resolve(message as Extract<FromCoreWorker, { type: T }>);
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
  });
}

const generationStarted = performance.now();
const workers = Array.from({ length: workerCount }, (_, i) => {
  const from = Math.floor((units * i) / workerCount);
  const to = Math.floor((units * (i + 1)) / workerCount);
  const workerData: CoreWorkerOptions = {
    module: new URL("./score-audit-worker.ts", import.meta.url).href,
    examplePath: EXAMPLE,
    profileId: "sichuan",
    shape,
    from,
    to,
  };
  return new Worker(BOOTSTRAP, { workerData });
});
const generated = await Promise.all(workers.map((worker) => waitFor(worker, "generated")));
const indicatorCount = generated.reduce((n, g) => n + g.indicators, 0);
console.log(
  `\n生成并校验：${generated.reduce((n, g) => n + g.units, 0)} 个单位，${units * shape.projects} 个项目，${indicatorCount} 个指标，` +
    `用时 ${((performance.now() - generationStarted) / 1000).toFixed(1)} s（不计入下面的计时）`,
);
console.log(
  `    指标值、完成值各不相同的文本：每个 worker 约 ${Math.round(generated.reduce((n, g) => n + g.distinctCells, 0) / generated.length)} 种` +
    `（解析结果按文本共用，取值越杂，计分越慢）`,
);

const started = performance.now();
const doneAll = Promise.all(workers.map((worker) => waitFor(worker, "done")));
for (const worker of workers) worker.postMessage({ type: "run" });
const done = await doneAll;
const wallMs = performance.now() - started;
for (const worker of workers) worker.postMessage({ type: "stop" });
await Promise.all(workers.map((worker) => worker.terminate()));

// maxRSS covers the whole process, worker threads and the synthesized data included.
const peakMb = process.resourceUsage().maxRSS / 1024;
const busyMs = done.reduce((n, d) => n + d.busyMs, 0);
const cpuMs = done.every((d) => d.cpuMs !== null) ? done.reduce((n, d) => n + (d.cpuMs ?? 0), 0) : null;
const findings = done.reduce((n, d) => n + d.findings, 0);
const errors = done.reduce((n, d) => n + d.errors, 0);
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");

console.log("\n计分 + 审核（auditDataset：计分后运行全部审核项）");
console.log(
  `    墙钟 ${(wallMs / 1000).toFixed(2)} s   目标 < ${TARGET_WALL_S} s   ${verdict(wallMs / 1000 < TARGET_WALL_S)}`,
);
console.log(
  `    峰值内存（RSS）${peakMb.toFixed(0)} MB   目标 < ${TARGET_PEAK_MB} MB   ${verdict(peakMb < TARGET_PEAK_MB)}`,
);
console.log(
  `    每个指标：墙钟 ${((wallMs * 1000) / indicatorCount).toFixed(2)} µs，单线程耗时 ${((busyMs * 1000) / indicatorCount).toFixed(2)} µs` +
    `（各线程忙碌时间之和 ${(busyMs / 1000).toFixed(2)} s）`,
);
if (cpuMs !== null) {
  console.log(
    `    CPU 时间：各线程之和 ${(cpuMs / 1000).toFixed(2)} s，每个指标 ${((cpuMs * 1000) / indicatorCount).toFixed(2)} µs` +
      `（机器繁忙时墙钟偏长，CPU 时间不受影响；负载 ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}）`,
  );
}
console.log(`    发现问题 ${findings} 条，其中错误 ${errors} 条（平均每单位 ${(findings / units).toFixed(1)} 条）`);
