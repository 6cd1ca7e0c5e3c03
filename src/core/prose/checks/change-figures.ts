/**
 * PROSE-CHANGE-AMOUNT, PROSE-CHANGE-VERB, PROSE-CHANGE-RATE, PROSE-UNIT-WRONG and PROSE-ZERO-BASE for changes
 * against last year.
 *
 * The change rate's base is last year's figure (rules §5.3). When the sentence states it, it is used; otherwise it
 * is this year's figure minus an increase, or plus a decrease: "7.6万元，较上年度减少49.19万元，下降647.24%" has last
 * year at 56.79 and a decline of 86.62%. A printed rate equal to change ÷ this year is named as the likely cause, and
 * so is a shifted decimal point (37.3% for 3.73%).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { type Fen, wanToFen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import { judgePrintedValue, ratioRange } from "../../numbers/printed-verdict.ts";
import { type ChangeDirection, directionOf, directionOfDifference } from "../../parse/parse-change.ts";
import type { ChangeStatement } from "../extract-changes.ts";
import { type Figure, figureFen, halfUnitFen } from "../extract-figures.ts";
import type { ProseCheck } from "../prose-check.ts";
import { changeVerbBefore, isDoubleNegative } from "../comparison-markers.ts";
import { proseFinding } from "../prose-finding.ts";
import { reportPercent } from "../report-percent.ts";
import { showMessageAmount } from "../../display/show-number.ts";

const DIRECTION_WORDS: Record<ChangeDirection, string> = { increase: "增加", decrease: "减少", flat: "持平" };
const ONE_HUNDREDTH_WAN: Fen = 10_000;

export const checkChangeFigures: ProseCheck = ({ changes }) => changes.flatMap(checkStatement);

function checkStatement(statement: ChangeStatement): Finding[] {
  const findings: Finding[] = [];
  const { sentence, change, changeVerb, rate, rateVerb, current, prior } = statement;
  const amountDirection = flipIf(directionOf(changeVerb), change !== null && isDoubleNegative(change));
  const rateDirection = flipIf(directionOf(rateVerb), rate !== null && isDoubleNegative(rate));
  for (const figure of [change, rate]) {
    if (!figure || !isDoubleNegative(figure) || figure.value.isZero()) continue;
    const verb = changeVerbBefore(figure) ?? "";
    const meant = DIRECTION_WORDS[flipIf(directionOf(verb), true) ?? "flat"];
    const unit = figure.unit === "%" ? "%" : (figure.unit ?? "");
    findings.push(
      proseFinding(
        "PROSE-DOUBLE-NEGATIVE",
        sentence,
        `“${verb}-${figure.number}${unit}”是双重否定，意为${rateWord(meant, figure)}${figure.number}${unit}，应直接写作“${rateWord(meant, figure)}${figure.number}${unit}”`,
        {
          expected: `${rateWord(meant, figure)}${figure.number}${unit}`,
          found: `${verb}-${figure.number}${unit}`,
        },
      ),
    );
  }
  if (amountDirection && rateDirection && amountDirection !== rateDirection) {
    // Where a minus sign turns the direction round ("减少…，下降-81.75%"), the clash is said with the signed figure.
    const signed = (verb: string | null, figure: Figure | null) =>
      figure && isDoubleNegative(figure) ? `${verb ?? ""}-${figure.number}${figure.unit ?? ""}` : (verb ?? "");
    const said = [signed(changeVerb, change), signed(rateVerb, rate)] as const;
    findings.push(
      proseFinding("PROSE-CHANGE-VERB", sentence, `同一变动先说“${said[0]}”又说“${said[1]}”，方向相反`, {
        found: `${said[0]}…${said[1]}`,
      }),
    );
  }
  const direction = amountDirection ?? rateDirection;
  const currentFen = current ? figureFen(current.figure) : null;
  const priorFen = prior ? figureFen(prior.figure) : null;
  const changeFen = change ? changeAsWanFen(change) : null;

  if (currentFen !== null && priorFen !== null) {
    const difference = currentFen - priorFen;
    const actual = directionOfDifference(new Dec(difference));
    const differenceText = `${current?.figure.number}−${prior?.figure.number} = ${showMessageAmount(difference)}万元`;
    // "0万元，上年度0万元，增长0%": nothing changed and nothing is claimed; PROSE-ZERO-BASE-ZERO says how to write it.
    const claimsNothing =
      actual === "flat" && priorFen === 0 && [change, rate].every((f) => f === null || f.value.isZero());
    if (direction && direction !== actual && !claimsNothing) {
      const should =
        actual === "flat" ? "持平" : `${DIRECTION_WORDS[actual]}${showMessageAmount(Math.abs(difference))}万元`;
      findings.push(
        proseFinding(
          "PROSE-CHANGE-VERB",
          sentence,
          `本年比上年${differenceText}，应为“${should}”，文中为“${changeVerb ?? rateVerb}”`,
          {
            expected: should,
            found: changeVerb ?? rateVerb ?? "",
          },
        ),
      );
    }
    if (change && changeFen !== null) {
      const gap = Math.abs(Math.abs(difference) - changeFen);
      if (change.unit === "元" && gap === 0 && difference !== 0) {
        findings.push(
          proseFinding(
            "PROSE-UNIT-WRONG",
            sentence,
            `变动额应为${change.number}万元（${differenceText}），文中写作${change.number}元`,
            {
              expected: `${change.number}万元`,
              found: `${change.number}元`,
            },
          ),
        );
      } else if (gap !== 0) {
        const code =
          gap <= ONE_HUNDREDTH_WAN && change.unit !== "元" ? "PROSE-DISPLAY-ROUNDING" : "PROSE-CHANGE-AMOUNT";
        const unitWritten = change.unit ?? "";
        const tail = code === "PROSE-DISPLAY-ROUNDING" ? "；相差0.01万元以内，可由万元金额尾数的四舍五入解释" : "";
        findings.push(
          proseFinding(
            code,
            sentence,
            `变动额应为${showMessageAmount(Math.abs(difference))}万元（${differenceText}），文中为${change.number}${unitWritten}${tail}`,
            {
              expected: `${showMessageAmount(Math.abs(difference))}万元`,
              found: `${change.number}${unitWritten}`,
            },
          ),
        );
      }
    }
  }

  if (rate) {
    const finding = checkRate(statement, direction, currentFen, priorFen, changeFen);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The change amount in 分, reading a 元 figure as the 万元 it stands for (the unit mistake is reported apart). */
function changeAsWanFen(change: Figure): Fen | null {
  try {
    return wanToFen(change.number);
  } catch {
    return null;
  }
}

function checkRate(
  statement: ChangeStatement,
  direction: ChangeDirection | null,
  currentFen: Fen | null,
  priorFen: Fen | null,
  changeFen: Fen | null,
): Finding | null {
  const { sentence, rate } = statement;
  if (!rate) return null;
  const derived = rateBase(statement, direction, currentFen, priorFen, changeFen);
  if (!derived) return null;
  const { base, amount, baseHalf, amountHalf, baseNote } = derived;
  if (base < 0) return null;
  if (base === 0) {
    return proseFinding(
      rate.value.isZero() ? "PROSE-ZERO-BASE-ZERO" : "PROSE-ZERO-BASE",
      sentence,
      `上年数为0，增减率无意义，应写“—”或“上年无此项支出”，文中为${rate.number}%`,
      {
        expected: "—",
        found: `${rate.number}%`,
      },
    );
  }
  const exact = percentOf(amount, base);
  if (exact === null) return null;
  const range = ratioRange(new Dec(amount), amountHalf, new Dec(base), baseHalf);
  const formula = `${showMessageAmount(amount)}÷${showMessageAmount(base)}${baseNote}`;
  return reportPercent({
    kind: "changeRate",
    sentence,
    printed: rate,
    exact,
    range,
    formula,
    hintWhenWrong: likelyCause(rate, exact, amount, currentFen),
  });
}

interface RateBase {
  base: Fen;
  amount: Fen;
  baseHalf: Dec;
  amountHalf: Dec;
  /** How last year's figure was found, for the message: "" when stated, "，上年数=874.05+3.42" when derived. */
  baseNote: string;
}

/**
 * Last year's figure and the change: as stated, or derived from this year's figure and the change. Each comes with
 * half a unit of its rounding; a derived figure carries the rounding of both figures it was derived from.
 */
function rateBase(
  statement: ChangeStatement,
  direction: ChangeDirection | null,
  currentFen: Fen | null,
  priorFen: Fen | null,
  changeFen: Fen | null,
): RateBase | null {
  const { change, current, prior } = statement;
  if (priorFen !== null && prior) {
    const baseHalf = halfUnitFen(prior.figure);
    // Both years printed: the rate is that of their difference, also where the printed change is wrong (said apart).
    const changeAgrees = changeFen !== null && (currentFen === null || Math.abs(currentFen - priorFen) === changeFen);
    if (changeFen !== null && change && changeAgrees)
      return { base: priorFen, amount: changeFen, baseHalf, amountHalf: halfUnitFen(change), baseNote: "" };
    if (currentFen === null || !current) return null;
    const amountHalf = halfUnitFen(current.figure).plus(baseHalf);
    return { base: priorFen, amount: Math.abs(currentFen - priorFen), baseHalf, amountHalf, baseNote: "" };
  }
  if (currentFen === null || changeFen === null || !current || !change || !direction || direction === "flat")
    return null;
  const amountHalf = halfUnitFen(change);
  const increase = direction === "increase";
  return {
    base: increase ? currentFen - changeFen : currentFen + changeFen,
    amount: changeFen,
    baseHalf: halfUnitFen(current.figure).plus(amountHalf),
    amountHalf,
    baseNote: `，上年数=${current.figure.number}${increase ? "−" : "+"}${change.number}`,
  };
}

function likelyCause(rate: Figure, exact: Dec, amount: Fen, currentFen: Fen | null): string | undefined {
  if (currentFen !== null && currentFen !== 0) {
    const overCurrent = percentOf(amount, currentFen);
    if (overCurrent && judgePrintedValue(rate, overCurrent) === "exact") {
      return `文中数值等于变动额÷本年数（${showMessageAmount(amount)}÷${showMessageAmount(currentFen)}），分母应为上年数`;
    }
  }
  const expected = exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  for (const factor of [10, 100]) {
    if (rate.value.div(factor).equals(expected) || rate.value.times(factor).equals(expected)) return "疑为小数点错位";
  }
  return undefined;
}

function flipIf(direction: ChangeDirection | null, flip: boolean): ChangeDirection | null {
  if (!flip || direction === null || direction === "flat") return direction;
  return direction === "increase" ? "decrease" : "increase";
}

/** 增长/下降 for a rate, 增加/减少 for an amount. */
function rateWord(meant: string, figure: Figure): string {
  if (figure.unit !== "%") return meant;
  return meant === "增加" ? "增长" : meant === "减少" ? "下降" : meant;
}
