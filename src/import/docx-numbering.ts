/**
 * Word's automatic numbering (`w:numPr` → `word/numbering.xml`): the "一、", "（一）", "1." of a heading that the
 * author did not type but Word draws. Without it a numbered heading reads as a plain paragraph and the sections are
 * lost. Counters run per abstract numbering and level, deeper levels restart when a shallower one advances; the
 * level's `lvlText` ("%1、", "（%1）", "%1.%2") is filled with each level's number in its format. Bullets and
 * numbering set through paragraph styles are not drawn.
 * @module
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (counting style, up to 99). */
function chineseCounting(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${ones === 0 ? "" : CHINESE_DIGITS[ones]}`;
  }
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = n;
  for (const [value, glyph] of table) while (rest >= value) [out, rest] = [out + glyph, rest - value];
  return out;
}

export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case "decimal":
    case "decimalZero":
      return String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "ideographTraditional":
    case "chineseLegalSimplified":
      return chineseCounting(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    default:
      return null;
  }
}

function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
}

export class DocxNumbering {
  private readonly abstractOf = new Map<string, string>();
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: string | undefined) {
    if (!numberingXml) return;
    for (const match of numberingXml.matchAll(
      /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
    )) {
      const levels = new Map<number, Level>();
      for (const lvl of (match[2] ?? "").matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
        const body = lvl[2] ?? "";
        levels.set(Number(lvl[1]), {
          start: Number(attribute(/<w:start\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? 1),
          format: attribute(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "decimal",
          text: attribute(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "",
        });
      }
      this.levels.set(match[1] ?? "", levels);
    }
    for (const match of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
      const abstract = attribute(/<w:abstractNumId\b[^>]*>/.exec(match[2] ?? "")?.[0] ?? "", "w:val");
      if (abstract !== undefined) this.abstractOf.set(match[1] ?? "", abstract);
    }
  }

  /** The label Word draws for the next paragraph numbered (numId, ilvl), or "" for none or a bullet. */
  next(numId: string, ilvl: number): string {
    const abstract = this.abstractOf.get(numId);
    const levels = abstract === undefined ? undefined : this.levels.get(abstract);
    const level = levels?.get(ilvl);
    if (!abstract || !levels || !level || numId === "0") return "";
    const counters = this.counters.get(abstract) ?? [];
    for (let l = 0; l < ilvl; l++) counters[l] ??= (levels.get(l)?.start ?? 1) - 1;
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.length = ilvl + 1;
    this.counters.set(abstract, counters);
    if (level.format === "bullet" || level.format === "none") return "";
    let failed = false;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const formatted = formatNumber(Math.max(1, counters[l] ?? 1), levels.get(l)?.format ?? "decimal");
      if (formatted === null) failed = true;
      return formatted ?? "";
    });
    return failed ? "" : label;
  }
}
