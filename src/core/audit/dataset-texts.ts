/**
 * Every piece of free text in a dataset with its path: narrative sections, project descriptions, goals, indicator
 * cells, printed figures. The text checks (placeholders, years, ‱) read them here. The 基础数据表 fund rows are
 * left out: their "……" and "（一个专项一行）" rows belong to the official form itself.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
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

/**
 * A class rather than an object literal with a getter: a dataset lists hundreds of texts per audit run. The path is
 * joined on first read, as only the texts a check reports need one.
 */
class ListedText implements DatasetText {
  readonly key: string;
  #path: string | undefined;
  #normalized: string | undefined;
  constructor(
    private readonly parentPath: string,
    private readonly segment: string | number,
    readonly text: string,
    readonly indicatorCell: boolean,
  ) {
    this.key = String(segment);
  }

  get path(): string {
    this.#path ??= joinPath(this.parentPath, this.segment);
    return this.#path;
  }

  get normalized(): string {
    this.#normalized ??= normalizeWidth(this.text);
    return this.#normalized;
  }
}

/** The path of a child: "projects" + 3 → "projects[3]", "projects[3]" + "name" → "projects[3].name" (as formatPath). */
function joinPath(parent: string, segment: string | number): string {
  if (typeof segment === "number") return `${parent}[${segment}]`;
  return parent === "" ? segment : `${parent}.${segment}`;
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

const NOT_BLANK = /\S/;

export function listDatasetTexts(dataset: Dataset): DatasetText[] {
  const out: DatasetText[] = [];
  const visit = (value: unknown, parentPath: string, segment: string | number, inIndicator: boolean) => {
    if (typeof value === "string") {
      const named = typeof segment === "string";
      if ((named && NOT_TEXT.has(segment)) || !NOT_BLANK.test(value)) return;
      out.push(new ListedText(parentPath, segment, value, inIndicator && named && INDICATOR_CELLS.has(segment)));
      return;
    }
    if (value === null || typeof value !== "object") return;
    // Paths are joined once per object or array, not once per text.
    const path = joinPath(parentPath, segment);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], path, i, inIndicator);
      return;
    }
    for (const key in value) {
      if (path === "basicData" && key === "funds") continue;
      visit((value as Record<string, unknown>)[key], path, key, inIndicator || key === "indicators");
    }
  };
  for (const key in dataset) visit((dataset as Record<string, unknown>)[key], "", key, false);
  return out;
}
