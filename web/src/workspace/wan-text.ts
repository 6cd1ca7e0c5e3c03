/** A stored 万元 text as integer 分 (null when absent or not an amount), for rates shown in the page. */
import { wanToFen } from "../../../src/core/money/fen.ts";

export function wanTextToFen(text: string | undefined): number | null {
  if (text === undefined) return null;
  try {
    return wanToFen(text);
  } catch {
    return null;
  }
}
