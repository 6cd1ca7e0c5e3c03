/**
 * What the page needs to preview a job's file: which PDF is shown (the file, or the PDF of the same name beside it),
 * how many pages it has and how many of them are drawn — for those who may read the job's report.
 * @module
 */
import { readJobFiles } from "../document-jobs/read-job-files.ts";
import type { DocumentPreviewDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { countPreviewPages, PREVIEW_LIMITS, previewPdfOf } from "./preview-pdf.ts";

export async function readDocumentPreview(
  services: Services,
  options: { actor: Actor; jobId: string; index: string },
): Promise<DocumentPreviewDto> {
  const pdf = previewPdfOf(await readJobFiles(services, options), options.index);
  const pages = await countPreviewPages(pdf.file);
  return {
    pdfIndex: pdf.index,
    pdfName: pdf.file.name.split("/").pop() ?? pdf.file.name,
    pages,
    shownPages: Math.min(pages, PREVIEW_LIMITS.maxPages),
  };
}
