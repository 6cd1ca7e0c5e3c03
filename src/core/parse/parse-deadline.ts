/**
 * Time targets (时效指标) as real tables print them: "2023年11月底前", "年底前", "12月底前", "6月30日前", "第三季度前",
 * "上半年", "按时", "及时", "按期", "当年完成", "年内完成", "规定时间内". They are a kind of their own — never a number
 * ("2023年11月底前" is not 2023 with the unit "年11月底前") — and are judged met or unmet from the actual text: a date
 * within the deadline, or words that say it was on time (按时完成, 已完成), or that it was not (延期, 未按时).
 * @module
 */
import { normalizeWidth } from "./normalize-text.ts";

/** A deadline as a comparable month end or day: year may be unknown (the report's year is then assumed). */
export interface Deadline {
  year: number | null;
  month: number;
  /** The day, or null for the end of the month. */
  day: number | null;
}

export interface TimeTarget {
  /** The deadline the target names, or null for 按时 / 及时 / 按期 (on time against a schedule not printed). */
  deadline: Deadline | null;
  text: string;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 两: 2 };

/** Words that make a target a time target whatever else it says. */
const ON_TIME_WORDS =
  /按时|及时|按期|如期|准时|限期|限时|规定时间|规定期限|规定时限|时限内|按计划|按进度|按节点|当年完成|当年内|年内完成|年度内完成|本年度内|年内|当年/;
const YEAR_END_OF = /(\d{4})年(?:底|末)/;
const DATE_DEADLINE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|份)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前|内|完成)/;
const YEAR_END = /(?:(\d{4})年)?(?:年底|年末|年终|年度末|年度内|底前)(?:前|之前|以前|完成)?/;
const QUARTER = /(?:(\d{4})年)?第?([一二三四1-4])季度(?:末|底)?(?:前|之前|以前|内|完成)?/;
const HALF_YEAR = /(?:(\d{4})年)?上半年/;

/** Read targets by their text: the same few ("年底前", "按时") fill most tables. Bounded: emptied when full. */
const readByText = new Map<string, TimeTarget | null>();
const CACHE_LIMIT = 20_000;

/** Reads a target as a time target; null when it is not one (a number, a percentage, a quality). */
export function parseTimeTarget(input: string | undefined): TimeTarget | null {
  const key = input ?? "";
  const cached = readByText.get(key);
  if (cached !== undefined) return cached;
  const read = readTimeTarget(key);
  if (readByText.size >= CACHE_LIMIT) readByText.clear();
  readByText.set(
    key,
    read === null ? null : Object.freeze({ ...read, deadline: read.deadline ? Object.freeze(read.deadline) : null }),
  );
  return readByText.get(key) ?? null;
}

function readTimeTarget(input: string): TimeTarget | null {
  const text = normalizeWidth(input ?? "").replace(/\s+/g, "");
  if (text === "") return null;
  const date = DATE_DEADLINE.exec(text);
  if (date) {
    return {
      deadline: {
        year: date[1] ? Number(date[1]) : null,
        month: Number(date[2]),
        day: date[3] ? Number(date[3]) : null,
      },
      text,
    };
  }
  const quarter = QUARTER.exec(text);
  if (quarter && /季度/.test(text)) {
    const q = CHINESE_DIGITS[quarter[2] ?? ""] ?? Number(quarter[2]);
    return { deadline: { year: quarter[1] ? Number(quarter[1]) : null, month: q * 3, day: null }, text };
  }
  const half = HALF_YEAR.exec(text);
  if (half) return { deadline: { year: half[1] ? Number(half[1]) : null, month: 6, day: null }, text };
  const yearEndOf = YEAR_END_OF.exec(text);
  if (yearEndOf) return { deadline: { year: Number(yearEndOf[1]), month: 12, day: null }, text };
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return { deadline: { year: yearEnd[1] ? Number(yearEnd[1]) : null, month: 12, day: null }, text };
  if (/^\d{4}年(?:完成|前|内)?$/.test(text))
    return { deadline: { year: Number(text.slice(0, 4)), month: 12, day: null }, text };
  if (ON_TIME_WORDS.test(text) && !/\d/.test(text.replace(/\d{4}年/, ""))) return { deadline: null, text };
  return null;
}

export type TimeJudgement = { verdict: "met" | "notMet"; why: string } | { verdict: "unknown"; why: string };

const LATE_WORDS =
  /未按时|未按期|未及时|未如期|未能按|未完成|未在|没有按|延期|延迟|延后|逾期|推迟|滞后|超期|拖延|未达|否/;
const ON_TIME_ACTUAL =
  /按时|按期|及时|如期|准时|提前|已完成|完成|是|达成|达到|实现|已按|规定时间内|年内|当年|100%|已落实|已兑现|已发放|已拨付/;
const ACTUAL_DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/;

/**
 * Met or not from the actual text. A date in the actual is compared with the deadline (the report year stands in for
 * a year neither writes); otherwise the words decide; otherwise unknown (the user chooses).
 */
export function judgeTimeTarget(
  target: TimeTarget,
  actualInput: string | undefined,
  reportYear: number | null,
): TimeJudgement {
  const actual = normalizeWidth(actualInput ?? "").replace(/\s+/g, "");
  if (actual === "" || /^(?:—+|-+|\/|无)$/.test(actual)) return { verdict: "unknown", why: "未填写完成情况" };
  if (LATE_WORDS.test(actual)) return { verdict: "notMet", why: `完成情况“${actual}”表明未按期完成` };
  const deadline = target.deadline;
  const date = ACTUAL_DATE.exec(actual);
  if (deadline && date) {
    const deadlineYear = deadline.year ?? reportYear;
    // "次年3月" is the year after the deadline's, whatever the month.
    const nextYear = /次年|下年|翌年|下一年/.test(actual) && deadlineYear !== null ? deadlineYear + 1 : null;
    const year = date[1] ? Number(date[1]) : (nextYear ?? deadlineYear);
    const month = Number(date[2]);
    const day = date[3] ? Number(date[3]) : null;
    const late =
      year !== null && deadlineYear !== null && year !== deadlineYear
        ? year > deadlineYear
        : month !== deadline.month
          ? month > deadline.month
          : deadline.day !== null && day !== null && day > deadline.day;
    const shown = `${date[1] ? `${date[1]}年` : nextYear !== null ? "次年" : ""}${month}月${day !== null ? `${day}日` : ""}`;
    return late
      ? { verdict: "notMet", why: `完成时间 ${shown} 晚于期限 ${describeDeadline(deadline)}` }
      : { verdict: "met", why: `完成时间 ${shown} 未晚于期限 ${describeDeadline(deadline)}` };
  }
  if (deadline && /^\d{4}年(?:底|末)?/.test(actual)) {
    const year = Number(actual.slice(0, 4));
    const deadlineYear = deadline.year ?? reportYear;
    if (deadlineYear !== null && year > deadlineYear)
      return { verdict: "notMet", why: `完成时间 ${year}年 晚于期限 ${describeDeadline(deadline)}` };
  }
  if (ON_TIME_ACTUAL.test(actual)) return { verdict: "met", why: `完成情况“${actual}”表明按期完成` };
  return { verdict: "unknown", why: `无法从完成情况“${actual}”判断是否按期完成，请选择等级` };
}

export function describeDeadline(deadline: Deadline): string {
  return `${deadline.year !== null ? `${deadline.year}年` : ""}${deadline.month}月${deadline.day !== null ? `${deadline.day}日` : "底"}前`;
}
