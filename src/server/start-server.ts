/**
 * Starts the HTTP server: opens (and migrates) the database, seeds the demo region when asked, makes the first
 * 管理员 of an empty database, and listens. Returns a handle to stop it (used by tests and the CLI's Ctrl-C).
 * @module
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { openDatabase } from "../storage/open-database.ts";
import { checkDatabaseFile, DatabaseFileError } from "./check-database-file.ts";
import { createApp } from "./create-app.ts";
import { startBackgroundJobs } from "./jobs/background-jobs.ts";
import { type DemoAccount, seedDemoRegion } from "./demo/seed-demo-region.ts";
import { ensureFirstAdmin } from "./first-admin.ts";
import type { ThrottleSettings } from "./services/auth-service.ts";
import { createServices, type Services, stopServices } from "./services/services.ts";
import { loadWebAppFiles } from "./web-app-files.ts";

export interface ServerOptions {
  database: string;
  host: string;
  port: number;
  demo?: { examplesDir: string; dataDir: string };
  env?: NodeJS.ProcessEnv;
  throttle?: ThrottleSettings;
  poolSize?: number;
  /** The web app's build to serve (default dist/web). */
  webRoot?: string;
  /** Run document and audit jobs in this process too (default true; `serve --no-jobs` leaves them to workers). */
  jobs?: boolean;
  /** Peer addresses whose X-Forwarded-For/-Proto are believed (a TLS-terminating proxy in front of the server). */
  trustedProxies?: readonly string[];
  /** Make a new region in an existing empty (0-byte) SQLite file, which is otherwise refused. */
  init?: boolean;
}

export interface RunningServer {
  url: string;
  services: Services;
  demoAccounts: DemoAccount[];
  firstAdmin: { username: string; password: string | null } | null;
  stop(): Promise<void>;
}

/**
 * What one server process does before it serves: checks and opens (and migrates) the database, seeds the demo
 * region when asked, makes the first 管理员 of an empty database. `jixiao serve --processes N` does it once in the
 * primary process (and closes the services) before its N server processes start on the database so set up.
 */
export async function openServices(
  options: Pick<ServerOptions, "database" | "init" | "poolSize" | "throttle" | "demo" | "env">,
): Promise<Pick<RunningServer, "services" | "demoAccounts" | "firstAdmin">> {
  checkDatabaseFile(options.database, { init: options.init });
  const database = await openDatabase(options.database, { poolSize: options.poolSize }).catch((error: unknown) => {
    throw new DatabaseFileError(`无法打开数据库 ${describeLocation(options.database)}：${(error as Error).message}`);
  });
  const services = createServices(database, { throttle: options.throttle });
  const demoAccounts = options.demo ? await seedDemoRegion(services, options.demo) : [];
  const firstAdmin = options.demo ? null : await ensureFirstAdmin(services, options.env ?? process.env);
  return { services, demoAccounts, firstAdmin };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { services, demoAccounts, firstAdmin } = await openServices(options);
  const app = createApp(services, {
    webApp: loadWebAppFiles(options.webRoot),
    transport: { trustedProxies: options.trustedProxies ?? [] },
  });
  // Without jobs, the runner is stopped before anything is queued: an enqueue in this process then leaves the job to
  // the workers instead of waking a runner here.
  if (options.jobs === false) await services.jobRunner.stop();
  const jobs = options.jobs === false ? null : startBackgroundJobs(services);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    services,
    demoAccounts,
    firstAdmin,
    async stop() {
      // Downloads waiting for a PDF are answered at once, so their connections do not hold the close.
      services.publishedReportPdfs.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs?.stop();
      await stopServices(services);
    },
  };
}

/** The database's location without a password ("postgres://user:secret@host/db" → "postgres://host/db"). */
function describeLocation(location: string): string {
  if (!/^postgres(ql)?:\/\//.test(location)) return location;
  try {
    const url = new URL(location);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return "postgres://…";
  }
}
