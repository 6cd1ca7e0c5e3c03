/**
 * The three charts of the 财政局 dashboard as ECharts options, from the summary rows: how the self-scores are spread
 * over the grade bands, execution rate against self-score with the doubtful units marked, and submissions over time
 * against the due date.
 */
import type { ChartOption } from "../../components/charts/echarts-setup.ts";
import { exactNumber, type SummaryRow } from "./summary-row.ts";
import { lastDayOfDeadline } from "../../../../src/core/workflow/deadline.ts";

/**
 * A self-score this high is expected to go with money actually spent: 90 is the lower bound of 优 in every built-in
 * rule profile (profiles/*.json gradeBands).
 */
export const HIGH_SELF_SCORE = 90;
/** Spending below 80 % of the year's budget is low execution (the common 预算执行率 warning line). */
export const LOW_EXECUTION_PERCENT = 80;
/** Ten or more error-level audit findings make any self-score doubtful until the figures are corrected. */
export const MANY_ERRORS = 10;

/** The grade bands of every built-in profile, best first (profiles/*.json gradeBands). */
export const GRADE_BANDS = [
  { grade: "优", label: "优（≥90）" },
  { grade: "良", label: "良（80–90）" },
  { grade: "中", label: "中（60–80）" },
  { grade: "差", label: "差（<60）" },
] as const;

const COLOURS = { normal: "#1f5fbf", flagged: "#c62828", due: "#9a6700", muted: "#9aa5b1" };

export function isDoubtful(row: SummaryRow): boolean {
  const score = exactNumber(row.totalScore);
  const rate = exactNumber(row.executionRate);
  const highScoreLowExecution =
    score !== null && rate !== null && score >= HIGH_SELF_SCORE && rate < LOW_EXECUTION_PERCENT;
  return highScoreLowExecution || row.errors >= MANY_ERRORS;
}

/** Reports per grade band, and those without a grade (no department table, or nothing to score yet). */
export function scoreDistributionOption(rows: readonly SummaryRow[]): ChartOption {
  const counts = GRADE_BANDS.map((band) => rows.filter((row) => row.grade === band.grade).length);
  const unscored = rows.filter((row) => !GRADE_BANDS.some((band) => band.grade === row.grade)).length;
  return {
    title: { text: "自评得分分布（按等级）", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 16, top: 40, bottom: 30 },
    xAxis: {
      type: "category",
      data: [...GRADE_BANDS.map((band) => band.label), "无等级"],
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: "value", minInterval: 1, name: "单位数" },
    series: [
      {
        type: "bar",
        barMaxWidth: 48,
        label: { show: true, position: "top" },
        data: [...counts.map((value) => ({ value })), { value: unscored, itemStyle: { color: COLOURS.muted } }],
        itemStyle: { color: COLOURS.normal },
      },
    ],
  };
}

/** One point per report with both a score and a rate; the doubtful ones red and named. */
export function executionScatterOption(rows: readonly SummaryRow[]): ChartOption {
  const points = rows.flatMap((row) => {
    const score = exactNumber(row.totalScore);
    const rate = exactNumber(row.executionRate);
    return score === null || rate === null ? [] : [{ row, score, rate, doubtful: isDoubtful(row) }];
  });
  const series = (doubtful: boolean) => ({
    type: "scatter",
    name: doubtful ? "需关注（高自评低执行或错误多）" : "其他单位",
    symbolSize: doubtful ? 14 : 10,
    itemStyle: { color: doubtful ? COLOURS.flagged : COLOURS.normal },
    label: {
      show: doubtful,
      position: "right",
      formatter: (point: { data: { name: string } }) => point.data.name,
      color: COLOURS.flagged,
    },
    data: points
      .filter((point) => point.doubtful === doubtful)
      .map((point) => ({ name: `${point.row.unitName}（${point.row.year}）`, value: [point.rate, point.score] })),
  });
  return {
    title: { text: "预算执行率与自评总分", left: "center", textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: "item",
      formatter: (point: { data: { name: string; value: number[] } }) =>
        `${point.data.name}<br/>执行率 ${point.data.value[0]}%，总分 ${point.data.value[1]}`,
    },
    legend: { bottom: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 56 },
    xAxis: {
      type: "value",
      name: "执行率（%）",
      nameLocation: "middle",
      nameGap: 24,
      min: (value: { min: number }) => Math.min(50, Math.floor(value.min / 10) * 10),
      max: 100,
    },
    yAxis: {
      type: "value",
      name: "总分",
      min: (value: { min: number }) => Math.min(50, Math.floor(value.min / 10) * 10),
      max: 100,
    },
    series: [
      {
        ...series(false),
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: COLOURS.muted, type: "dashed" },
          data: [{ xAxis: LOW_EXECUTION_PERCENT }, { yAxis: HIGH_SELF_SCORE }],
        },
      },
      series(true),
    ],
  };
}

/** Cumulative submissions by day, with each due date as a vertical line. */
export function submissionsOverTimeOption(rows: readonly SummaryRow[]): ChartOption {
  const days = rows
    .map((row) => row.submittedAt)
    .filter((at): at is string => at !== null)
    .map((at) => beijingDay(at))
    .sort();
  const cumulative: [string, number][] = [];
  days.forEach((day, index) => {
    const last = cumulative[cumulative.length - 1];
    if (last?.[0] === day) last[1] = index + 1;
    else cumulative.push([day, index + 1]);
  });
  // A due time is the first instant after the last allowed day (2025-04-30T16:00Z is midnight in Beijing), so the
  // line stands at that instant and is labelled with the last allowed day.
  const dueTimes = [...new Set(rows.map((row) => row.dueAt).filter((at): at is string => at !== null))].sort();
  const dueDays = dueTimes.map(lastDayOfDeadline);
  // The axis spans the submissions and the due dates with a week on either side, and the line starts from zero, so
  // one submission or a due date far from them still shows.
  const allDays = [...days, ...dueDays].sort();
  const first = allDays[0];
  const last = allDays[allDays.length - 1];
  if (first && cumulative.length > 0) cumulative.unshift([shiftDay(first, -7), 0]);
  return {
    title: { text: "提交进度（累计）", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 24, top: 40, bottom: 30 },
    xAxis: { type: "time", ...(first && last ? { min: shiftDay(first, -7), max: shiftDay(last, 7) } : {}) },
    yAxis: { type: "value", minInterval: 1, name: "已提交", max: Math.max(rows.length, 1) },
    series: [
      {
        type: "line",
        name: "累计提交",
        step: "end",
        showSymbol: true,
        symbolSize: 6,
        data: cumulative,
        itemStyle: { color: COLOURS.normal },
        markLine: {
          symbol: "none",
          lineStyle: { color: COLOURS.due, type: "dashed" },
          label: { position: "insideStartTop", formatter: (line: { name: string }) => line.name, color: COLOURS.due },
          data: dueTimes.map((at, index) => ({ xAxis: Date.parse(at), name: `截止 ${dueDays[index]}` })),
        },
      },
    ],
  };
}

/** "2025-04-30" moved by `days` days. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day in Beijing (UTC+8, no daylight saving) of an ISO time: "2025-04-30". */
function beijingDay(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}
