/**
 * `jixiao serve --processes N`: N server processes (node:cluster) answering on one port over one PostgreSQL. The
 * primary sets the database up once (migrations, the demo region, the first 管理员), then forks the server
 * processes; the primary hands each accepted connection to one of them in turn. Every process keeps its own caches
 * (whole reports, summaries): each asks the database which version is current, so none can answer an old one. Only
 * the first process runs the document and audit jobs (the others answer HTTP alone, like `serve --no-jobs`); each
 * makes the audits of the edits it saves. A process that dies is started again. SQLite is refused: it has one writer
 * at a time, and several processes would wait on its lock instead of sharing the work.
 * @module
 */
import cluster, { type Worker } from "node:cluster";

/** What a server process tells the primary once it listens. */
export interface ListeningMessage {
  jixiaoListening: string;
}

/** The refusal for SQLite, with what to do instead. */
export const SQLITE_PROCESSES_REFUSED =
  "--processes 大于 1 需要 PostgreSQL（--db postgres://…）：SQLite 同一时刻只有一个写入者，多个服务进程只会互相等待。" +
  "SQLite 请用一个进程（去掉 --processes）。";

/** Whether this process is one of the server processes the primary forked. */
export function isServerProcess(): boolean {
  return cluster.isWorker;
}

/** In a server process: whether it runs the jobs (the first one only), and how it tells the primary it listens. */
export function serverProcessRole(): { runsJobs: boolean; listening(url: string): void; stopped(): void } {
  return {
    runsJobs: process.env.JIXIAO_SERVE_PROCESS === "1",
    listening: (url) => process.send?.({ jixiaoListening: url } satisfies ListeningMessage),
    // The channel to the primary would keep the process alive after its server has closed.
    stopped: () => {
      if (process.connected) process.disconnect();
    },
  };
}

export interface ServerProcesses {
  url: string;
  pids: number[];
  /** Stops every server process (SIGTERM: each closes its server and finishes its jobs) and waits for them. */
  stop(): Promise<void>;
}

/**
 * In the primary: forks `count` server processes (each runs the same command line) and resolves with the URL the
 * first one listens on once all listen. A process that exits before all listen rejects (it printed why).
 */
export function forkServerProcesses(count: number): Promise<ServerProcesses> {
  const workers = new Map<number, Worker>();
  let stopping = false;
  let url: string | undefined;

  const fork = (slot: number): Worker => {
    const worker = cluster.fork({ JIXIAO_SERVE_PROCESS: String(slot) });
    workers.set(slot, worker);
    worker.once("exit", (code, signal) => {
      if (workers.get(slot) === worker) workers.delete(slot);
      if (stopping || url === undefined) return;
      console.error(`[jixiao] 服务进程 ${slot}（pid ${worker.process.pid}）已退出（${signal ?? code}），重新启动`);
      fork(slot);
    });
    return worker;
  };

  return new Promise((resolve, reject) => {
    let listening = 0;
    for (let slot = 1; slot <= count; slot++) {
      const worker = fork(slot);
      worker.on("message", (message: Partial<ListeningMessage>) => {
        if (typeof message?.jixiaoListening !== "string" || url !== undefined) return;
        listening++;
        if (listening < count) return;
        url = message.jixiaoListening;
        resolve({
          url,
          pids: [...workers.values()].map((w) => w.process.pid ?? 0),
          stop: () => {
            stopping = true;
            return Promise.all(
              [...workers.values()].map(
                (w) =>
                  new Promise<void>((done) => {
                    if (w.process.exitCode !== null || w.process.signalCode !== null) return done();
                    w.once("exit", () => done());
                    w.process.kill("SIGTERM");
                  }),
              ),
            ).then(() => undefined);
          },
        });
      });
      worker.once("exit", (code, signal) => {
        if (url !== undefined || stopping) return;
        stopping = true;
        for (const other of workers.values()) other.process.kill("SIGTERM");
        reject(new Error(`服务进程 ${slot} 未能启动（${signal ?? code}）`));
      });
    }
  });
}
