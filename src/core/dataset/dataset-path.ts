/**
 * A location in a dataset: its segments (["projects", 3, "evaluation", "indicators", 2, "actual"]) and the one text
 * form every message, finding and form field prints it in ("projects[3].evaluation.indicators[2].actual"). The audit,
 * the validation, the diff and the web page's editor all use this type and these two functions.
 * @module
 */

/** A key of an object, or an index of an array. */
export type PathSegment = string | number;

export type DatasetPath = readonly PathSegment[];

/** ["projects", 3, "name"] → "projects[3].name". */
export function formatPath(segments: DatasetPath): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? s : `.${s}`;
  }
  return out;
}

/**
 * The first key is a field of the dataset (an identifier); a key further in may be any map key ("2023", "一级").
 * Sticky patterns, matched where the previous segment ended: no rest of the text is copied per segment (the audit
 * reads the location of every finding of a province).
 */
const FIRST_KEY = /[A-Za-z_$][\w$]*/y;
const KEY = /[^.[\]\s]+/y;
const INDEX = /\[(\d+)\]/y;
const OPEN_BRACKET = 91;
const DOT = 46;

/**
 * "projects[3].name" → ["projects", 3, "name"]: the inverse of {@link formatPath}, for a location that arrives as
 * text. Null for text that is not a dataset path ("第13行", "（根）").
 */
export function parsePath(text: string): DatasetPath | null {
  const segments: PathSegment[] = [];
  let at = 0;
  while (at < text.length) {
    if (segments.length > 0 && text.charCodeAt(at) === OPEN_BRACKET) {
      INDEX.lastIndex = at;
      const index = INDEX.exec(text);
      if (index) {
        segments.push(Number(index[1]));
        at = INDEX.lastIndex;
        continue;
      }
    }
    let from = at;
    if (segments.length > 0) {
      if (text.charCodeAt(at) !== DOT) return null;
      from = at + 1;
    }
    const pattern = segments.length === 0 ? FIRST_KEY : KEY;
    pattern.lastIndex = from;
    const key = pattern.exec(text);
    if (!key) return null;
    segments.push(key[0]);
    at = pattern.lastIndex;
  }
  return segments.length === 0 ? null : segments;
}

/** True when `path` is `prefix` or lies under it (["projects", 3] holds ["projects", 3, "name"]). */
export function pathStartsWith(path: DatasetPath, prefix: DatasetPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** What stands at `path` in `node` (a dataset or a part of it); undefined where the path leads nowhere. */
export function valueAtPath(node: unknown, path: DatasetPath): unknown {
  let at = node;
  for (const segment of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PathSegment, unknown>)[segment];
  }
  return at;
}
