/**
 * PROSE-VERB-MISSING: a change against last year stated without its verb ("与2022年度相比，财政拨款收、支总计各
 * 3.42万元，下降4%"). The reader cannot tell an increase from a decrease; the rate's verb, when there is one, says
 * which verb was meant.
 * @module
 */
import { directionOf } from "../../parse/parse-change.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";

export const checkMissingVerb: ProseCheck = ({ changes }) =>
  changes
    .filter((statement) => statement.change !== null && statement.changeVerb === null)
    .map((statement) => {
      const amount = `${statement.change?.number}${statement.change?.unit ?? ""}`;
      const direction = directionOf(statement.rateVerb);
      const verb = direction === "increase" ? "增加" : direction === "decrease" ? "减少" : "增加或减少";
      return proseFinding("PROSE-VERB-MISSING", statement.sentence, `变动额${amount}前缺少“${verb}”`, {
        expected: `${verb}${amount}`,
        found: amount,
      });
    });
