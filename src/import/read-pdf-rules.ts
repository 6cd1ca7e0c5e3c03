/**
 * The ruling lines of each PDF page — the borders of its tables — read from poppler's `pdftocairo -svg` output.
 * A PDF's text layer says nothing about tables; its drawing does: Word, WPS and LibreOffice draw a table's borders
 * as stroked lines (or as thin filled rectangles), and those lines are the table's grid. Only axis-aligned straight
 * pieces are kept; glyphs are `<use>` references to symbols in `<defs>` and never reach here.
 * @module
 */
import { scanDocumentXml } from "../documents/docx/scan-document-xml.ts";

/** A horizontal (`y` fixed, from `x1` to `x2`) or vertical (`x` fixed, from `y1` to `y2`) ruling, in PDF points from
 * the top-left corner of the page — the coordinates of `pdftotext -bbox-layout`. */
export type Rule = { kind: "h"; y: number; x1: number; x2: number } | { kind: "v"; x: number; y1: number; y2: number };

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A piece this much off the axis still counts as straight (PDF writers round). */
const STRAIGHT_TOLERANCE = 0.5;
/** A filled rectangle this thin is a border drawn as a bar, not a shaded cell. */
const BAR_THICKNESS = 2.5;
/** Shorter pieces are ticks, bullets or underlines of a single character, never a table border. */
const MIN_LENGTH = 3;

function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** `matrix(a,b,c,d,e,f)`, `translate(x,y)` and `scale(s)` — what cairo writes — composed left to right. */
function parseTransform(value: string | undefined): Matrix {
  if (!value) return IDENTITY;
  let m = IDENTITY;
  for (const [, fn, args] of value.matchAll(/(matrix|translate|scale)\(([^)]*)\)/g)) {
    const n = (args ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (n.some((v) => !Number.isFinite(v))) continue;
    if (fn === "matrix" && n.length === 6) m = multiply(m, n as unknown as Matrix);
    else if (fn === "translate") m = multiply(m, [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0]);
    else if (fn === "scale") m = multiply(m, [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0]);
  }
  return m;
}

/** The polylines of a path's `d` (absolute M/L/H/V/Z; a path with curves is a drawing, not a border). */
function polylines(d: string): [number, number][][] | null {
  const result: [number, number][][] = [];
  let current: [number, number][] = [];
  let x = 0;
  let y = 0;
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let i = 0;
  const number = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === "M") {
      if (current.length > 1) result.push(current);
      x = number();
      y = number();
      current = [[x, y]];
    } else if (command === "L") {
      x = number();
      y = number();
      current.push([x, y]);
    } else if (command === "H") {
      x = number();
      current.push([x, y]);
    } else if (command === "V") {
      y = number();
      current.push([x, y]);
    } else if (command === "Z" || command === "z") {
      if (current.length > 0) current.push(current[0] as [number, number]);
    } else {
      return null;
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  }
  if (current.length > 1) result.push(current);
  return result;
}

function ruleOf(ax: number, ay: number, bx: number, by: number): Rule | null {
  if (Math.abs(ay - by) <= STRAIGHT_TOLERANCE && Math.abs(ax - bx) >= MIN_LENGTH)
    return { kind: "h", y: (ay + by) / 2, x1: Math.min(ax, bx), x2: Math.max(ax, bx) };
  if (Math.abs(ax - bx) <= STRAIGHT_TOLERANCE && Math.abs(ay - by) >= MIN_LENGTH)
    return { kind: "v", x: (ax + bx) / 2, y1: Math.min(ay, by), y2: Math.max(ay, by) };
  return null;
}

/** A thin filled axis-aligned rectangle as the line along its middle; null for anything else. */
function barRule(points: [number, number][]): Rule | null {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = points.every(
    ([x, y]) =>
      (Math.abs(x - x1) <= STRAIGHT_TOLERANCE || Math.abs(x - x2) <= STRAIGHT_TOLERANCE) &&
      (Math.abs(y - y1) <= STRAIGHT_TOLERANCE || Math.abs(y - y2) <= STRAIGHT_TOLERANCE),
  );
  if (!axisAligned) return null;
  if (y2 - y1 <= BAR_THICKNESS && x2 - x1 >= MIN_LENGTH) return { kind: "h", y: (y1 + y2) / 2, x1, x2 };
  if (x2 - x1 <= BAR_THICKNESS && y2 - y1 >= MIN_LENGTH) return { kind: "v", x: (x1 + x2) / 2, y1, y2 };
  return null;
}

function isNone(style: string, property: "stroke" | "fill"): boolean {
  const value = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(style)?.[1]?.trim();
  return value === undefined ? property === "stroke" : value === "none";
}

/** The rules of every page of a `pdftocairo -svg` document, page by page (index 0 = page 1). */
export function readPdfRules(svg: string): Rule[][] {
  const pages: Rule[][] = [];
  let rules: Rule[] | null = null;
  const stack: Matrix[] = [IDENTITY];
  let inDefs = 0;
  // A one-page SVG has no <page> elements: its body is the page.
  const paged = svg.includes("<pageSet");
  if (!paged) rules = pages[0] = [];
  for (const token of scanDocumentXml(svg)) {
    if (token.kind !== "tag") continue;
    const { name, isEnd, isEmpty, tag } = token;
    if (name === "defs" || name === "symbol" || name === "clipPath" || name === "mask" || name === "pattern") {
      if (isEnd) inDefs = Math.max(0, inDefs - 1);
      else if (!isEmpty) inDefs += 1;
      continue;
    }
    if (inDefs > 0) continue;
    if (name === "page" && paged) {
      if (!isEnd) rules = pages[pages.length] = [];
      continue;
    }
    if (name === "g") {
      if (isEnd) stack.length = Math.max(1, stack.length - 1);
      else if (!isEmpty) stack.push(multiply(stack.at(-1) ?? IDENTITY, parseTransform(attribute(tag, "transform"))));
      continue;
    }
    if (name !== "path" || isEnd || !rules) continue;
    const d = attribute(tag, "d");
    if (!d) continue;
    const lines = polylines(d);
    if (!lines) continue;
    const m = multiply(stack.at(-1) ?? IDENTITY, parseTransform(attribute(tag, "transform")));
    const style = attribute(tag, "style") ?? "";
    const stroked = !isNone(style, "stroke");
    for (const line of lines) {
      const points = line.map(([x, y]) => apply(m, x, y));
      if (stroked) {
        for (let k = 1; k < points.length; k++) {
          const [a, b] = [points[k - 1], points[k]] as [[number, number], [number, number]];
          const rule = ruleOf(a[0], a[1], b[0], b[1]);
          if (rule) rules.push(rule);
        }
      } else if (!isNone(style, "fill") || !style.includes("fill")) {
        const rule = barRule(points);
        if (rule) rules.push(rule);
      }
    }
  }
  return pages;
}
