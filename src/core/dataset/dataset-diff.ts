/**
 * What changed between two versions of a dataset, field by field, and how to replay such changes. The server keeps
 * the changes of each edit instead of a full copy, and shows reviewers the differences between two submissions.
 * Arrays are compared index by index (a project or indicator keeps its place in its table).
 * @module
 */
import { formatPath, type PathSegment } from "./dataset-path.ts";

export interface DatasetChange {
  /** "projects[2].evaluation.indicators[3].actual". */
  path: string;
  segments: PathSegment[];
  /** Absent (undefined) when the field did not exist before; likewise `after` when it was removed. */
  before?: unknown;
  after?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function diffDatasets(before: unknown, after: unknown): DatasetChange[] {
  const changes: DatasetChange[] = [];
  const walk = (a: unknown, b: unknown, segments: PathSegment[]) => {
    if (a === b) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const length = Math.max(a.length, b.length);
      for (let i = 0; i < length; i++) walk(a[i], b[i], [...segments, i]);
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], [...segments, key]);
      return;
    }
    const change: DatasetChange = { path: formatPath(segments), segments };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    changes.push(change);
  };
  walk(before, after, []);
  return changes;
}

/** Replays changes on a copy of `dataset` (as recorded by diffDatasets) and returns the copy. */
export function applyDatasetChanges(dataset: unknown, changes: readonly DatasetChange[]): unknown {
  const root: { value: unknown } = { value: structuredClone(dataset) };
  for (const change of changes) {
    let parent: Record<string | number, unknown> = root as unknown as Record<string, unknown>;
    let key: PathSegment = "value";
    for (const segment of change.segments) {
      let next = parent[key];
      if (next === undefined || next === null || typeof next !== "object") {
        next = typeof segment === "number" ? [] : {};
        parent[key] = next;
      }
      parent = next as Record<string | number, unknown>;
      key = segment;
    }
    if (change.after === undefined) {
      if (Array.isArray(parent) && typeof key === "number") parent.length = Math.min(parent.length, key);
      else delete parent[key];
    } else {
      parent[key] = structuredClone(change.after);
    }
  }
  return root.value;
}
