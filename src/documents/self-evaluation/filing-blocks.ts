/**
 * The 公文 parts of a filed report around its body (GB/T 9704-2012): the cover page, the 主送机关 flush left with a
 * full-width colon, the 附件说明 under the body ("附件：1．…", following items aligned under the first), the 发文机关
 * 署名 and the 成文日期 in Arabic numerals, right-aligned four characters in. Each part is printed only when the
 * dataset's `filing` has it; no blank "年 月 日" is ever printed.
 * @module
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import type { Filing } from "../../core/dataset/schema.ts";
import { BODY_LINE, CHINESE, FONT, run, SIZE } from "../docx/official-format.ts";

const fontOf = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** A line of the cover that names the document rather than its unit or date. */
function isCoverTitle(line: string): boolean {
  return !/[：:]/.test(line) && !/^\d{4}\s*年\s*\d{1,2}\s*月/.test(line);
}

/** The cover page: the title lines (小标宋 二号) a third of the way down, the other lines (仿宋 三号) lower (a section of its own, unnumbered). */
export function coverPage(lines: readonly string[]): Paragraph[] {
  const titles = lines.filter(isCoverTitle);
  const others = lines.filter((line) => !isCoverTitle(line));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 3600, after: 2400, line: 800, lineRule: LineRuleType.EXACT },
      children: titles.map(
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
    }),
    ...others.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: i === 0 ? 2400 : 0, line: 560, lineRule: LineRuleType.EXACT },
          children: [run(line)],
        }),
    ),
  ];
}

/**
 * 结束语 ("特此报告。"), body style, kept on the page of the signature: a closing page never holds a signature alone
 * (GB/T 9704 7.3.5.1: no page without body text).
 */
export function closingParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    keepNext: true,
    children: [run(text)],
  });
}

/** "（2024年度）" under the title, centred in 楷体. */
export function subtitleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_LINE, after: 280 },
    children: [run(text, { font: FONT.heading2 })],
  });
}

/** 主送机关: flush left, ending in a full-width colon. */
export function addresseeParagraph(addressee: string): Paragraph {
  const text = addressee.trim().replace(/[:：]?$/, "：");
  return new Paragraph({ spacing: BODY_LINE, children: [run(text)] });
}

/** 附件说明: "附件：1．部门整体支出绩效自评表", each further item under the first's number, one blank line above. */
export function attachmentList(names: readonly string[]): Paragraph[] {
  if (names.length === 0) return [];
  const numbered = names.length > 1;
  return [
    new Paragraph({ spacing: BODY_LINE, keepNext: true, children: [] }),
    ...names.map(
      (name, i) =>
        new Paragraph({
          spacing: BODY_LINE,
          keepNext: true,
          // "附件：" is three characters (3 × 16 pt = 960 twips) after a two-character indent (640).
          indent: i === 0 ? { firstLine: 640 } : { left: 1600 },
          children: [run(`${i === 0 ? "附件：" : ""}${numbered ? `${i + 1}．` : ""}${name}`)],
        }),
    ),
  ];
}

/**
 * 署名 and 成文日期 (and the 单位负责人 where the report was signed off), right-aligned four characters from the
 * margin, with a blank line above; the lines are `signatureLines`'s. The lines keep together, the last one not
 * with what follows: an attachment that starts a new page would otherwise pull the whole block onto a page of its
 * own.
 */
export function signatureBlock(lines: readonly string[]): Paragraph[] {
  const printed = lines.map((line) => line.trim()).filter((line) => line !== "");
  const right = (text: string, last: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: BODY_LINE,
      indent: { right: 1280 },
      keepNext: !last,
      keepLines: true,
      children: [run(text)],
    });
  return [
    new Paragraph({ spacing: BODY_LINE, keepNext: true, children: [] }),
    ...printed.map((line, i) => right(line, i === printed.length - 1)),
  ];
}

/** Every line the filing prints itself, so the unit's copy of it in the narrative is not printed a second time. */
export function filingLines(filing: Filing | undefined, unitName: string): Set<string> {
  const lines = new Set<string>([normalizeLine(unitName)]);
  if (!filing) return lines;
  const add = (text: string | undefined) => {
    for (const line of (text ?? "").split("\n")) if (line.trim() !== "") lines.add(normalizeLine(line));
  };
  add(filing.subtitle);
  add(filing.addressee);
  if (filing.addressee) add(filing.addressee.replace(/[:：]?$/, "："));
  add(filing.opening);
  add(filing.closing);
  add(filing.signature);
  add(filing.date);
  for (const line of filing.cover?.lines ?? []) add(line);
  for (const name of filing.attachments ?? []) add(name);
  return lines;
}

/** A line as compared for repetition: trimmed, inner blanks removed. */
export function normalizeLine(line: string): string {
  return line.replace(/[\s\u3000]+/g, "").trim();
}
