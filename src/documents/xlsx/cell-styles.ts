/**
 * The look of every generated sheet, in one place: 宋体 for titles and headings, 仿宋_GB2312 for the figures and
 * text of the forms (the fonts the printed forms use; LibreOffice maps both to Noto Serif CJK through the project's
 * fontconfig file), thin black borders, wrapped and vertically centred text.
 * @module
 */
import type { Alignment, Borders, Font } from "exceljs";

export const SHEET_FONT = { heading: "宋体", body: "仿宋_GB2312" } as const;

/** Point sizes: the title of a sheet, and the cells. */
export const SHEET_SIZE = { title: 16, subtitle: 10, cell: 10 } as const;

export function titleFont(): Partial<Font> {
  return { name: SHEET_FONT.heading, size: SHEET_SIZE.title, bold: true };
}

/** Header and label cells (bold) are 宋体; the values are 仿宋. */
export function cellFont(bold: boolean, size: number = SHEET_SIZE.cell): Partial<Font> {
  return bold ? { name: SHEET_FONT.heading, size, bold: true } : { name: SHEET_FONT.body, size };
}

const THIN = { style: "thin", color: { argb: "FF000000" } } as const;

export function thinBorders(): Partial<Borders> {
  return { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Left- and right-aligned cells are indented one step, so text and figures do not touch the border. */
export function cellAlignment(align: "left" | "center" | "right" = "center"): Partial<Alignment> {
  return align === "center"
    ? { horizontal: align, vertical: "middle", wrapText: true }
    : { horizontal: align, vertical: "middle", wrapText: true, indent: 1 };
}
