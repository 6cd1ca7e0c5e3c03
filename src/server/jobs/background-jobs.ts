/**
 * The background work of a process: document jobs (DocumentJobRunner, one at a time) and audit jobs (AuditSweeper,
 * on all cores). `jixiao worker` runs only these; `jixiao serve` runs them beside HTTP unless --no-jobs, so that a
 * region can keep its servers for requests and give the heavy work to worker processes — any number of each on one
 * PostgreSQL, since every job is claimed in the database.
 * @module
 */
import type { Services } from "../services/services.ts";
import { AuditSweeper, type AuditSweeperOptions } from "./audit-sweeper.ts";

export interface BackgroundJobs {
  sweeper: AuditSweeper;
  stop(): Promise<void>;
}

export function startBackgroundJobs(services: Services, options: { audit?: AuditSweeperOptions } = {}): BackgroundJobs {
  const sweeper = new AuditSweeper(services.reports, options.audit);
  services.jobRunner.start();
  sweeper.start();
  return {
    sweeper,
    async stop() {
      await Promise.all([services.jobRunner.stop(), sweeper.stop()]);
    },
  };
}
