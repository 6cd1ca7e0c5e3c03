/**
 * Works out which year a report is about, so a year copied from last year's report can be told apart.
 *
 * The title says it most reliably ("2024年度部门整体支出绩效自评报告", "（2024年度）", "2023年度部门决算情况说明").
 * Without such a title the year that the text names most often wins; dates ("2025年5月26日") are left out of that
 * count because a report is signed the year after the one it is about.
 * @module
 */
import { normalizeWidth } from "../parse/normalize-text.ts";

const TITLE_LINES = 15;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?[^。，,]{0,30}?(?:报告|决算|说明|自评表|数据表|评价)/;
const BRACKETED_YEAR = /[（(]\s*((?:19|20)\d{2})\s*年度\s*[）)]/;
const ANY_YEAR = /(?<![\d〔［[﹝（(【])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;

/** The report year from the title lines, else the most frequent year in the text (ties go to the later year); null when the text names no year. */
export function inferReportYear(lines: readonly string[]): number | null {
  const titleLines = lines.filter((line) => line.trim() !== "").slice(0, TITLE_LINES);
  for (const line of titleLines) {
    const text = normalizeWidth(line);
    const match = BRACKETED_YEAR.exec(text) ?? TITLE_YEAR.exec(text);
    if (match?.[1]) return Number(match[1]);
  }
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const match of normalizeWidth(line).matchAll(ANY_YEAR)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
