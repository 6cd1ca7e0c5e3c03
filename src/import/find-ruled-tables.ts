/**
 * Rebuilds the tables of one PDF page from its ruling lines and its words: the borders that touch each other form a
 * table; their distinct heights are its row lines and their distinct positions across its column lines; a border
 * missing between two neighbouring grid cells merges them (a 一级指标 cell spanning rows, a title spanning columns).
 * Each word goes to the cell its centre falls in; a cell's lines are joined the way the text layer spaces them out.
 * The words outside every table are handed back as the page's other lines.
 * @module
 */
import { closeLayoutSpaces } from "./pdf-layout-spaces.ts";
import type { PdfLine, PdfWord } from "./read-pdf-words.ts";
import type { Rule } from "./read-pdf-rules.ts";
import type { SourceCell } from "./source-document.ts";

/** Borders closer than this (points) are one line: writers draw a shared border twice, slightly apart. */
const SAME_LINE = 2;
/** A row or column narrower than this is the gap between two doubled borders, not a cell. */
const MIN_CELL = 3;

export interface RuledTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The column lines, left to right (so a continuation on the next page can be matched). */
  columns: number[];
  /** Grid rows, top to bottom, each with its cells as the other readers give them (col, span, mergedFromAbove). */
  rows: SourceCell[][];
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[][] = [];
  for (const v of sorted) {
    const last = result.at(-1);
    if (last && v - (last.at(-1) as number) <= SAME_LINE) last.push(v);
    else result.push([v]);
  }
  const centres = result.map((group) => group.reduce((s, v) => s + v, 0) / group.length);
  // Two lines MIN_CELL or less apart bound no cell: keep the first.
  return centres.filter((v, i) => i === 0 || v - (centres[i - 1] as number) > MIN_CELL);
}

function touches(a: Rule, b: Rule): boolean {
  const t = SAME_LINE;
  if (a.kind === "h" && b.kind === "h") return Math.abs(a.y - b.y) <= t && a.x1 <= b.x2 + t && b.x1 <= a.x2 + t;
  if (a.kind === "v" && b.kind === "v") return Math.abs(a.x - b.x) <= t && a.y1 <= b.y2 + t && b.y1 <= a.y2 + t;
  const [h, v] = a.kind === "h" ? [a, b as Extract<Rule, { kind: "v" }>] : [b as Extract<Rule, { kind: "h" }>, a];
  return v.x >= h.x1 - t && v.x <= h.x2 + t && h.y >= v.y1 - t && h.y <= v.y2 + t;
}

/** Groups of rules connected by touching: one group per table (or per box, underline, frame). */
function connectedGroups(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++)
      if (touches(rules[i] as Rule, rules[j] as Rule)) parent[find(i)] = find(j);
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}

function centre(word: PdfWord): [number, number] {
  return [(word.xMin + word.xMax) / 2, (word.yMin + word.yMax) / 2];
}

/** The text of a cell's words: lines top to bottom, words left to right, spaced as the text layer would close them. */
function cellText(words: PdfWord[]): string {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: PdfWord[][] = [];
  for (const word of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(centre(word)[1] - centre(first)[1]) < (first.yMax - first.yMin) / 2) line.push(word);
    else lines.push([word]);
  }
  return closeLayoutSpaces(
    lines
      .map((line) =>
        line
          .sort((a, b) => a.xMin - b.xMin)
          .map((w) => w.text)
          .join(" "),
      )
      .join(" "),
  ).trim();
}

function gridOf(group: readonly Rule[], words: PdfWord[]): RuledTable | null {
  const horizontal = group.filter((r): r is Extract<Rule, { kind: "h" }> => r.kind === "h");
  const vertical = group.filter((r): r is Extract<Rule, { kind: "v" }> => r.kind === "v");
  const ys = cluster(horizontal.map((r) => r.y));
  const xs = cluster(vertical.map((r) => r.x));
  if (ys.length < 2 || xs.length < 2) return null;
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  // A border is there when a rule along it covers the middle of the side between the two grid cells.
  const hasVertical = (j: number, r: number) => {
    const mid = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    return vertical.some((v) => Math.abs(v.x - (xs[j] as number)) <= SAME_LINE && v.y1 <= mid && v.y2 >= mid);
  };
  const hasHorizontal = (i: number, c: number) => {
    const mid = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
    return horizontal.some((h) => Math.abs(h.y - (ys[i] as number)) <= SAME_LINE && h.x1 <= mid && h.x2 >= mid);
  };
  const index = (r: number, c: number) => r * colCount + c;
  const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) {
      if (c + 1 < colCount && !hasVertical(c + 1, r)) join(index(r, c), index(r, c + 1));
      if (r + 1 < rowCount && !hasHorizontal(r + 1, c)) join(index(r, c), index(r + 1, c));
    }
  // Each merged cell as the rectangle of grid cells it covers.
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number; words: PdfWord[] }>();
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) {
      const root = find(index(r, c));
      const box = boxes.get(root);
      if (!box) boxes.set(root, { r0: r, r1: r, c0: c, c1: c, words: [] });
      else {
        box.r0 = Math.min(box.r0, r);
        box.r1 = Math.max(box.r1, r);
        box.c0 = Math.min(box.c0, c);
        box.c1 = Math.max(box.c1, c);
      }
    }
  const slot = (value: number, lines: number[]) => {
    for (let k = 0; k + 1 < lines.length; k++)
      if (value >= (lines[k] as number) && value < (lines[k + 1] as number)) return k;
    return -1;
  };
  for (const word of words) {
    const [x, y] = centre(word);
    const r = slot(y, ys);
    const c = slot(x, xs);
    if (r >= 0 && c >= 0) boxes.get(find(index(r, c)))?.words.push(word);
  }
  const rows: SourceCell[][] = Array.from({ length: rowCount }, () => []);
  for (const box of boxes.values()) {
    const span = box.c1 - box.c0 + 1;
    (rows[box.r0] as SourceCell[]).push({ text: cellText(box.words), col: box.c0, span });
    for (let r = box.r0 + 1; r <= box.r1; r++)
      (rows[r] as SourceCell[]).push({ text: "", col: box.c0, span, mergedFromAbove: true });
  }
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return {
    top: ys[0] as number,
    bottom: ys.at(-1) as number,
    left: xs[0] as number,
    right: xs.at(-1) as number,
    columns: xs,
    rows,
  };
}

/** The page's ruled tables, top to bottom, and its lines with the words of those tables taken out. */
export function findRuledTables(
  rules: readonly Rule[],
  lines: readonly PdfLine[],
): { tables: RuledTable[]; otherLines: PdfLine[] } {
  const words = lines.flatMap((line) => line.words);
  const tables: RuledTable[] = [];
  for (const group of connectedGroups(rules)) {
    const table = gridOf(group, words);
    // One cell is a frame (a text box, a stamp), not a table.
    if (table && table.rows.length * table.columns.length > 2 * 2) tables.push(table);
  }
  tables.sort((a, b) => a.top - b.top);
  const inside = (word: PdfWord) => {
    const [x, y] = centre(word);
    return tables.some((t) => x >= t.left && x <= t.right && y >= t.top && y <= t.bottom);
  };
  const otherLines = lines
    .map((line) => ({ words: line.words.filter((word) => !inside(word)) }))
    .filter((line) => line.words.length > 0);
  return { tables, otherLines };
}
