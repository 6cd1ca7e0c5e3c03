/**
 * The columns of the indicator import sheet, in the order of the official 绩效自评表 (and of the web grid's paste):
 * 一级/二级/三级指标, 指标性质, 指标值, 度量单位, 完成值, 权重, then the reason for a shortfall.
 * @module
 */
import type { Indicator } from "../../core/dataset/schema.ts";

export interface IndicatorColumn {
  key: keyof Indicator;
  header: string;
  width: number;
  required: boolean;
  note: string;
}

export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  {
    key: "level1",
    header: "一级指标",
    width: 12,
    required: true,
    note: "如 产出指标、效益指标、满意度指标；合并单元格或留空表示同上",
  },
  { key: "level2", header: "二级指标", width: 14, required: false, note: "如 数量指标、质量指标；留空表示同上" },
  { key: "level3", header: "三级指标", width: 30, required: true, note: "指标名称" },
  {
    key: "operator",
    header: "指标性质",
    width: 9,
    required: false,
    note: "≥ ≤ = > < 或 定性；也可写在指标值前，如 ≥95",
  },
  { key: "target", header: "指标值", width: 12, required: false, note: "年度指标值，如 95、≥2万、较为认可" },
  { key: "unit", header: "度量单位", width: 9, required: false, note: "如 %、人次、万元" },
  { key: "actual", header: "完成值", width: 12, required: false, note: "实际完成值" },
  { key: "weight", header: "权重", width: 8, required: false, note: "分值，不可为负" },
  { key: "reason", header: "偏差原因分析及改进措施", width: 36, required: false, note: "未完成或超额完成时必填" },
];
