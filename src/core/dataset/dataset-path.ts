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

/** The first key is a field of the dataset (an identifier); a key further in may be any map key ("2023", "一级"). */
const FIRST_KEY = /^[A-Za-z_$][\w$]*/;
const KEY = /^[^.[\]\s]+/;
const INDEX = /^\[(\d+)\]/;

/**
 * "projects[3].name" → ["projects", 3, "name"]: the inverse of {@link formatPath}, for a location that arrives as
 * text. Null for text that is not a dataset path ("第13行", "（根）").
 */
export function parsePath(text: string): DatasetPath | null {
  const segments: PathSegment[] = [];
  let rest = text;
  while (rest !== "") {
    const index = INDEX.exec(rest);
    if (index && segments.length > 0) {
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
      continue;
    }
    const dotted = segments.length === 0 ? rest : rest.startsWith(".") ? rest.slice(1) : null;
    const key = dotted === null ? null : (segments.length === 0 ? FIRST_KEY : KEY).exec(dotted);
    if (!key || dotted === null) return null;
    segments.push(key[0]);
    rest = dotted.slice(key[0].length);
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
