/**
 * Every piece of free text in a dataset with its path: narrative sections, project descriptions, goals, indicator
 * cells, printed figures. The text checks (placeholders, years, ‱) read them here. The 基础数据表 fund rows are
 * left out: their "……" and "（一个专项一行）" rows belong to the official form itself.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { formatPath } from "../findings/finding.ts";
import { normalizeWidth } from "../parse/normalize-text.ts";

export interface DatasetText {
  path: string;
  /** The last key of the path: "text", "level3", "change". */
  key: string;
  text: string;
  /** An indicator cell (三级指标, 指标值, 完成值): a year there must be the evaluated year. */
  indicatorCell: boolean;
  /** `text` with full-width digits and signs made half-width (normalizeWidth), made on first use. */
  readonly normalized: string;
}

/** The texts of the audit run (shared by its text checks), or of the dataset when a check runs on its own. */
export function datasetTexts(context: { dataset: Dataset; texts?: readonly DatasetText[] }): readonly DatasetText[] {
  return context.texts ?? listDatasetTexts(context.dataset);
}

/** A class rather than an object literal with a getter: a dataset lists hundreds of texts per audit run. */
class ListedText implements DatasetText {
  #normalized: string | undefined;
  constructor(
    readonly path: string,
    readonly key: string,
    readonly text: string,
    readonly indicatorCell: boolean,
  ) {}

  get normalized(): string {
    this.#normalized ??= normalizeWidth(this.text);
    return this.#normalized;
  }
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
  // One path stack, pushed and popped, rather than a new array per value: datasets hold tens of thousands of values.
  const segments: (string | number)[] = [];
  const walk = (value: unknown, inIndicator: boolean) => {
    if (typeof value === "string") {
      const key = segments[segments.length - 1];
      if (typeof key === "string" && NOT_TEXT.has(key)) return;
      if (value.trim() === "") return;
      const indicatorCell = inIndicator && typeof key === "string" && INDICATOR_CELLS.has(key);
      out.push(new ListedText(formatPath(segments), String(key), value, indicatorCell));
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        segments.push(i);
        walk(value[i], inIndicator);
        segments.pop();
      }
      return;
    }
    if (value !== null && typeof value === "object") {
      for (const key in value) {
        if (segments.length === 1 && segments[0] === "basicData" && key === "funds") continue;
        segments.push(key);
        walk((value as Record<string, unknown>)[key], inIndicator || key === "indicators");
        segments.pop();
      }
    }
  };
  for (const key in dataset) {
    segments.push(key);
    walk((dataset as Record<string, unknown>)[key], false);
    segments.pop();
  }
  return out;
}
