/**
 * CHANGE-VERB: the word before a change must agree with its sign — 增加/增长 for a rise, 减少/下降 for a fall,
 * 持平 only when both years are equal (seed 001: 三公 0.68 vs 0.67 is not 持平). A change printed without any verb
 * ("收、支总计各3.42万元") is flagged too: the reader cannot tell a rise from a fall. Unfilled "增加/减少" is
 * PLACEHOLDER-TEXT's.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { changeRate, Dec } from "../../numbers/decimal.ts";
import type { ChangeDirection } from "../../parse/parse-change.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { directionOfFen, readChangeSite } from "../change-figures.ts";
import { listChangeSites } from "../finance-sites.ts";
import { type ChangeFigure, DIRECTION_VERB } from "../printed-values.ts";
import { messageAmountIn, showPercent } from "../../display/show-number.ts";

const DIRECTION_NAME: Record<ChangeDirection, string> = { increase: "增加", decrease: "减少", flat: "持平" };

function rewrite(figure: ChangeFigure, direction: ChangeDirection): string {
  const verb =
    figure.unit === "%" || figure.unit === "‱" ? DIRECTION_VERB[direction].rate : DIRECTION_VERB[direction].amount;
  return direction === "flat" ? verb : `${verb}${figure.valueText}${figure.unit ?? ""}`;
}

export const changeVerbCheck: AuditCheck = {
  code: "CHANGE-VERB",
  severity: "error",
  title: "增减用词与增减方向不符或缺失",
  run({ dataset, profile }) {
    const findings: Finding[] = [];
    // Amounts in messages are in the document's unit.
    const unit = amountUnitOf(dataset);
    const amountText = messageAmountIn(unit);
    for (const site of listChangeSites(dataset)) {
      const read = readChangeSite(site, amountUnitOf(dataset));
      const { currentFen } = read;
      const storedPrior = read.prior && !read.prior.derived ? read.prior.fen : null;
      const actual = currentFen !== null && storedPrior !== null ? directionOfFen(currentFen - storedPrior) : null;
      const written =
        read.changes.flatMap(({ change }) => [change.amount?.direction, change.rate?.direction]).find((d) => d) ?? null;
      const figures = (): string => {
        if (currentFen === null || storedPrior === null) return "";
        return `本年 ${amountText(currentFen)}，上年 ${amountText(storedPrior)}`;
      };
      for (const { change, at } of read.changes) {
        if (change.placeholder) continue;
        const push = (expected: string, message: string) =>
          findings.push({
            code: this.code,
            severity: this.severity,
            location: at.path,
            expected,
            found: change.text,
            message,
          });
        const named = [change.amount, change.rate].filter((f): f is ChangeFigure => f !== null);
        if (named.length === 0) {
          if (change.flat && actual !== null && actual !== "flat" && currentFen !== null && storedPrior !== null) {
            const differenceFen = Math.abs(currentFen - storedPrior);
            const rate = changeRate(currentFen, storedPrior);
            const verbs = DIRECTION_VERB[actual];
            const expected = `${verbs.amount}${amountText(differenceFen)}${unit}${rate === null ? "" : `（${verbs.rate}${showPercent(rate.abs(), profile.rounding.rateDecimals)}）`}`;
            push(expected, `${site.label}并非持平：${figures()}，应为“${expected}”，原文为“${change.text}”`);
          }
          continue;
        }
        for (const figure of named) {
          if (figure.doubleNegative && figure.direction !== null) {
            // "下降-5.20%" says 增长5.20% the long way round: a style fault, not a wrong direction.
            const meant = rewrite(figure, figure.direction);
            const wrongWay = actual !== null && actual !== figure.direction;
            findings.push({
              code: this.code,
              severity: wrongWay ? this.severity : "warning",
              location: at.path,
              expected: wrongWay && actual ? rewrite(figure, actual) : meant,
              found: change.text,
              message:
                wrongWay && actual
                  ? `${site.label}为${DIRECTION_NAME[actual]}（${figures()}），原文“${change.text}”是双重否定（即${meant}），方向也不对，应为“${rewrite(figure, actual)}”`
                  : `${site.label}“${change.text}”是双重否定，即${meant}，应直接写作“${meant}”`,
            });
            continue;
          }
          if (figure.direction === null && !change.flat) {
            const direction = actual ?? written;
            const expected = direction
              ? rewrite(figure, direction)
              : `增加或减少${figure.valueText}${figure.unit ?? ""}`;
            push(
              expected,
              `${site.label}的增减${figure.unit === "%" ? "率" : "额"}缺少“增加/减少”等用词，应为“${expected}”，原文为“${change.text}”`,
            );
          } else if (
            actual !== null &&
            figure.direction !== null &&
            figure.direction !== actual &&
            !new Dec(figure.value).isZero()
          ) {
            const expected = rewrite(figure, actual);
            push(
              expected,
              `${site.label}为${DIRECTION_NAME[actual]}（${figures()}），应为“${expected}”，原文用词为“${figure.verb}”`,
            );
          } else if (actual !== null && actual !== "flat" && change.flat) {
            push(rewrite(figure, actual), `${site.label}并非持平：${figures()}，原文为“${change.text}”`);
          }
        }
      }
    }
    return findings;
  },
};
