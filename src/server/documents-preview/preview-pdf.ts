/**
 * The PDF a preview shows for a job's file and its pages, within the preview's limits (checked before any drawing):
 * a PDF is shown itself; a Word or Excel file through the PDF of the same name the same job made of it (a job "Word、
 * Excel 和 PDF"); without one, the refusal says how to get it. Poppler's failures are the server's ("internal").
 * @module
 */
import { countPdfPages, drawPdfPage, PdfDrawingError } from "../../documents/pdf/draw-pdf-pages.ts";
import { AppError } from "../app-error.ts";
import { jobFileAt, type JobFile } from "../document-jobs/read-job-files.ts";

/** Pages past `maxPages` are not drawn; a stuck poppler is stopped; `cachedPages` drawn pages are kept. */
export const PREVIEW_LIMITS = { maxPages: 300, dpi: 80, timeoutMs: 30_000, cachedPages: 64 } as const;

/** The PDF shown for file `index` (as the path gives it) of a job's files, and its place among them. */
export function previewPdfOf(files: readonly JobFile[], index: string | undefined): { index: number; file: JobFile } {
  const chosen = jobFileAt(files, index);
  if (chosen.file.name.toLowerCase().endsWith(".pdf")) return chosen;
  const stem = chosen.file.name.replace(/\.[^.]+$/, "").toLowerCase();
  const pdfIndex = files.findIndex((other) => other.name.toLowerCase() === `${stem}.pdf`);
  const pdf = files[pdfIndex];
  if (!pdf)
    throw new AppError(
      "conflict",
      `“${chosen.file.name.split("/").pop()}”没有 PDF：请选“生成 Word、Excel 和 PDF”后再预览`,
    );
  return { index: pdfIndex, file: pdf };
}

export async function countPreviewPages(pdf: JobFile): Promise<number> {
  return asAppError(() => countPdfPages(pdf.data, PREVIEW_LIMITS));
}

export async function drawPreviewPng(pdf: JobFile, page: number): Promise<Uint8Array> {
  return asAppError(() => drawPdfPage(pdf.data, page, PREVIEW_LIMITS));
}

async function asAppError<T>(draw: () => Promise<T>): Promise<T> {
  try {
    return await draw();
  } catch (error) {
    if (error instanceof PdfDrawingError) throw new AppError("internal", error.message);
    throw error;
  }
}
