/**
 * The one error the PDF converter rejects with: a Chinese message that names the document, and a reason code so
 * callers (the CLI summary, a server job) can tell a missing LibreOffice from a broken file without parsing text.
 * @module
 */

export type PdfFailureReason =
  /** soffice is not on this machine (or not at the configured path). */
  | "notInstalled"
  /** The input is not a .docx/.xlsx, or its bytes are not an Office Open XML package. */
  | "invalidInput"
  /** soffice ran longer than the job's time limit and was killed. */
  | "timeout"
  /** soffice exited with a non-zero code. */
  | "exitCode"
  /** soffice exited 0 but wrote no PDF (what it does for a file it cannot load). */
  | "noOutput"
  /** The converter was closed before the job ran. */
  | "closed";

export class PdfConversionError extends Error {
  constructor(
    message: string,
    /** The document's own name as the caller gave it (not the temporary name soffice saw). */
    readonly fileName: string,
    readonly reason: PdfFailureReason,
  ) {
    super(message);
    this.name = "PdfConversionError";
  }
}
