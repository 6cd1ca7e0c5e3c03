/**
 * The document's amount unit (`amountUnit`, 万元 or 元): its limits, and the 万元 working copy the engine computes on.
 *
 * A dataset keeps its amounts in the unit the document prints, so a user types them as printed. The engine's sums are
 * in 分 either way; its code reads amounts as 万元 text, so a 元 dataset is converted once, exactly (元 has 2 decimals,
 * 万元 keeps 6), into a working copy that still says `amountUnit: "元"`, which is what messages print amounts in.
 * @module
 */
import { describeAmountLimit, fenToWanText, type MoneyUnit, yuanToFen } from "../money/fen.ts";
import { forEachMoneyField } from "./money-fields.ts";
import type { Dataset } from "./schema.ts";

export interface AmountIssue {
  path: (string | number)[];
  message: string;
}

/** Every amount beyond its unit's precision or size, with its path. */
export function checkAmountLimits(value: unknown, unit: MoneyUnit): AmountIssue[] {
  const issues: AmountIssue[] = [];
  forEachMoneyField(value, (path, text) => {
    const message = describeAmountLimit(text, unit);
    if (message !== null && issues.length < 200) issues.push({ path: [...path], message });
  });
  return issues;
}

/** Working copies already in 万元: converting one again would divide its amounts by 10 000 a second time. */
const workingCopies = new WeakSet<Dataset>();

/**
 * The dataset with its amounts in 万元 text: the same object for a 万元 dataset, an exact converted copy for a 元 one
 * (its `amountUnit` stays "元" for messages). Idempotent: a working copy is returned as it is.
 */
export function datasetInWan(dataset: Dataset): Dataset {
  if (dataset.amountUnit !== "元" || workingCopies.has(dataset)) return dataset;
  const copy = structuredClone(dataset);
  forEachMoneyField(copy, (_path, text, replace) => replace(fenToWanText(yuanToFen(text))));
  workingCopies.add(copy);
  return copy;
}

/** The unit a dataset's messages print amounts in. */
export function amountUnitOf(dataset: { amountUnit?: MoneyUnit }): MoneyUnit {
  return dataset.amountUnit ?? "万元";
}
