/**
 * vitest global set-up: starts one private PostgreSQL cluster per run (see postgres-cluster.ts) and provides its URL
 * as `postgresUrl`; tests read it with `inject("postgresUrl")` and make their own database with createTestDatabase.
 * The returned teardown stops the cluster and removes its temp folder.
 * @module
 */
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** `postgres://app@127.0.0.1:PORT/jixiao_test` on the run's private cluster. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const cluster = await startPostgresCluster();
  const ms = Math.round(performance.now() - startedAt);
  console.log(`PostgreSQL 测试集群已启动：${cluster.url}（用时 ${ms} ms）`);
  project.provide("postgresUrl", cluster.url);
  return async () => {
    await cluster.stop();
  };
}
