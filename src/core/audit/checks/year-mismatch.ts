/**
 * YEAR-MISMATCH: a year in the text that belongs to another report — "2023年科协整体绩效目标基本实现" in a 2024
 * report (seed 000), "2022年1-12月完成" as a 2023 time target, "会议于2024年11月15日…如期召开" in a 2023 project
 * (seed 004).
 *
 * Years in prose are mostly legitimate, so the rule is narrow to keep false alarms down:
 * - in an indicator cell (三级指标, 指标值, 完成值) any year but the evaluated one is flagged, unless a range covers it;
 * - the prior year is fine in prose (comparisons, last year's budget, the 结转 story) except in a clause that states
 *   this year's result ("…目标…实现/完成") without comparing;
 * - a later year is fine as a signature date on its own line, inside a document title 《…》, in a notice or approval,
 *   or in a plan or commitment ("将", "计划", "下一步", "确保…通过"); elsewhere it describes something that had not yet happened;
 * - a range such as "2024-2028年" that covers the evaluated year is fine; older years are history and are left alone.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { defineTextScreen, screenedTexts } from "../dataset-texts.ts";

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*(?:[-—－–~～至到]\s*((?:19|20)\d{2}))?\s*年/g;
/** A text with no such year needs no splitting into clauses. */
const ANY_YEAR = new RegExp(YEAR.source);
const SCREEN = defineTextScreen((text) => ANY_YEAR.test(text));
/** The marks that end a clause (，,。；;！!？?), by UTF-16 code: tested once per character of every year text. */
const CLAUSE_END = new Set([..."，,。；;！!？?"].map((mark) => mark.charCodeAt(0)));
const STANDALONE_DATE = /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$/;
/** A plan or a commitment for later ("确保2024年通过验收", "力争…"): a later year there is the aim, not a slip. */
const PLAN = /将|计划|拟|预计|预期|下一步|明年|下一年|今后|力争|争取|规划|确保|保证|有望|以期|届时|后续/;
const NOTICE = /通知|印发|报送|批复|文件/;
const RESULT = /目标/;
const ACHIEVED = /实现|完成|达成|达到/;
const COMPARISON = /相比|比|较|同比|上年|去年|上一年/;
/** Texts that are labels rather than statements: names, chart categories. */
const SKIPPED_KEYS = new Set(["name", "label", "title", "figure", "description", "item"]);

interface Clause {
  text: string;
  line: string;
  offsetInLine: number;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  for (const line of text.split("\n")) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || CLAUSE_END.has(line.charCodeAt(i))) {
        if (i > start) out.push({ text: line.slice(start, i), line, offsetInLine: start });
        start = i + 1;
      }
    }
  }
  return out;
}

function insideTitle(line: string, index: number): boolean {
  const before = line.slice(0, index);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

export const yearMismatchCheck: AuditCheck = {
  code: "YEAR-MISMATCH",
  severity: "warning",
  title: "年份与评价年度不符",
  run(context) {
    const findings: Finding[] = [];
    const year = context.dataset.year;
    for (const field of screenedTexts(context, SCREEN)) {
      if (
        SKIPPED_KEYS.has(field.key) ||
        field.path.startsWith("finalAccounts.charts") ||
        field.path.startsWith("publishedScores")
      )
        continue;
      const reported = new Set<string>();
      for (const clause of clausesOf(field.text)) {
        for (const match of clause.text.matchAll(YEAR)) {
          const first = Number(match[1]);
          const last = match[2] === undefined ? first : Number(match[2]);
          if (first <= year && year <= last) continue;
          const y = match[2] === undefined ? first : first > year ? first : last;
          const quote = clause.text.trim();
          let reason: string | null = null;
          if (field.indicatorCell) {
            reason = `指标“${quote}”中的年份 ${y} 与评价年度 ${year} 不符`;
          } else if (y === year - 1) {
            if (RESULT.test(clause.text) && ACHIEVED.test(clause.text) && !COMPARISON.test(clause.text)) {
              reason = `${year} 年度报告称“${quote}”：所述为本年度的结果，年份应为 ${year}`;
            }
          } else if (y > year) {
            const legitimate =
              STANDALONE_DATE.test(clause.line) ||
              insideTitle(clause.line, clause.offsetInLine + (match.index ?? 0)) ||
              NOTICE.test(clause.text) ||
              PLAN.test(clause.text);
            if (!legitimate) reason = `${year} 年度报告中“${quote}”：${y} 年晚于评价年度，所述事项年份疑有误`;
          }
          if (reason === null || reported.has(quote)) continue;
          reported.add(quote);
          findings.push({
            code: this.code,
            severity: this.severity,
            location: field.path,
            expected: `${year}年`,
            found: quote,
            message: reason,
          });
        }
      }
    }
    return findings;
  },
};
