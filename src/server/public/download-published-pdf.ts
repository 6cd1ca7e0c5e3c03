/** The PDF of a published report, for anybody (see published-report-pdf.ts), with the file name it is saved under. */
import type { Services } from "../services/services.ts";
import type { PublishedPdf } from "./published-report-pdf.ts";

export async function downloadPublishedPdf(services: Services, options: { reportId: string }): Promise<PublishedPdf> {
  return services.publishedReportPdfs.pdfOf(options.reportId);
}
