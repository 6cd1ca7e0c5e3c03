/**
 * A document that prints every amount in whole 万元 ("三公经费决算数2364万元…因公出国（境）经费12万元"): its figures are
 * rounded to 1 万元, not to 0.01, so a sum or a rate computed from them is known only to that rounding (12 + 1356 + 995
 * = 2363 for a printed 2364 is explained by it). The dataset's amounts are stored as printed, so the document prints
 * whole 万元 when none of its amounts carries decimals.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { amountUnitOf } from "../dataset/amount-unit.ts";

const PLAIN_NUMBER = /^-?\d[\d,]*(\.\d+)?$/;
/** Fewer amounts than this say too little about how the document prints them. */
const MIN_AMOUNTS = 3;

/** Strings of digits that are not amounts: 科目编码, 项目编码. */
const NOT_AMOUNT_KEYS = new Set(["code", "projectCode", "unitCode"]);

const cache = new WeakMap<Dataset, boolean>();

/** True when the dataset is in 万元 and holds at least three non-zero amounts, none of them with decimals. */
export function printsWholeWan(dataset: Dataset): boolean {
  const known = cache.get(dataset);
  if (known !== undefined) return known;
  let amounts = 0;
  let withDecimals = false;
  const visit = (value: unknown): void => {
    if (withDecimals) return;
    if (typeof value === "string") {
      const match = PLAIN_NUMBER.exec(value.trim());
      if (!match || /^-?0*(\.0*)?$/.test(value.trim())) return;
      if (match[1] !== undefined) withDecimals = true;
      else amounts++;
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) if (!NOT_AMOUNT_KEYS.has(key)) visit(inner);
  };
  visit(dataset.finalAccounts);
  visit(dataset.department);
  visit(dataset.projects);
  const whole = amountUnitOf(dataset) === "万元" && !withDecimals && amounts >= MIN_AMOUNTS;
  cache.set(dataset, whole);
  return whole;
}
