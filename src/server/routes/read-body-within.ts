/**
 * Reads an upload's body only up to a limit: a declared Content-Length above it is refused before a byte is read,
 * and a body that turns out longer (chunked, or lying) is refused as soon as it passes the limit.
 * @module
 */
import type { Context } from "hono";
import { AppError } from "../app-error.ts";

export async function readBodyWithin(c: Context, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(c.req.header("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("too-large", tooLarge);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("too-large", tooLarge);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
