/**
 * A file as the answer of a route (a download, a generated document, a drawn page): its bytes sent as they are, with
 * its media type and, for a download, the name it is saved under — in UTF-8 (RFC 6266's filename*), with a plain
 * ASCII name before it for the few clients that read only that.
 * @module
 */
import type { Context } from "hono";

export interface SentFile {
  data: Uint8Array;
  mediaType: string;
  /** The name a download is saved under; none for a file shown in the page (an image). */
  fileName?: string;
  /** The ASCII name for clients that do not read filename* ("report.pdf"). */
  asciiName?: string;
  /** Further headers (cache-control, x-content-type-options). */
  headers?: Record<string, string>;
}

export function sendFile(c: Context, file: SentFile): Response {
  const headers: Record<string, string> = { "content-type": file.mediaType };
  if (file.fileName !== undefined) {
    const ascii = file.asciiName ? `filename="${file.asciiName}"; ` : "";
    headers["content-disposition"] = `attachment; ${ascii}filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
  }
  // The view itself is the body (only its bytes are sent); a view of shared memory is copied first.
  const body = file.data.buffer instanceof ArrayBuffer ? (file.data as Uint8Array<ArrayBuffer>) : file.data.slice();
  return c.body(body, 200, { ...headers, ...file.headers });
}
