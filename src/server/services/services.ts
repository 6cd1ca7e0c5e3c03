/** The services of one server process over one database. */
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
import { AuthService, DEFAULT_THROTTLE, type ThrottleSettings } from "./auth-service.ts";
import { ReportService } from "./report-service.ts";

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
  /** Makes the audits of edited reports off the request path (stopped with the server). */
  audits: AuditRefresher;
  auth: AuthService;
  reportService: ReportService;
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
  // A publication queues its PDF at once: made once, kept with the version, served to the public as it is.
  const published = async (reportId: string, userId: string) => {
    await jobs.enqueue({ kind: "publishedPdf", reportId, requestedBy: userId });
    jobRunner.wake();
  };
  return {
    database,
    units,
    users,
    reports,
    jobs,
    attachments: new AttachmentsRepository(database.db),
    publishedPdfs,
    jobRunner,
    audits,
    auth: new AuthService(
      users,
      units,
      sessions,
      new LoginAttemptsRepository(database.db),
      new TrustedDevicesRepository(database.db),
      options.throttle ?? DEFAULT_THROTTLE,
    ),
    reportService: new ReportService(reports, units, audits, { published }),
  };
}
