/**
 * Sets one value deep in the dataset without changing the original: new objects along the path, everything else
 * shared (the page keeps the dataset immutable, so React and the deferred audit see each edit as a new value).
 * `undefined` removes the field.
 */
import type { PathSegment } from "../../../src/core/dataset/dataset-path.ts";
import type { Dataset } from "../../../src/core/dataset/schema.ts";

export function updateAt(dataset: Dataset, segments: readonly PathSegment[], value: unknown): Dataset {
  return setIn(dataset, segments, 0, value) as Dataset;
}

function setIn(node: unknown, segments: readonly PathSegment[], depth: number, value: unknown): unknown {
  if (depth === segments.length) return value;
  const segment = segments[depth] as PathSegment;
  const child = node !== null && typeof node === "object" ? (node as Record<PathSegment, unknown>)[segment] : undefined;
  const next = setIn(child, segments, depth + 1, value);
  if (typeof segment === "number") {
    const array = Array.isArray(node) ? node.slice() : [];
    array[segment] = next;
    return array;
  }
  const copy: Record<string, unknown> =
    node !== null && typeof node === "object" ? { ...(node as Record<string, unknown>) } : {};
  if (next === undefined) delete copy[segment];
  else copy[segment] = next;
  return copy;
}
