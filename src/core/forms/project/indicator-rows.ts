/**
 * The 绩效指标 part of the 四川 project form: a header row (一级指标 … 未完成原因分析) and one row per indicator, with
 * 一级 and 二级 merged down their rows. An indicator table the unit split into blocks (seed 004's 人才发展专项 prints a
 * second 绩效指标 block) repeats the header per block, and merges never cross a block.
 * @module
 */
import type { EvaluationTable, Indicator } from "../../dataset/schema.ts";
import { Dec } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { resolveLevels } from "../../scoring/indicator-hierarchy.ts";
import type { IndicatorScore, TableScore } from "../../scoring/score-types.ts";
import { score } from "../figure.ts";
import { figureCell, type FormCell, textCell } from "../form.ts";
import { formOperator } from "../form-operator.ts";
import { mergeRuns } from "../merge-runs.ts";

const HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "完成值",
  "权重",
  "得分",
  "未完成原因分析",
];

export interface IndicatorFormRowsOptions {
  table: EvaluationTable | undefined;
  score: TableScore | null;
  profile: RuleProfile;
  /** The section label, e.g. "绩效指标（90分）". */
  label: string;
}

interface PlacedIndicator {
  indicator: Indicator;
  scored: IndicatorScore | undefined;
  level1: string;
  level2: string | null;
}

/** Rows of the 绩效指标 part on the form's 12 columns (三级指标 spans two). */
export function indicatorFormRows(options: IndicatorFormRowsOptions): FormCell[][] {
  const indicators = options.table?.indicators ?? [];
  const levels = resolveLevels(indicators, options.profile);
  const placed = indicators.map<PlacedIndicator>((indicator, i) => ({
    indicator,
    scored: options.score?.indicators[i],
    level1: levels[i]?.level1 ?? "",
    level2: levels[i]?.level2 ?? null,
  }));
  const blocks = splitBlocks(placed);
  if (blocks.length === 0) blocks.push([]);
  return blocks.flatMap((block) => blockRows(block, options));
}

/** Consecutive indicators with the same block number form one printed block. */
function splitBlocks(placed: readonly PlacedIndicator[]): PlacedIndicator[][] {
  const blocks: PlacedIndicator[][] = [];
  let current: number | undefined;
  for (const item of placed) {
    const block = item.indicator.block ?? 1;
    if (blocks.length === 0 || block !== current) blocks.push([]);
    current = block;
    blocks.at(-1)?.push(item);
  }
  return blocks;
}

function blockRows(block: readonly PlacedIndicator[], options: IndicatorFormRowsOptions): FormCell[][] {
  const decimals = options.profile.rounding.indicatorDecimals;
  const header: FormCell[] = [
    textCell(options.label, { rowSpan: block.length + 1, header: true }),
    ...HEADERS.map((text) => textCell(text, { header: true, colSpan: text === "三级指标" ? 2 : 1 })),
  ];
  const level1Spans = mergeRuns(block.map((item) => item.level1 || null));
  const level2Spans = mergeRuns(
    block.map((item) => (item.level2 === null ? null : `${item.level1}\u0000${item.level2}`)),
  );
  const rows = block.map((item, i) => {
    const { indicator, scored } = item;
    const cells: FormCell[] = [];
    const span1 = level1Spans[i] ?? 1;
    const span2 = level2Spans[i] ?? 1;
    if (span1 > 0) cells.push(textCell(item.level1, { rowSpan: span1 }));
    if (span2 > 0) cells.push(textCell(item.level2 ?? "", { rowSpan: span2 }));
    cells.push(
      textCell(indicator.level3, { align: "left", colSpan: 2 }),
      textCell(formOperator(indicator)),
      textCell(indicator.target ?? ""),
      textCell(indicator.unit ?? ""),
      textCell(indicator.actual ?? ""),
      indicator.weight === undefined ? textCell("") : figureCell(score(new Dec(indicator.weight), decimals)),
      figureCell(score(scored?.final ?? null, decimals)),
      textCell(indicator.reason ?? "", { align: "left" }),
    );
    return cells;
  });
  return [header, ...rows];
}
