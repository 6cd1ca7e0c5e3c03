/**
 * The services of one server process over one database: the repositories the use cases call, and the few things a
 * process keeps between requests (the write path of reports, the cache of whole-report answers, the runners).
 * @module
 */
import { AttachmentsRepository } from "../../storage/attachments-repository.ts";
import { JobsRepository } from "../../storage/jobs-repository.ts";
import { PublishedPdfsRepository } from "../../storage/published-pdfs-repository.ts";
import type { Database } from "../../storage/open-database.ts";
import { ReportsRepository } from "../../storage/reports-repository.ts";
import { LoginAttemptsRepository } from "../../storage/login-attempts-repository.ts";
import { SessionsRepository } from "../../storage/sessions-repository.ts";
import { TrustedDevicesRepository } from "../../storage/trusted-devices-repository.ts";
import { UnitsRepository } from "../../storage/units-repository.ts";
import { UsersRepository } from "../../storage/users-repository.ts";
import { AuditRefresher } from "../jobs/audit-refresher.ts";
import { DocumentJobRunner } from "../jobs/document-job-runner.ts";
import { DrawnPages } from "../documents-preview/drawn-pages.ts";
import { PublishedReportPdfs } from "../public/published-report-pdf.ts";
import { ReportWrites } from "../reports/report-writes.ts";
import { RegionSummaries } from "../summary/region-summary.ts";
import { AuthService, DEFAULT_THROTTLE, type ThrottleSettings } from "./auth-service.ts";
import { FullReportCache } from "./full-report-cache.ts";

export interface Services {
  database: Database;
  units: UnitsRepository;
  users: UsersRepository;
  reports: ReportsRepository;
  jobs: JobsRepository;
  attachments: AttachmentsRepository;
  /** The PDFs of published reports, made at publication. */
  publishedPdfs: PublishedPdfsRepository;
  /** This process's runner of document jobs (started by startServer; tests drive it with drain()). */
  jobRunner: DocumentJobRunner;
  /** The document preview's pages drawn in this process. */
  previewPages: DrawnPages;
  /** The regional summaries and review queues this process has built, kept while their subtree is unchanged. */
  summaries: RegionSummaries;
  /** Makes the audits of edited reports off the request path (stopped with the server). */
  audits: AuditRefresher;
  auth: AuthService;
  /** The write path of reports in this process (one write of a report at a time, the base of the next edit). */
  reportWrites: ReportWrites;
  /** Whole-report answers (GET /api/reports/:id/full) kept per version. */
  fullReports: FullReportCache;
  /** The published reports' PDFs as the public downloads them (closed with the server). */
  publishedReportPdfs: PublishedReportPdfs;
}

export function createServices(database: Database, options: { throttle?: ThrottleSettings } = {}): Services {
  const units = new UnitsRepository(database.db);
  const users = new UsersRepository(database.db);
  const reports = new ReportsRepository(database.db, database.dialect);
  const sessions = new SessionsRepository(database.db);
  const jobs = new JobsRepository(database.db, database.dialect);
  const audits = new AuditRefresher(reports);
  const publishedPdfs = new PublishedPdfsRepository(database.db);
  const jobRunner = new DocumentJobRunner(jobs, reports, { publishedPdfs });
  const fullReports = new FullReportCache();
  return {
    database,
    units,
    users,
    reports,
    jobs,
    attachments: new AttachmentsRepository(database.db),
    publishedPdfs,
    jobRunner,
    previewPages: new DrawnPages(),
    summaries: new RegionSummaries(reports),
    audits,
    auth: new AuthService(
      users,
      units,
      sessions,
      new LoginAttemptsRepository(database.db),
      new TrustedDevicesRepository(database.db),
      options.throttle ?? DEFAULT_THROTTLE,
    ),
    reportWrites: new ReportWrites(reports, audits, fullReports),
    fullReports,
    publishedReportPdfs: new PublishedReportPdfs(reports, publishedPdfs, jobs),
  };
}

/**
 * Stops what the services run in this process and closes the database: downloads waiting for a PDF are answered
 * first, then the document runner and the audit refresher finish what they hold.
 */
export async function stopServices(services: Services): Promise<void> {
  services.publishedReportPdfs.close();
  await services.jobRunner.stop();
  await services.audits.stop();
  await services.database.close();
}
