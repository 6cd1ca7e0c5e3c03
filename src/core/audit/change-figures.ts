/**
 * The printed change figures of one change site read once: the amount and the rate with the text each was found
 * in, and the prior-year value, taken as stored or, when the dataset has none, recovered from the printed change
 * amount (上年 = 本年 ∓ 增减额). CHANGE-RATE, CHANGE-AMOUNT, CHANGE-VERB and AMOUNT-UNIT share this reading.
 * @module
 */
import { amountToFen, type Fen, MAX_DECIMALS, type MoneyUnit, wanToFen } from "../money/fen.ts";
import { Dec } from "../numbers/decimal.ts";
import type { ChangeDirection } from "../parse/parse-change.ts";
import type { ChangeSite, PrintedText } from "./finance-sites.ts";
import { type ChangeFigure, claimedDirection, type PrintedChange, readPrintedChange } from "./printed-values.ts";
import { messageAmountIn } from "../display/show-number.ts";

export interface LocatedFigure {
  figure: ChangeFigure;
  change: PrintedChange;
  at: PrintedText;
}

export interface ReadChangeSite {
  site: ChangeSite;
  changes: { change: PrintedChange; at: PrintedText }[];
  amount: LocatedFigure | null;
  rate: LocatedFigure | null;
  currentFen: Fen | null;
  /**
   * Prior-year value in 分 and how it was obtained. `halfFen`: half a unit of the last digit of a change printed in
   * 亿元 (0.05 亿元 for "3.3亿元"), the rounding the derived value carries.
   */
  prior: { fen: Fen; derived: false } | { fen: Fen; derived: true; formula: string; halfFen?: Fen } | null;
}

/**
 * `documentUnit` is the dataset's amountUnit: a printed figure written without a unit is in it (a 元 document writes
 * "减少3,420.00" for 3 420 元).
 */
export function readChangeSite(site: ChangeSite, documentUnit: MoneyUnit = "万元"): ReadChangeSite {
  const changes = site.texts.map((at) => ({ change: readPrintedChange(at.text), at }));
  const pick = (key: "amount" | "rate"): LocatedFigure | null => {
    for (const { change, at } of changes) {
      const figure = change[key];
      if (figure && !change.placeholder) return { figure, change, at };
    }
    return null;
  };
  const amount = pick("amount");
  const rate = pick("rate");
  const currentFen = site.current === undefined ? null : wanToFen(site.current);
  let prior: ReadChangeSite["prior"] = null;
  if (site.prior !== undefined) prior = { fen: wanToFen(site.prior), derived: false };
  else if (currentFen !== null && amount) {
    // Only a figure in the document's own unit (or in 亿元, which no one mistakes for it) is read as the change: one
    // in the other unit may be the unit mistake AMOUNT-UNIT reports, and is not used to derive last year.
    const inYi = amount.figure.unit === "亿元" ? yiToFen(amount.figure.value, amount.figure.decimals) : null;
    const own =
      figureUnit(amount.figure, documentUnit) === documentUnit && amount.figure.decimals <= MAX_DECIMALS[documentUnit];
    const direction = claimedDirection(amount.change, amount.figure) ?? rate?.figure.direction ?? null;
    const changeFen = inYi ? inYi.fen : own ? amountToFen(amount.figure.valueText, documentUnit) : null;
    if (changeFen !== null && (direction === "increase" || direction === "decrease")) {
      const fen = direction === "increase" ? currentFen - changeFen : currentFen + changeFen;
      const sign = direction === "increase" ? "−" : "+";
      const show = messageAmountIn(documentUnit);
      const formula = `${show(currentFen)} ${sign} ${show(changeFen)} = ${show(fen)}`;
      prior = inYi ? { fen, derived: true, formula, halfFen: inYi.halfFen } : { fen, derived: true, formula };
    }
  }
  return { site, changes, amount, rate, currentFen, prior };
}

const FEN_PER_YI = 10_000_000_000;

/** A 亿元 figure in 分, with half a unit of its last printed digit; null when it is not a whole number of 分. */
function yiToFen(value: Dec, decimals: number): { fen: Fen; halfFen: Fen } | null {
  const fen = value.times(FEN_PER_YI);
  if (!fen.isInteger() || decimals > 10) return null;
  return { fen: fen.toNumber(), halfFen: new Dec(10).pow(-decimals).times(FEN_PER_YI).div(2).toNumber() };
}

export function directionOfFen(difference: Fen): ChangeDirection {
  if (difference === 0) return "flat";
  return difference > 0 ? "increase" : "decrease";
}

/** The unit a printed money figure is in: as written, else the document's. */
export function figureUnit(figure: { unit: string | null }, documentUnit: MoneyUnit): MoneyUnit | null {
  if (figure.unit === null) return documentUnit;
  return figure.unit === "万元" || figure.unit === "元" ? figure.unit : null;
}
