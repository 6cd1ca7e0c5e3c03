/**
 * Every piece of free text in a dataset with its path: narrative sections, project descriptions, goals, indicator
 * cells, printed figures. The text checks (placeholders, years, ‱) read them here. The 基础数据表 fund rows are
 * left out: their "……" and "（一个专项一行）" rows belong to the official form itself.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { formatPath } from "../dataset/dataset-path.ts";
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
 * The cheap first test a text check makes of a text as written ("has a ‱", "has a year"): a text that fails it gives
 * that check nothing. It depends on the string alone, so its result is kept per string and every screen of a run is
 * tested in the one walk that lists the texts: a province's indicator cells repeat a few thousand strings, and a
 * check then meets only the texts that pass its screen.
 */
export interface TextScreen {
  /** Position among the screens: bit `1 << index` of a text's mask. */
  readonly index: number;
  test(text: string): boolean;
}

const screens: TextScreen[] = [];

/** A screen for a text check, defined once at module level (at most 30). */
export function defineTextScreen(test: (text: string) => boolean): TextScreen {
  if (screens.length >= 30) throw new RangeError("too many text screens");
  const screen = { index: screens.length, test };
  screens.push(screen);
  // Masks kept so far were made without this screen.
  masksByText.clear();
  return screen;
}

/** Which screens a string passes, by string; bounded, and long texts (rarely repeated) are not kept. */
const masksByText = new Map<string, number>();
const MASKS_KEPT = 50_000;
const LONGEST_KEPT = 256;

function maskOf(text: string): number {
  const kept = masksByText.get(text);
  if (kept !== undefined) return kept;
  let mask = 0;
  if (NOT_BLANK.test(text)) for (const screen of screens) if (screen.test(text)) mask |= 1 << screen.index;
  if (text.length <= LONGEST_KEPT) {
    if (masksByText.size >= MASKS_KEPT) masksByText.clear();
    masksByText.set(text, mask);
  }
  return mask;
}

/** The texts that pass a screen, in listing order: the run's (listed once for all screens), or the dataset's. */
export function screenedTexts(
  context: {
    dataset: Dataset;
    texts?: readonly DatasetText[];
    screenedTexts?: (screen: TextScreen) => readonly DatasetText[];
  },
  screen: TextScreen,
): readonly DatasetText[] {
  if (context.screenedTexts) return context.screenedTexts(screen);
  return datasetTexts(context).filter((field) => screen.test(field.text));
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

/**
 * The texts of a dataset that pass each screen defined so far, by screen bit position: one walk, in listing order,
 * and no text object made for a text that passes none.
 */
export function listScreenedTexts(dataset: Dataset): DatasetText[][] {
  const out: DatasetText[][] = screens.map(() => []);
  visitRecord(dataset as unknown as Record<string, unknown>, [], false, false, out);
  return out;
}

/**
 * The fields of one object in the screened walk. Strings are screened here, in the loop, rather than in a call per
 * field: most fields of a dataset are strings (amounts, names, cells) and most pass no screen. The path is kept as
 * a stack of segments (`segments`, this object's own path) and joined only for a text that passes a screen.
 */
function visitRecord(
  record: Record<string, unknown>,
  segments: (string | number)[],
  inIndicator: boolean,
  skipFunds: boolean,
  out: DatasetText[][],
) {
  for (const key in record) {
    if (skipFunds && key === "funds") continue;
    const value = record[key];
    if (typeof value === "string") {
      if (NOT_TEXT.has(key)) continue;
      const mask = maskOf(value);
      if (mask !== 0) addScreened(segments, key, value, inIndicator && INDICATOR_CELLS.has(key), mask, out);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    // A dataset's own fields are never an indicator table; below them, an "indicators" list is.
    const indicators = inIndicator || (segments.length > 0 && key === "indicators");
    segments.push(key);
    visitContainer(value, segments, indicators, out);
    segments.pop();
  }
}

/** An object or array of the screened walk, at `segments`. */
function visitContainer(value: object, segments: (string | number)[], inIndicator: boolean, out: DatasetText[][]) {
  if (!Array.isArray(value)) {
    const skipFunds = segments.length === 1 && segments[0] === "basicData";
    visitRecord(value as Record<string, unknown>, segments, inIndicator, skipFunds, out);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item === "string") {
      const mask = maskOf(item);
      if (mask !== 0) addScreened(segments, i, item, false, mask, out);
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    segments.push(i);
    visitContainer(item, segments, inIndicator, out);
    segments.pop();
  }
}

/** A text that passes the screens of `mask`, listed under each of them. */
function addScreened(
  segments: readonly (string | number)[],
  segment: string | number,
  value: string,
  indicatorCell: boolean,
  mask: number,
  out: DatasetText[][],
) {
  const text = new ListedText(formatPath(segments), segment, value, indicatorCell);
  for (let i = 0; i < out.length; i++) if (mask & (1 << i)) out[i]?.push(text);
}

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
