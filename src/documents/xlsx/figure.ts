/**
 * A form figure (src/core/forms/figure.ts) as an Excel cell: the same rounded Decimal the Word table prints as
 * `showFigure`, turned into a number only at the very end, with the number format that shows the same digits.
 * @module
 */
import type { Figure } from "../../core/forms/figure.ts";
import { fenToWan } from "../../core/money/fen.ts";
import { DASH, Dec } from "../../core/numbers/decimal.ts";

export type { Figure } from "../../core/forms/figure.ts";

const MONEY_DECIMALS = 2;

/**
 * The value for a spreadsheet cell: the Decimal rounded half-up exactly as `showFigure` rounds it, converted to a
 * JS number only here (a rounded decimal with few digits survives the conversion unchanged). A percentage becomes a
 * fraction for Excel's "%" format; an undefined value becomes the text "—".
 */
export function figureCellValue(figure: Figure): number | string {
  switch (figure.kind) {
    case "money":
      return fenToWan(figure.fen).toDecimalPlaces(MONEY_DECIMALS, Dec.ROUND_HALF_UP).toNumber();
    case "percent":
      return figure.value === null
        ? DASH
        : figure.value.toDecimalPlaces(figure.decimals, Dec.ROUND_HALF_UP).div(100).toNumber();
    case "score":
      return figure.value === null ? DASH : figure.value.toDecimalPlaces(figure.decimals, Dec.ROUND_HALF_UP).toNumber();
    case "count":
      return figure.value;
  }
}

/** Excel number format of the figure: 0.00 for 万元, 0.00% for rates, General for scores (no "10." for a whole 10). */
export function figureNumFmt(figure: Figure): string {
  switch (figure.kind) {
    case "money":
      return "0.00";
    case "percent":
      return figure.decimals > 0 ? `0.${"0".repeat(figure.decimals)}%` : "0%";
    case "score":
      return "General";
    case "count":
      return "0";
  }
}
