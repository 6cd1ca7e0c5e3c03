/**
 * Printing and viewing of a generated sheet: A4, landscape unless told otherwise, fitted to one page wide (as many
 * pages tall as needed), centred, with the header rows frozen on screen and repeated on every printed page, and
 * "第 N 页 共 M 页" in the footer — so a sheet prints like the paper form without anyone touching 页面设置.
 * @module
 */
import type { Worksheet } from "exceljs";

export interface SheetLayoutOptions {
  /** Rows kept in view while scrolling and repeated at the top of each printed page (1..frozenRows). */
  frozenRows: number;
  landscape?: boolean;
}

/** A4 in Excel's paper-size codes. */
const PAPER_A4 = 9;

export function applySheetLayout(sheet: Worksheet, options: SheetLayoutOptions): void {
  sheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: options.frozenRows,
      topLeftCell: `A${options.frozenRows + 1}`,
      activeCell: "A1",
    },
  ];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: options.landscape === false ? "portrait" : "landscape",
    fitToPage: true,
    fitToWidth: 1,
    // 0 = as many pages tall as the rows need; only the width is forced onto one page.
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: options.frozenRows > 0 ? `1:${options.frozenRows}` : undefined,
  };
  sheet.headerFooter = { oddFooter: "&C第 &P 页 共 &N 页" };
}
