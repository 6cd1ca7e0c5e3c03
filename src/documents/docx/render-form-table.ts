/**
 * Draws a `Form` (src/core/forms) in Word: the grid as a table of the 156 mm type area with the form's merges, bold
 * header and total cells, highlighted 【请补充】 flags, and — for a form printed on its own — the title, the caption line
 * (单位 left, 金额单位 right) and the notes. The Excel renderer (`xlsx/render-form-sheet.ts`) draws the same Form, so
 * the two files hold the same cell text.
 * @module
 */
import { AlignmentType, type FileChild, LineRuleType, Paragraph, TabStopType } from "docx";
import { type Form, isBold } from "../../core/forms/form.ts";
import { cellParagraphs } from "../self-evaluation/report-paragraphs.ts";
import { type GridCell, gridTable } from "./grid-table.ts";
import { FONT, run, SIZE } from "./official-format.ts";

/** Twips of the A4 type area (156 mm), the width every form table fills. */
export const TYPE_AREA_TWIPS = 8844;
/** Single line spacing, for the dense forms (the project 自评表). */
const DENSE_LINE_SPACING = 240;

/** The form's column widths in twips, scaled to the type area; the last column takes the rounding. */
export function formColumnTwips(form: Pick<Form, "columnWidths">, total = TYPE_AREA_TWIPS): number[] {
  const sum = form.columnWidths.reduce((a, b) => a + b, 0);
  const twips = form.columnWidths.map((w) => Math.round((w / sum) * total));
  twips[twips.length - 1] = (twips.at(-1) ?? 0) + total - twips.reduce((a, b) => a + b, 0);
  return twips;
}

/** Half-points of the form's text size. */
export function formFontSize(form: Pick<Form, "textSize">): number {
  return Math.round(form.textSize * 2);
}

/**
 * The form's grid as a Word table (no title or notes: a report prints its own attachment title). With
 * `keepEndWithNotes`, its last row stays on the page of the notes printed under it.
 */
export function renderFormTable(form: Form, keepEndWithNotes = false): FileChild {
  const size = formFontSize(form);
  const rows = form.rows.map((cells) =>
    cells.map((cell): GridCell => {
      const align = cell.align ?? "center";
      return {
        text: cell.text,
        ...(cell.colSpan !== undefined ? { colSpan: cell.colSpan } : {}),
        ...(cell.rowSpan !== undefined ? { rowSpan: cell.rowSpan } : {}),
        align,
        bold: isBold(cell),
        // A flag the unit must resolve is highlighted, so it cannot be missed when the file is read.
        ...(cell.missing
          ? { paragraphs: cellParagraphs(cell.text, { size, align: align === "left" ? "left" : "center" }) }
          : {}),
      };
    }),
  );
  return gridTable({
    columnWidths: formColumnTwips(form),
    rows,
    fontSize: size,
    headerRows: form.headerRows,
    ...(form.dense ? { lineSpacing: DENSE_LINE_SPACING, verticalCellMargin: 0 } : {}),
    ...(keepEndWithNotes ? { keepLastRowWithNext: true } : {}),
  });
}

export interface FormBlockOptions {
  /** Start the form on a new page. */
  newPage?: boolean;
  /** Half-points of the title (default 小二, which fits "部门预算项目支出绩效自评表（2023年度）" on one line). */
  titleSize?: number;
}

/** The form printed on its own: title, caption line, table and notes. */
export function renderFormBlock(form: Form, options: FormBlockOptions = {}): FileChild[] {
  const size = formFontSize(form);
  const children: FileChild[] = [formTitle(form.title, options, form.dense ?? false)];
  if (form.code) children.push(codeParagraph(form.code));
  if (form.caption) children.push(captionParagraph(form.caption));
  // A note is about the rows above it: the last row goes with the notes, and the notes with one another, so no
  // page holds a 注 alone (the general rule; 凉山's 州本级公务用车运行维护费 form left its 注 on a page of its own).
  children.push(renderFormTable(form, form.notes.length > 0));
  form.notes.forEach((note, i) =>
    children.push(noteParagraph(note, size, form.dense ?? false, i < form.notes.length - 1)),
  );
  return children;
}

/** The title; above a dense form (one that must fill a single page) with less space under it. */
function formTitle(text: string, options: FormBlockOptions, dense: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: options.newPage ?? false,
    keepNext: true,
    spacing: { before: 0, after: dense ? 60 : 240, line: dense ? 400 : 480, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONT.title, size: options.titleSize ?? 36 })],
  });
}

/** "公开01表", flush right above the caption line, as the official forms print it. */
function codeParagraph(code: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    keepNext: true,
    spacing: { before: 0, after: 0, line: 300, lineRule: LineRuleType.AUTO },
    children: [run(code, { font: FONT.table, size: SIZE.wuhao })],
  });
}

function captionParagraph(caption: NonNullable<Form["caption"]>): Paragraph {
  const amount = caption.amountUnit ? `\t金额单位：${caption.amountUnit}` : "";
  return new Paragraph({
    keepNext: true,
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_TWIPS }],
    spacing: { before: 0, after: 60, line: 300, lineRule: LineRuleType.AUTO },
    children: [run(`单位：${caption.unit}${amount}`, { font: FONT.table, size: SIZE.wuhao })],
  });
}

/**
 * A note under the form; under a dense form (a project 自评表 filling its page) single-spaced and close to the table,
 * so its two lines stay on the table's page instead of making a page of their own.
 */
function noteParagraph(text: string, size: number, dense: boolean, keepNext: boolean): Paragraph {
  return new Paragraph({
    ...(keepNext ? { keepNext: true } : {}),
    alignment: AlignmentType.LEFT,
    spacing: dense
      ? { before: 0, line: 240, lineRule: LineRuleType.AUTO }
      : { before: 60, line: 300, lineRule: LineRuleType.AUTO },
    children: [run(text, { font: FONT.table, size })],
  });
}
