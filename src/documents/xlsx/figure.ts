/**
 * A form figure (src/core/forms/figure.ts) as an Excel cell: the same rounded Decimal the Word table prints as
 * `showFigure`, turned into a number only at the very end, with the number format that shows the same digits.
 * @module
 */
import { type Figure, figureShownValue } from "../../core/forms/figure.ts";
import { DASH } from "../../core/numbers/decimal.ts";

export type { Figure } from "../../core/forms/figure.ts";

/**
 * The value for a spreadsheet cell: core's `figureShownValue` (the Decimal rounded exactly as `showFigure` rounds
 * it), converted to a JS number only here (a rounded decimal with few digits survives the conversion unchanged). A
 * percentage becomes a fraction for Excel's "%" format; an undefined value becomes the text "—".
 */
export function figureCellValue(figure: Figure): number | string {
  const shown = figureShownValue(figure);
  if (shown === null) return DASH;
  if (typeof shown === "number") return shown;
  return figure.kind === "percent" ? shown.div(100).toNumber() : shown.toNumber();
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
