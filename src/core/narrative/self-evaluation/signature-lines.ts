/**
 * The lines of a filed report's signature block (署名 and 成文日期), decided once for every report the documents
 * print (the 部门整体 report, the unit's own reports, the project reports), Word and PDF alike. Where the report
 * was signed off by its 单位负责人 (the region's settings ask for it), the block names the 负责人 under the unit
 * and dates the report on the day of the sign-off — the 成文日期 of a 公文 is the day its 负责人 signed it
 * (GB/T 9704-2012 7.3.5.1); otherwise it carries the unit's own filing date, and no date line at all without one
 * (never a blank "年 月 日").
 * @module
 */
import type { SignOff } from "../../workflow/current-sign-off.ts";

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface SignatureLinesOptions {
  /** The 署名: the unit's name, or the filing's own signature. */
  signature: string;
  /** The unit's filing date ("2025年5月26日"), when it gave one. */
  date?: string | undefined;
  /** The 单位负责人's sign-off of the report's current submission. */
  signOff?: SignOff | undefined;
}

/** The printed lines, top to bottom. */
export function signatureLines(options: SignatureLinesOptions): string[] {
  const signature = options.signature.trim();
  if (options.signOff) {
    return [signature, `单位负责人：${options.signOff.leader.trim()}`, chineseDate(options.signOff.signedAt)];
  }
  const date = options.date?.trim() ?? "";
  return date === "" ? [signature] : [signature, date];
}

/** An ISO instant as the day it was in Beijing, in Arabic numerals: "2025年5月26日". */
export function chineseDate(iso: string): string {
  const day = new Date(Date.parse(iso) + BEIJING_OFFSET_MS);
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}
