/**
 * PROSE-YEAR: a year that is not the report's, where the sentence speaks of the report year's own results — the
 * mark of text copied from last year's report ("2023年科协整体绩效目标基本实现" in a 2024 report, a time target
 * "2022年1-12月完成" in a 2023 table).
 *
 * Earlier years are legitimate in comparisons ("与2022年度相比", "2023年度“三公”经费决算支出：…"), in budgets made the
 * year before ("2022年底…申报预算", "2022年预算财政资金44.84万元"), in titles, ranges and document numbers, and later
 * years in signing dates. So an earlier year is flagged only in a clause that claims completion or achievement or
 * names a month span, and a later one only as "N年度" with spending or results, never in a date.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/g;
const MONTH_SPAN = /^年度?\s*\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月/;
const FULL_DATE = /^年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/;
const YEAR_END = /^年\s*(?:底|末|年底|年末)/;
const RANGE_BEFORE = /[-—–~至－]\s*$/;
const CLAIM = /完成|实现|达成|达到/;
const COMPARISON = /相比|比较|对比|同比|较|比上|上年|去年|结转|以来|至今/;
const LATER_RESULT = /支出|决算|执行|完成|实现|绩效/;
const LATER_PLAN = /预算|计划|拟|将|明年|下一?年/;
const CLAUSE_END = /[,，;；。！？!?]/;
const EARLIEST_CHECKED = 3;
/** Characters read around a year: a clause is short, and a bounded window keeps long sentences linear. */
const WINDOW = 80;

export const checkReportYear: ProseCheck = ({ document }) => {
  const reportYear = document.reportYear;
  if (reportYear === null) return [];
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    const text = normalizeWidth(sentence.text);
    const titleDepth = titleDepthCounter(text);
    for (const match of text.matchAll(YEAR)) {
      const year = Number(match[1]);
      const start = match.index ?? 0;
      const yearEnd = start + (match[1]?.length ?? 4);
      const after = text.slice(yearEnd, yearEnd + WINDOW).replace(/^\s+/, "");
      const before = text.slice(Math.max(0, start - WINDOW), start);
      if (year === reportYear || RANGE_BEFORE.test(before) || titleDepth(start) > 0) continue;
      const clause = clauseFrom(text, start);
      const suspicious =
        year < reportYear
          ? reportYear - year <= EARLIEST_CHECKED && earlierYearClaimsResults(after, clause, before)
          : year === reportYear + 1 && laterYearReportsResults(after, clause);
      if (!suspicious) continue;
      findings.push(
        proseFinding(
          "PROSE-YEAR",
          sentence,
          `报告年度为${reportYear}年，“${clause}”却写${year}年，疑为沿用其他年度的文字`,
          {
            expected: `${reportYear}年`,
            found: `${year}年`,
          },
        ),
      );
    }
  }
  return findings;
};

function earlierYearClaimsResults(after: string, clause: string, before: string): boolean {
  if (FULL_DATE.test(after) && !MONTH_SPAN.test(after)) return false;
  if (YEAR_END.test(after)) return false;
  if (COMPARISON.test(clause) || COMPARISON.test(lastClause(before))) return false;
  return MONTH_SPAN.test(after) || CLAIM.test(clause);
}

function laterYearReportsResults(after: string, clause: string): boolean {
  if (MONTH_SPAN.test(after)) return true;
  if (FULL_DATE.test(after) || !/^年度/.test(after)) return false;
  return LATER_RESULT.test(clause) && !LATER_PLAN.test(clause);
}

function clauseFrom(text: string, start: number): string {
  const rest = text.slice(start, start + WINDOW);
  const end = rest.search(CLAUSE_END);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

function lastClause(before: string): string {
  const parts = before.split(CLAUSE_END);
  return parts.at(-1) ?? "";
}

/** How many 《 are open at an offset; offsets must be asked in increasing order, which keeps a sentence linear. */
function titleDepthCounter(text: string): (offset: number) => number {
  let scanned = 0;
  let depth = 0;
  return (offset) => {
    for (; scanned < offset; scanned++) {
      if (text[scanned] === "《") depth++;
      else if (text[scanned] === "》" && depth > 0) depth--;
    }
    return depth;
  };
}
