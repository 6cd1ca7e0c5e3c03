/**
 * Native, editable Word charts (docx `ChartRun`: the chart part plus an embedded workbook, so Word's "Edit Data"
 * opens the real figures) for the amounts of a report: a column chart comparing years, or a pie of a total's parts.
 *
 * Amounts arrive in integer 分. The chart part and its workbook can only hold numbers, so each value is written as
 * the number of its exact 万元 text ("874.05"); every label is our own text — the amount with 万元 and, on a pie,
 * the share computed with decimals and rounded half-up — so the chart never shows a figure the prose does not.
 * @module
 */
import { ChartRun } from "docx/charts";
import { type Fen, sumFen } from "../../core/money/fen.ts";
import { percentOf } from "../../core/numbers/decimal.ts";
import { showAmount, showPercent } from "../../core/display/show-number.ts";

export interface NativeChartSpec {
  kind: "bar" | "pie";
  /** Used for the alt text; the visible title is the caption under the chart. */
  title: string;
  categories: readonly string[];
  /** Values in 分, one per category; a pie has one series. */
  series: readonly { name: string; values: readonly Fen[] }[];
}

export interface NativeChartOptions {
  /** Font of the chart's text; 宋体 as in the printed forms. */
  font?: string;
  /** Size in pixels (96 per inch). Default 560 × 300, the width of the GB/T 9704 text block. */
  width?: number;
  height?: number;
}

/** A ChartRun for the spec: columns with value labels for "bar", labelled slices for "pie". */
export function nativeChart(spec: NativeChartSpec, options: NativeChartOptions = {}): ChartRun {
  const font = { name: options.font ?? "宋体" };
  const transformation = { width: options.width ?? 560, height: options.height ?? (spec.kind === "pie" ? 320 : 300) };
  const altText = { name: spec.title, title: spec.title, description: describe(spec) };
  if (spec.kind === "pie") {
    const series = spec.series[0];
    if (!series || spec.series.length !== 1) throw new RangeError(`饼图“${spec.title}”应只有一个数据系列`);
    const total = sumFen(series.values);
    return new ChartRun({
      type: "pie",
      font,
      altText,
      transformation,
      categories: [...spec.categories],
      legend: false,
      firstSliceAngle: 0,
      series: [
        {
          name: series.name,
          values: series.values.map(chartNumber),
          pointLabels: series.values.map((value, i) => ({
            text: `${spec.categories[i] ?? ""}\n${showAmount(value)}万元\n${percent(value, total)}`,
          })),
        },
      ],
      // LibreOffice's best fit moves the labels of neighbouring small slices apart (2.50% and 2.94% of 图6 collide
      // when every label is put outside the end); black stays legible on the slices' fills.
      dataLabels: { category: true, value: true, position: "bestFit", font: { size: 9, color: "000000" } },
    });
  }
  return new ChartRun({
    type: "column",
    font,
    altText,
    transformation,
    categories: [...spec.categories],
    legend: spec.series.length > 1 ? { position: "bottom" } : false,
    series: spec.series.map((s) => ({
      name: s.name,
      values: s.values.map(chartNumber),
      pointLabels: s.values.map((value) => ({ text: `${showAmount(value)}万元` })),
    })),
    gapWidth: 120,
    dataLabels: { value: true, position: "outsideEnd", font: { size: 10, color: "000000" } },
    // A value axis from zero: a cut axis makes 877.47 → 874.05 look like a collapse.
    valueAxis: { minimum: 0, title: "万元", numberFormat: "0", font: { size: 9 } },
    categoryAxis: { font: { size: 10 } },
  });
}

/** The 万元 value as a chart number: parsed from its exact two-decimal text, not computed in floating point. */
function chartNumber(fen: Fen): number {
  return Number(showAmount(fen));
}

function percent(part: Fen, total: Fen): string {
  const rate = percentOf(part, total);
  return showPercent(rate);
}

/** "收、支决算总计变动情况：2022年 877.47万元；2023年 874.05万元。" for screen readers. */
function describe(spec: NativeChartSpec): string {
  const parts = spec.series.flatMap((s) => s.values.map((v, i) => `${spec.categories[i] ?? ""} ${showAmount(v)}万元`));
  return `${spec.title}：${parts.join("；")}。`;
}
