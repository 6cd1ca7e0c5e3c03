/**
 * Official document formatting (党政机关公文格式 GB/T 9704-2012) for every Word document Jixiao writes: A4, the
 * standard margins (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), title in 方正小标宋简体 二号, 一级标题 黑体 三号,
 * 二级标题 楷体_GB2312 三号, body 仿宋_GB2312 三号 with a fixed 28 pt line, page numbers "— 1 —" in 宋体 四号,
 * and a zh-CN language tag on every run (a run tagged ja-JP renders Japanese glyph forms).
 *
 * Word on a machine without these fonts substitutes its own; LibreOffice here maps them through the project's
 * fontconfig file (ops/fontconfig/fonts.conf) to Noto Serif / Sans CJK SC.
 * @module
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
  type FileChild,
} from "docx";

/** Font names as a Chinese government office's Word has them. */
export const FONT = {
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  body: "仿宋_GB2312",
  table: "仿宋_GB2312",
  pageNumber: "宋体",
} as const;

/** Sizes in half-points (docx units): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21, xiaowu: 18 } as const;

/**
 * Table-cell text sizes that have a paragraph style of their own ("表格文字"): the style holds the table font, the
 * size, the language tag, centring and single-and-a-quarter spacing, so that each of the thousands of runs in a
 * form's cells carries only its text, its language tag and bold where set. A 21-project form otherwise repeats six run properties
 * per cell, which made writing it the slowest step of a package.
 */
const TABLE_CELL_SIZES = [SIZE.xiaosi, SIZE.wuhao, SIZE.xiaowu] as const;
/** Line spacing of table cells, in 240ths of a line (1.25 lines). */
export const TABLE_CELL_LINE = 300;

/** The id of the "表格文字" style of a size, or undefined when the size has none. */
export function tableCellStyleId(size: number): string | undefined {
  return (TABLE_CELL_SIZES as readonly number[]).includes(size) ? `JixiaoCell${size}` : undefined;
}

const MM = 56.6929; // twips per millimetre
export const PAGE = {
  width: Math.round(210 * MM),
  height: Math.round(297 * MM),
  landscape: false,
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
} as const;

/** Fixed line spacing of the body: 28 pt, which gives the 22 lines a page of the standard. */
export const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

// East Asian text is tagged zh-CN (simplified forms, not Japanese ones); the Latin/digit language stays unset because
// LibreOffice breaks digits like CJK characters when w:val is zh-CN ("增加6.0 / 4万元").
export const CHINESE = { eastAsia: "zh-CN" } as const;

function fontOf(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

export interface RunStyle {
  font?: string;
  size?: number;
  bold?: boolean;
}

/** A text run with the Chinese language tag and one font for every script (digits included). */
export function run(text: string, style: RunStyle = {}): TextRun {
  // The body face and size are the document's defaults (officialDocument), so a body run states only what differs —
  // a report has thousands of runs, and each property written is work for the packer.
  const font = style.font ?? FONT.body;
  const size = style.size ?? SIZE.sanhao;
  return new TextRun({
    text,
    font: font === FONT.body ? undefined : fontOf(font),
    size: size === SIZE.sanhao ? undefined : size,
    bold: style.bold ? true : undefined,
    language: CHINESE,
  });
}

/** 标题: 方正小标宋简体 二号, centred, may span lines ("\n"); after a cover page it starts the next page. */
export function titleParagraph(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const lines = text.split("\n");
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          font: fontOf(FONT.title),
          size: SIZE.erhao,
          bold: true,
          language: CHINESE,
        }),
    ),
  });
}

/** 一级标题 (一、…): 黑体 三号. */
export function heading1(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    keepNext: true,
    children: [run(text, { font: FONT.heading1 })],
  });
}

/** 二级标题 (（一）…): 楷体_GB2312 三号. */
export function heading2(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    keepNext: true,
    children: [run(text, { font: FONT.heading2 })],
  });
}

/** 三级标题 (1.…): 仿宋_GB2312 三号 bold. */
export function heading3(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

/** Body paragraph: 仿宋_GB2312 三号, first line indented two characters, fixed 28 pt line. */
export function bodyParagraph(text: string | readonly ParagraphChild[]): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: typeof text === "string" ? [run(text)] : [...text],
  });
}

export interface CellParagraphOptions {
  /** Half-points (default 小四). */
  size?: number;
  bold?: boolean;
  align?: "left" | "center" | "right";
  /** Line spacing in 240ths of a line (default 1.25 lines). */
  lineSpacing?: number;
  /** Keep with the next paragraph (the last row of a table with its 注). */
  keepNext?: boolean;
}

/**
 * The paragraphs of a table cell, one per "\n"-separated line: 仿宋 in the given size (小四 by default, 五号 or 小五
 * for dense tables). Sizes with a "表格文字" style take their font, size and language from it; others carry them on
 * the run.
 */
export function cellParagraph(text: string, options: CellParagraphOptions = {}): Paragraph[] {
  const size = options.size ?? SIZE.xiaosi;
  const style = tableCellStyleId(size);
  const align = options.align ?? "center";
  const alignment =
    align === "center" && style
      ? undefined
      : { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[align];
  const line = options.lineSpacing ?? TABLE_CELL_LINE;
  const spacing = line === TABLE_CELL_LINE && style ? undefined : { line, lineRule: LineRuleType.AUTO };
  return text.split("\n").map(
    (textLine) =>
      new Paragraph({
        style,
        alignment,
        spacing,
        ...(options.keepNext ? { keepNext: true } : {}),
        children: [
          style
            ? new TextRun({ text: textLine, bold: options.bold ? true : undefined, language: CHINESE })
            : run(textLine, { font: FONT.table, size, bold: options.bold ?? false }),
        ],
      }),
  );
}

/** Footer with the page number as "— 1 —", 宋体 四号, centred. */
function pageNumberFooter(): Footer {
  const style = { font: fontOf(FONT.pageNumber), size: SIZE.sihao, language: CHINESE };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...style, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

export interface OfficialSection {
  children: FileChild[];
  /** Landscape pages for wide tables (项目支出绩效自评表 stays portrait; large tables may not). */
  landscape?: boolean;
  /**
   * A cover: its pages carry no page number, and the section after it starts again at 1 (a 公文's page numbers
   * count the body, GB/T 9704-2012 7.5).
   */
  cover?: boolean;
}

export interface OfficialDocumentOptions {
  title: string;
  /** Document properties: who made it (shown in Word's file info). */
  creator?: string;
  sections: OfficialSection[];
}

/** Builds the Document with the official page, fonts, language and page numbers on every section but a cover. */
export function officialDocument(options: OfficialDocumentOptions): Document {
  return new Document({
    title: options.title,
    creator: options.creator ?? "Jixiao",
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: SIZE.sanhao, language: CHINESE },
          paragraph: { spacing: BODY_LINE },
        },
      },
      paragraphStyles: TABLE_CELL_SIZES.map((size) => ({
        id: tableCellStyleId(size) as string,
        name: `表格文字 ${size / 2}磅`,
        basedOn: "Normal",
        run: { font: fontOf(FONT.table), size, language: CHINESE },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: TABLE_CELL_LINE, lineRule: LineRuleType.AUTO } },
      })),
    },
    sections: options.sections.map((section, i) => ({
      properties: {
        page: {
          size: section.landscape
            ? { width: PAGE.height, height: PAGE.width, orientation: "landscape" as const }
            : { width: PAGE.width, height: PAGE.height },
          margin: section.landscape
            ? {
                top: PAGE.margin.left,
                bottom: PAGE.margin.right,
                left: PAGE.margin.top,
                right: PAGE.margin.bottom,
                footer: 567,
              }
            : { ...PAGE.margin, footer: 567 },
          ...(options.sections[i - 1]?.cover ? { pageNumbers: { start: 1 } } : {}),
        },
      },
      footers: { default: section.cover ? new Footer({ children: [] }) : pageNumberFooter() },
      children: section.children,
    })),
  });
}
