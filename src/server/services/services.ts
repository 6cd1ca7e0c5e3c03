/** The services of one server process over one database. */
import { AttachmentsRepository } from "../../storage/attachments-repository.ts";
import { JobsRepository } from "../../storage/jobs-repository.ts";
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
  const jobs = new JobsRepository(database.db);
  const audits = new AuditRefresher(reports);
  return {
    database,
    units,
    users,
    reports,
    jobs,
    attachments: new AttachmentsRepository(database.db),
    jobRunner: new DocumentJobRunner(jobs, reports),
    audits,
    auth: new AuthService(users, units, sessions, new LoginAttemptsRepository(database.db), new TrustedDevicesRepository(database.db), options.throttle ?? DEFAULT_THROTTLE),
    reportService: new ReportService(reports, units, audits),
  };
}
