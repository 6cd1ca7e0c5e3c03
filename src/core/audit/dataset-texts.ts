/**
 * Every piece of free text in a dataset with its path: narrative sections, project descriptions, goals, indicator
 * cells, printed figures. The text checks (placeholders, years, ‱) read them here. The 基础数据表 fund rows are
 * left out: their "……" and "（一个专项一行）" rows belong to the official form itself.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { formatPath } from "../findings/finding.ts";

export interface DatasetText {
  path: string;
  /** The last key of the path: "text", "level3", "change". */
  key: string;
  text: string;
  /** An indicator cell (三级指标, 指标值, 完成值): a year there must be the evaluated year. */
  indicatorCell: boolean;
}

/** Keys whose values are codes or enumerations, never prose. */
const NOT_TEXT = new Set([
  "code",
  "source",
  "kind",
  "operator",
  "operatorPrinted",
  "level",
  "type",
  "role",
  "nature",
  "unit",
  "qualitativeGrade",
  "id",
]);
const INDICATOR_CELLS = new Set(["level3", "target", "actual"]);

export function listDatasetTexts(dataset: Dataset): DatasetText[] {
  const out: DatasetText[] = [];
  const walk = (value: unknown, segments: (string | number)[], inIndicator: boolean) => {
    if (typeof value === "string") {
      const key = segments[segments.length - 1];
      if (typeof key === "string" && NOT_TEXT.has(key)) return;
      if (value.trim() === "") return;
      out.push({
        path: formatPath(segments),
        key: String(key),
        text: value,
        indicatorCell: inIndicator && typeof key === "string" && INDICATOR_CELLS.has(key),
      });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...segments, i], inIndicator);
      });
      return;
    }
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (segments.length === 1 && segments[0] === "basicData" && key === "funds") continue;
        walk(child, [...segments, key], inIndicator || key === "indicators");
      }
    }
  };
  for (const [key, value] of Object.entries(dataset)) walk(value, [key], false);
  return out;
}
