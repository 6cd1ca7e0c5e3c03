/**
 * Paragraphs of the self-evaluation reports built from generated or user text. Flags the sentence generators put in
 * ("【请补充：偏差原因分析及改进措施】") are printed highlighted in yellow, so the user sees at a glance what is left to
 * complete before the report goes out; everything else is the official body or table style.
 * @module
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { splitFlagged } from "../../core/narrative/self-evaluation/flag-text.ts";
import { bodyParagraph, CHINESE, FONT, run, SIZE } from "../docx/official-format.ts";

interface RunOptions {
  font: string;
  size: number;
  bold?: boolean;
}

/**
 * A run-in heading the unit set in bold, as a transcription marks it ("**2、多层次开展科普工作。**一是…", 乐山):
 * printed bold, never with its asterisks.
 */
const BOLD_MARK = /\*\*([^*\n]+?)\*\*/g;

/** The plain runs of `text`, its **bold** parts bold. */
function markedRuns(text: string, options: RunOptions): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(BOLD_MARK)) {
    if (match.index > at) runs.push(run(text.slice(at, match.index), options));
    runs.push(run(match[1] as string, { ...options, bold: true }));
    at = match.index + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push(run(text.slice(at), options));
  return runs;
}

/** Runs of `text` with every flag highlighted and the unit's **bold** run-in headings bold. */
export function flaggedRuns(text: string, options: RunOptions = { font: FONT.body, size: SIZE.sanhao }): TextRun[] {
  return splitFlagged(text).flatMap((piece) =>
    piece.flagged
      ? new TextRun({
          text: piece.text,
          font: { ascii: options.font, hAnsi: options.font, eastAsia: options.font, cs: options.font },
          size: options.size,
          bold: options.bold ?? false,
          language: CHINESE,
          highlight: "yellow",
        })
      : markedRuns(piece.text, options),
  );
}

/** A body paragraph (仿宋 三号, indented, 28 pt line) whose flags are highlighted. */
export function reportParagraph(text: string): Paragraph {
  return bodyParagraph(flaggedRuns(text));
}

/** A unit's multi-line text as body paragraphs, one per non-blank line. */
export function textParagraphs(text: string): Paragraph[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => reportParagraph(line));
}

/** Table-cell paragraphs (one per line) in the table font, flags highlighted. */
export function cellParagraphs(text: string, options: { size: number; align: "left" | "center" }): Paragraph[] {
  return text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment: options.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 300, lineRule: LineRuleType.AUTO },
        children: flaggedRuns(line, { font: FONT.table, size: options.size }),
      }),
  );
}

/** A table's caption: 黑体 三号, centred, as the forms print "2024年度部门整体支出绩效自评表". */
export function tableTitle(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 240, line: 400, lineRule: LineRuleType.AUTO },
    keepNext: true,
    children: [run(text, { font: FONT.heading1, size: SIZE.sanhao })],
  });
}

/** "附件1" at the top left of an attachment page (黑体 三号), starting a new page. */
export function attachmentLabel(text: string): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: [run(text, { font: FONT.heading1, size: SIZE.sanhao })],
  });
}

/** A short note under a table (仿宋 小四, left). */
export function tableNote(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 120, line: 360, lineRule: LineRuleType.AUTO },
    children: [run(text, { font: FONT.body, size: SIZE.xiaosi })],
  });
}
