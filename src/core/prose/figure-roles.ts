/**
 * What a figure is in its sentence: a level ("本年支出总额3537.34万元"), a change ("减少3.42万元"), last year's
 * figure ("上年度148.40万元"), or a share of something ("占53.65%"). Sums and shares are made of levels only.
 * @module
 */
import { changeVerbBefore, isPriorFigure } from "./comparison-markers.ts";
import { type Figure, isMoney, isPercent } from "./extract-figures.ts";
import type { ReadSentence } from "./prose-document.ts";

/**
 * An amount of money stated as this year's level: not a change, not last year's, not an aside in brackets, and not
 * the budget a completion rate is measured on ("完成全年预算6.0万元的35.0%": 6.0 is not the 三公 spending the next
 * change belongs to, nor a part of a "其中" list of spending).
 */
export function isLevelAmount(sentence: ReadSentence, figure: Figure, reportYear: number | null): boolean {
  return (
    isMoney(figure) &&
    !figure.inParentheses &&
    changeVerbBefore(figure) === null &&
    !isCompletionBase(figure) &&
    !isPriorFigure(figure, sentence.comparisons, reportYear)
  );
}

// The budget word right after the verb, with only its qualifiers: "完成全年预算", "为年初预算", "占调整后预算数的" —
// not "收入为一般公共预算614.51万元", where 一般公共预算 names the money itself.
const COMPLETION_BASE_LABEL = /(?:完成|占|达到?|为)了?(?:年初|全年|年度|本年|调整后的?|全年调整后)?预算(?:数|额)?的?$/;

/** The budget named as the base of a completion rate: "完成年初预算150.00万元的80.00%" → 150.00. */
export function isCompletionBase(figure: Figure): boolean {
  return isMoney(figure) && COMPLETION_BASE_LABEL.test(figure.label);
}

/** True for "占X%" / "占支出总额的X%". */
export function isShareFigure(figure: Figure): boolean {
  return isPercent(figure) && figure.label.startsWith("占");
}

/** The share stated right after an amount ("…7.41万元，占97.55%"), or null when another amount comes first. */
export function attachedShare(sentence: ReadSentence, amount: Figure): Figure | null {
  for (let i = amount.index + 1; i < sentence.figures.length; i++) {
    const figure = sentence.figures[i];
    if (!figure || isMoney(figure)) return null;
    if (isShareFigure(figure)) return figure;
  }
  return null;
}

/** The amount a share belongs to: the nearest amount before it in the sentence. */
export function amountBefore(sentence: ReadSentence, share: Figure): Figure | null {
  for (let i = share.index - 1; i >= 0; i--) {
    const figure = sentence.figures[i];
    if (figure && isMoney(figure)) return figure;
  }
  return null;
}

/** The name of the base a share names ("支出总额" in "占支出总额的"), or null for a bare "占". */
export function shareBaseName(share: Figure): string | null {
  const name = share.label.replace(/^占/, "").replace(/的$/, "").trim();
  return name === "" ? null : normalizeLabel(name);
}

/** A label without quotes and spaces, for comparing names ("“三公”经费" with "三公经费"). */
export function normalizeLabel(label: string): string {
  return label.replace(/[“”"‘’'「」\s\u3000]/g, "");
}
