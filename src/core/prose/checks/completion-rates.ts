/**
 * PROSE-COMPLETION-RATE, PROSE-ZERO-BASE, PROSE-ZERO-BASE-LIKELY for "完成预算X%" / "预算执行率X%".
 *
 * The rate is checked against a budget and an actual amount stated earlier in the same paragraph ("年初预算12万元，
 * …支出12万元，预算执行率100%"). When several budgets are stated (年初 and 调整后), the rate may be against either
 * (rules §5.3: the basis varies), so it is wrong only if it matches none. A rate against a budget of 0 has no value
 * and must be "—". When only the actual is stated and it is 0, "完成预算0%" is suspect: a 0 budget (nothing planned,
 * as for 因公出国 with no trips) needs "—"; that is a warning because the budget itself is not stated.
 * @module
 */
import { showPercent } from "../../display/show-number.ts";
import type { Finding } from "../../findings/finding.ts";
import type { Fen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import { judgePrintedValue, type PrintedVerdict, ratioRange } from "../../numbers/printed-verdict.ts";
import { type Figure, figureFen, halfUnitFen, isMoney, isPercent } from "../extract-figures.ts";
import { isCompletionBase, isLevelAmount } from "../figure-roles.ts";
import type { ProseCheck } from "../prose-check.ts";
import { earlierInParagraph, type ProseDocument, type ReadSentence } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";
import { reportPercent } from "../report-percent.ts";

const COMPLETION_LABEL = /(?:完成(?:年初|调整后?|全年)?预算数?的?|执行率(?:为|达到?了?)?|执行预算)$/;
const BUDGET_LABEL = /预算/;
const NOT_BUDGET_LABEL = /决算|执行|完成/;
const ACTUAL_LABEL = /支出|决算|执行数|使用|共计|合计|计$/;
const VERDICT_RANK: Record<PrintedVerdict, number> = {
  exact: 0,
  lowPrecision: 1,
  displayRounding: 2,
  offByOne: 3,
  truncated: 4,
  wrong: 5,
};
/** How many figures back the budget and the spending are looked for. */
const STATED_LOOKBACK = 60;

interface Stated {
  figure: Figure;
  fen: Fen;
}

export const checkCompletionRates: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    for (const rate of sentence.figures.filter((f) => isPercent(f))) {
      const found = COMPLETION_LABEL.test(rate.label)
        ? checkRate(document, sentence, rate)
        : checkRateOnOwnBudget(document, sentence, rate);
      if (found) findings.push(...[found].flat());
    }
  }
  return findings;
};

/**
 * "基本支出100.00万元，完成年初预算110.00万元的90.91%": the rate names its own budget right before it, and the amount
 * it measures is the one before that — each sub-item against its own budget, not the total's.
 */
function checkRateOnOwnBudget(
  document: ProseDocument,
  sentence: ReadSentence,
  rate: Figure,
): Finding | Finding[] | null {
  const base = sentence.figures[rate.index - 1];
  if (!base || !isCompletionBase(base) || !/^的?$/.test(rate.label.trim())) return null;
  const budgetFen = figureFen(base);
  if (budgetFen === null) return null;
  for (let i = base.index - 1; i >= 0; i--) {
    const figure = sentence.figures[i];
    if (!figure || !isMoney(figure) || !isLevelAmount(sentence, figure, document.reportYear)) continue;
    const fen = figureFen(figure);
    return fen === null
      ? null
      : judgeCompletion(document, sentence, rate, { figure, fen }, [{ figure: base, fen: budgetFen }]);
  }
  return null;
}

function checkRate(document: ProseDocument, sentence: ReadSentence, rate: Figure): Finding | Finding[] | null {
  const { budgets, actual, wholeBudgetPassed } = statedBefore(document, sentence, rate);
  if (!actual) return null;
  // "预算为683.51万元…完成预算的52.4%，其中：因公出国（境）费决算为0万元，完成预算的0%": the part's own budget is not
  // stated, and 0% is right for any budget it has but a zero one, which nothing suggests here.
  if (wholeBudgetPassed && budgets.length === 0 && actual.fen === 0 && rate.value.isZero()) return null;
  return judgeCompletion(document, sentence, rate, actual, budgets);
}

function judgeCompletion(
  document: ProseDocument,
  sentence: ReadSentence,
  rate: Figure,
  actual: Stated,
  budgets: Stated[],
): Finding | Finding[] | null {
  const printed = `${rate.number}%`;
  if (budgets.length === 0) {
    if (actual.fen !== 0) return null;
    if (rate.value.isZero()) {
      return proseFinding(
        "PROSE-ZERO-BASE-LIKELY",
        sentence,
        `支出为0而写“完成预算0%”：若预算也为0（未安排），完成比例无意义，应写“—”；若预算不为0，请写明预算数`,
        { expected: "—", found: printed },
      );
    }
    return proseFinding(
      "PROSE-COMPLETION-RATE",
      sentence,
      `支出为0，完成比例不可能为${printed}；预算为0时应写“—”，否则应为0%`,
      {
        expected: "0%或—",
        found: printed,
      },
    );
  }
  const attempts = budgets.map((budget) => ({ budget, exact: percentOf(actual.fen, budget.fen) }));
  const nonZero = attempts.filter((a): a is { budget: Stated; exact: Dec } => a.exact !== null);
  if (nonZero.length === 0) {
    if (actual.fen !== 0) return null;
    return proseFinding(
      rate.value.isZero() ? "PROSE-ZERO-BASE-ZERO" : "PROSE-ZERO-BASE",
      sentence,
      `预算数为0，完成比例无意义，应写“—”，文中为${printed}`,
      {
        expected: "—",
        found: printed,
      },
    );
  }
  const rangeOf = (budget: Stated) =>
    ratioRange(new Dec(actual.fen), halfUnitFen(actual.figure), new Dec(budget.fen), halfUnitFen(budget.figure));
  // The rate may be against any stated budget (年初 or 调整后); judge it against the one it fits best.
  const judged = nonZero.map((a) => ({
    ...a,
    rank: VERDICT_RANK[judgePrintedValue(rate, a.exact, { expectedDecimals: 2, range: rangeOf(a.budget) })],
  }));
  const nearest = judged.reduce((best, a) => (a.rank < best.rank ? a : best));
  if (nearest.rank === 0) return null;
  const mislabelled = unitLabelMistake(document, sentence, rate, actual, nearest.budget);
  if (mislabelled.length > 0) return mislabelled;
  const others = nonZero.filter((a) => a.budget !== nearest.budget).map((a) => a.budget.figure.number);
  return reportPercent({
    kind: "completion",
    sentence,
    printed: rate,
    exact: nearest.exact,
    range: rangeOf(nearest.budget),
    formula: `${actual.figure.number}÷${nearest.budget.figure.number}`,
    ...(others.length > 0 ? { hintWhenWrong: `按文中其他预算数${others.join("、")}万元计算也不符` } : {}),
  });
}

/** The budgets (nearest first) and the actual amount stated before the rate in its paragraph. */
function statedBefore(
  document: ProseDocument,
  sentence: ReadSentence,
  rate: Figure,
): { budgets: Stated[]; actual: Stated | null; wholeBudgetPassed: boolean } {
  const budgets: Stated[] = [];
  // A budget left out because it is the whole's (past an earlier rate and a 其中): the rate is a part's.
  let wholeBudgetPassed = false;
  let actual: Stated | null = null;
  let actualSought = false;
  let looked = 0;
  // "预算为A，支出为B，完成预算的X%。其中：甲支出C，完成预算的Y%": past an earlier rate and a 其中, a budget is the
  // whole's, already measured; a part's rate is against its own budget, which is then not stated.
  let rateBetween = false;
  let partsBetween = false;
  for (const source of [sentence, ...earlierInParagraph(document, sentence)]) {
    const from = source === sentence ? rate.index - 1 : source.figures.length - 1;
    let until = source === sentence ? rate.start : source.text.length;
    for (let i = from; i >= 0; i--) {
      const figure = source.figures[i];
      if (!figure || ++looked > STATED_LOOKBACK) return { budgets, actual, wholeBudgetPassed };
      if (source.text.slice(figure.end, until).includes("其中")) partsBetween = true;
      until = figure.start;
      if (isPercent(figure) && COMPLETION_LABEL.test(figure.label)) rateBetween = true;
      if (!isMoney(figure) || !isLevelAmount(source, figure, document.reportYear)) continue;
      const fen = figureFen(figure);
      if (fen === null) continue;
      if (BUDGET_LABEL.test(figure.label) && !NOT_BUDGET_LABEL.test(figure.label)) {
        if (!(rateBetween && partsBetween)) budgets.push({ figure, fen });
        else wholeBudgetPassed = true;
      } else if (!actualSought) {
        // Only the amount nearest the rate can be what it measures; an earlier 支出 belongs to something else.
        actualSought = true;
        if (ACTUAL_LABEL.test(figure.label)) actual = { figure, fen };
      }
    }
    if (source.text.slice(0, until).includes("其中")) partsBetween = true;
  }
  return { budgets, actual, wholeBudgetPassed };
}

const MONEY_UNITS = new Set(["元", "万元"]);
const dominantUnits = new WeakMap<ProseDocument, "元" | "万元">();

/** The unit most amounts of the document are written in: the unit a mislabelled figure should have had. */
function dominantUnit(document: ProseDocument): "元" | "万元" {
  let unit = dominantUnits.get(document);
  if (unit === undefined) {
    let yuan = 0;
    let wan = 0;
    for (const sentence of document.sentences) {
      for (const figure of sentence.figures) {
        if (figure.unit === "元") yuan++;
        else if (figure.unit === "万元") wan++;
      }
    }
    unit = yuan > wan ? "元" : "万元";
    dominantUnits.set(document, unit);
  }
  return unit;
}

/**
 * A rate that is right once the amount and the budget are read in the same unit: one of them carries the wrong unit
 * label (a 元 document's "完成年初预算500,000.00万元的98.00%"). Said as a unit mistake with the rate in the right unit,
 * never as a rate of 0.00%.
 */
function unitLabelMistake(
  document: ProseDocument,
  sentence: ReadSentence,
  rate: Figure,
  actual: Stated,
  budget: Stated,
): Finding[] {
  const a = actual.figure.unit;
  const b = budget.figure.unit;
  if (a === b || !MONEY_UNITS.has(String(a)) || !MONEY_UNITS.has(String(b))) return [];
  const unit = dominantUnit(document);
  const wrong = a === unit ? budget : actual;
  const relabelled = figureFen({ ...wrong.figure, unit });
  if (relabelled === null) return [];
  const actualFen = wrong === actual ? relabelled : actual.fen;
  const budgetFen = wrong === budget ? relabelled : budget.fen;
  const exact = percentOf(actualFen, budgetFen);
  if (exact === null) return [];
  const range = ratioRange(
    new Dec(actualFen),
    halfUnitFen({ ...actual.figure, unit }),
    new Dec(budgetFen),
    halfUnitFen({ ...budget.figure, unit }),
  );
  const verdict = judgePrintedValue(rate, exact, { expectedDecimals: 2, range });
  // Relabelled, the rate is right or off only in its last digit: the label is the mistake, and the rate is then
  // judged in the right unit (a 10,000-fold gap is never a rounding slip).
  if (VERDICT_RANK[verdict] > VERDICT_RANK.truncated) return [];
  const name = wrong === budget ? "预算数" : "支出数";
  const fits = VERDICT_RANK[verdict] <= VERDICT_RANK.displayRounding;
  const formula = `${actual.figure.number}÷${budget.figure.number}`;
  const labelFinding = proseFinding(
    "PROSE-UNIT-WRONG",
    sentence,
    `${name}${wrong.figure.number}的单位应为${unit}：按${unit}计完成率 ${showPercent(exact, 2)}（${formula}），${fits ? "与" : "接近"}文中${rate.number}%${fits ? "相符" : ""}`,
    { expected: `${wrong.figure.number}${unit}`, found: `${wrong.figure.number}${wrong.figure.unit}` },
  );
  const rateFinding = fits
    ? null
    : reportPercent({ kind: "completion", sentence, printed: rate, exact, range, formula: `${formula}，按${unit}计` });
  return rateFinding ? [labelFinding, rateFinding] : [labelFinding];
}
