/**
 * A publication queues its PDF at once: made once by a document job, kept with the version, served to the public as
 * it is (published-report-pdf.ts). The runner of this process is woken; without one (serve --no-jobs) a worker
 * takes the job.
 * @module
 */
import type { Services } from "../services/services.ts";

export async function queuePublishedPdf(services: Services, options: { reportId: string; userId: string }) {
  await services.jobs.enqueue({ kind: "publishedPdf", reportId: options.reportId, requestedBy: options.userId });
  services.jobRunner.wake();
}
