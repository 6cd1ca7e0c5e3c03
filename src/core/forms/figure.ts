/**
 * Figures of the official forms, kept exact until they are shown: money as integer 分, rates and scores as Decimals.
 * A form cell that shows a figure carries it beside its text, so the Word table prints the text and the Excel sheet
 * stores the same rounded number with a number format — the two can never show different digits. The text is always
 * `showFigure(figure)`, which goes through core's one display module (`show-number.ts`).
 * @module
 */
import { showAmount, showPercent, showScore } from "../display/show-number.ts";
import type { Fen } from "../money/fen.ts";
import type { Dec } from "../numbers/decimal.ts";

export type Figure =
  /** An amount shown in 万元 with 2 decimals. */
  | { kind: "money"; fen: Fen }
  /** A percentage (98.25 means 98.25%); null is a rate on a zero base, shown as "—". */
  | { kind: "percent"; value: Dec | null; decimals: number }
  /** A score or weight, rounded to `decimals` and printed without trailing zeros (10, 9.8, 9.47); null is "—". */
  | { kind: "score"; value: Dec | null; decimals: number }
  /** A whole count (persons, findings). */
  | { kind: "count"; value: number };

export const money = (fen: Fen): Figure => ({ kind: "money", fen });
export const percent = (value: Dec | null, decimals: number): Figure => ({ kind: "percent", value, decimals });
export const score = (value: Dec | null, decimals: number): Figure => ({ kind: "score", value, decimals });
export const count = (value: number): Figure => ({ kind: "count", value });

/** The figure as the printed form shows it: "86.50", "100.00%", "9.47", "10", or "—" for an undefined value. */
export function showFigure(figure: Figure): string {
  switch (figure.kind) {
    case "money":
      return showAmount(figure.fen);
    case "percent":
      return showPercent(figure.value, figure.decimals);
    case "score":
      return showScore(figure.value, figure.decimals, true);
    case "count":
      return String(figure.value);
  }
}
