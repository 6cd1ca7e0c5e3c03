/**
 * One page of a job file's preview as a PNG (from 1, at most PREVIEW_LIMITS.maxPages), for those who may read the
 * job's report; a page drawn before is sent again as it was (DrawnPages), after the access rule all the same.
 * @module
 */
import { notFound } from "../app-error.ts";
import { readJobFiles } from "../document-jobs/read-job-files.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { countPreviewPages, drawPreviewPng, PREVIEW_LIMITS, previewPdfOf } from "./preview-pdf.ts";

export async function drawPreviewPage(
  services: Services,
  options: { actor: Actor; jobId: string; index: string; page: string },
): Promise<Uint8Array> {
  const pdf = previewPdfOf(await readJobFiles(services, options), options.index);
  const page = /^\d{1,4}$/.test(options.page) ? Number(options.page) : 0;
  if (page < 1 || page > PREVIEW_LIMITS.maxPages) throw notFound("页");
  const key = `${options.jobId}:${pdf.index}:${page}`;
  const kept = services.previewPages.get(key);
  if (kept) return kept;
  if (page > (await countPreviewPages(pdf.file))) throw notFound("页");
  const png = await drawPreviewPng(pdf.file, page);
  services.previewPages.keep(key, png);
  return png;
}
