/**
 * Puts every finding of `check` in the original file's terms: a dataset path (projects[3].evaluation.indicators[2])
 * is walked down to the deepest item that carries a `sourceLine`, and that line of the document's rendering is a
 * place (表2 第5行, 第3页, 第12段); a prose finding carries its line already.
 * @module
 */
import type { Finding } from "../core/findings/finding.ts";
import { describePlace, placeOfLine, type SourceDocument } from "./source-document.ts";

export interface LocatedFinding extends Finding {
  /** The place in the original file, or "" when the finding is about the dataset as a whole. */
  where: string;
}

/** Splits "a.b[2].c" into ["a", "b", 2, "c"]. */
function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/** The sourceLine of the deepest item on the path, if any. */
export function sourceLineOfPath(dataset: unknown, path: string): number | undefined {
  let node: unknown = dataset;
  let line: number | undefined;
  for (const segment of pathSegments(path)) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<string | number, unknown>)[segment];
    const own = node !== null && typeof node === "object" ? (node as { sourceLine?: unknown }).sourceLine : undefined;
    if (typeof own === "number") line = own;
  }
  return line;
}

export function locateFinding(finding: Finding, dataset: unknown, document: SourceDocument): LocatedFinding {
  const line = finding.line ?? sourceLineOfPath(dataset, finding.location);
  return { ...finding, where: describePlace(placeOfLine(document, line), document.format) };
}
