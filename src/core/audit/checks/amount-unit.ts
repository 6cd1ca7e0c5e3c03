/**
 * AMOUNT-UNIT: money in these documents is in 万元. A printed change amount or total without its unit ("减少23.52。",
 * "决算数为874.05") is a warning; one labelled 元 whose figure is the 万元 figure ("增加6.04元" for 6.04 万元, a factor
 * of 10 000 off) is an error. In a 元 document (amountUnit 元) the same holds the other way round: 元 is its unit, and
 * a figure labelled 万元 whose number is the 元 figure ("减少3,420万元" for 3 420 元) is diagnosed as a unit-label
 * mistake ("单位应为元"), never "fixed" into a figure 10 000 times too large. A figure in 亿元 (a province's "5亿元") is
 * in a unit of its own, neither missing one nor mistaken.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { formatPath } from "../../dataset/dataset-path.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import { fenToWan, wanToFen, yuanToFen } from "../../money/fen.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import { foldTraditional, normalizeWidth, parsePlainNumber } from "../../parse/normalize-text.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readChangeSite } from "../change-figures.ts";
import { listChangeSites, sangongTotal } from "../finance-sites.ts";
import { showAmountWithUnit, showMessageAmount } from "../../display/show-number.ts";

interface PrintedTotal {
  label: string;
  value?: string;
  text?: string;
  segments: (string | number)[];
}

function listPrintedTotals(context: Parameters<AuditCheck["run"]>[0]): PrintedTotal[] {
  const { dataset } = context;
  const fa = dataset.finalAccounts;
  const totals: PrintedTotal[] = [];
  const p = (...segments: (string | number)[]) => ["finalAccounts", ...segments, "printed", "total"];
  if (fa) {
    totals.push(
      { label: "收、支总计", value: fa.totals?.amount, text: fa.totals?.printed?.total, segments: p("totals") },
      { label: "本年收入合计", value: fa.income?.total, text: fa.income?.printed?.total, segments: p("income") },
      {
        label: "本年支出合计",
        value: fa.expenditure?.total,
        text: fa.expenditure?.printed?.total,
        segments: p("expenditure"),
      },
      {
        label: "财政拨款收、支总计",
        value: fa.fiscalAppropriation?.amount,
        text: fa.fiscalAppropriation?.printed?.total,
        segments: p("fiscalAppropriation"),
      },
      {
        label: "一般公共预算财政拨款支出",
        value: fa.generalBudget?.amount,
        text: fa.generalBudget?.printed?.total,
        segments: p("generalBudget"),
      },
      {
        label: "机关运行经费",
        value: fa.operatingCosts?.amount,
        text: fa.operatingCosts?.printed?.total,
        segments: p("operatingCosts"),
      },
    );
    if (fa.sangong)
      totals.push({
        label: "“三公”经费",
        value: sangongTotal(fa.sangong, "amount").value,
        text: fa.sangong.printed?.total,
        segments: p("sangong"),
      });
  }
  const initial = dataset.budget?.initial;
  if (initial)
    totals.push({
      label: "年初预算",
      value: initial.total,
      text: initial.printed?.total,
      segments: ["budget", "initial", "printed", "total"],
    });
  return totals;
}

const AMOUNT_IN_TEXT = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)?/;

export const amountUnitCheck: AuditCheck = {
  code: "AMOUNT-UNIT",
  severity: "error",
  title: "金额缺少单位或单位有误",
  run(context) {
    if (amountUnitOf(context.dataset) === "元") return checkYuanDocument(context, this.code);
    const findings: Finding[] = [];
    for (const site of listChangeSites(context.dataset)) {
      const { amount, currentFen, prior } = readChangeSite(site);
      if (!amount || amount.figure.unit === "万元" || amount.figure.unit === "亿元") continue;
      const { figure } = amount;
      const expected = `${figure.valueText}万元`;
      const base = { code: this.code, location: amount.at.path, found: amount.change.text };
      if (figure.unit === null) {
        findings.push({
          ...base,
          severity: "warning",
          expected,
          message: `${site.label}增减额“${amount.change.text}”缺少单位，应为“${expected}”`,
        });
        continue;
      }
      // 元: wrong when the figure is the 万元 difference; if neither reading fits, CHANGE-AMOUNT reports the figure.
      if (currentFen !== null && prior !== null && !prior.derived) {
        const exact = fenToWan(Math.abs(currentFen - prior.fen));
        if (judgePrintedValue(figure, exact) !== "exact") continue;
        findings.push({
          ...base,
          severity: "error",
          expected,
          message: `${site.label}增减额为 ${showMessageAmount(Math.abs(currentFen - prior.fen))} 万元（${showMessageAmount(currentFen)} − ${showMessageAmount(prior.fen)}），原文写作“${figure.valueText}元”，相差一万倍，应为“${expected}”`,
        });
      } else {
        findings.push({
          ...base,
          severity: "warning",
          expected,
          message: `${site.label}增减额“${amount.change.text}”以元为单位，而其余金额均以万元计，请核对，应为“${expected}”或换算后的元数`,
        });
      }
    }
    for (const total of listPrintedTotals(context)) {
      if (total.text === undefined || total.value === undefined) continue;
      const match = AMOUNT_IN_TEXT.exec(normalizeWidth(foldTraditional(total.text)));
      const numberText = parsePlainNumber(match?.[1] ?? "");
      if (!match || numberText === null) continue;
      const unit = match[2];
      // 亿元 is a unit of its own (a province's "5亿元"); it is neither missing nor mistaken for 元.
      if (unit === "万元" || unit === "亿元") continue;
      const location = formatPath(total.segments);
      const expected = `${numberText}万元`;
      const sameAsWan = (numberText.split(".")[1]?.length ?? 0) <= 6 && wanToFen(numberText) === wanToFen(total.value);
      if (unit === undefined) {
        findings.push({
          code: this.code,
          severity: "warning",
          location,
          expected,
          found: total.text,
          message: `${total.label}“${total.text}”缺少单位，应为“${expected}”`,
        });
      } else if (sameAsWan) {
        findings.push({
          code: this.code,
          severity: "error",
          location,
          expected,
          found: total.text,
          message: `${total.label}为 ${total.value} 万元，原文写作“${total.text}”，单位应为万元`,
        });
      }
    }
    return findings;
  },
};

/** Exact 分 of a printed number read in a unit, or null when it has more decimals than the unit holds. */
function fenIn(numberText: string, unit: "万元" | "元"): number | null {
  try {
    return unit === "元" ? yuanToFen(numberText) : wanToFen(numberText);
  } catch {
    return null;
  }
}

/** AMOUNT-UNIT in a document whose unit is 元. */
function checkYuanDocument(context: Parameters<AuditCheck["run"]>[0], code: string): Finding[] {
  const findings: Finding[] = [];
  for (const site of listChangeSites(context.dataset)) {
    const { amount, currentFen, prior } = readChangeSite(site, "元");
    if (!amount || amount.figure.unit === "元" || amount.figure.unit === "亿元" || amount.figure.unit === null)
      continue;
    const { figure } = amount;
    if (currentFen === null || prior === null || prior.derived) continue;
    const difference = Math.abs(currentFen - prior.fen);
    // Labelled 万元: right when it is the difference in 万元; a unit-label mistake when its number is the 元 figure.
    if (judgePrintedValue(figure, fenToWan(difference)) === "exact") continue;
    if (fenIn(figure.valueText, "元") === difference) {
      findings.push({
        code,
        severity: "error",
        location: amount.at.path,
        expected: `${figure.valueText}元`,
        found: amount.change.text,
        message: `${site.label}增减额为 ${showAmountWithUnit(difference, "元")}（${showAmountWithUnit(currentFen, "元")} − ${showAmountWithUnit(prior.fen, "元")}），原文写作“${figure.valueText}万元”：单位应为元`,
      });
    }
  }
  for (const total of listPrintedTotals(context)) {
    if (total.text === undefined || total.value === undefined) continue;
    const match = AMOUNT_IN_TEXT.exec(normalizeWidth(total.text));
    const numberText = parsePlainNumber(match?.[1] ?? "");
    if (!match || numberText === null || match[2] === "元" || match[2] === "亿元") continue;
    const valueFen = wanToFen(total.value);
    const location = formatPath(total.segments);
    if (match[2] === undefined) {
      findings.push({
        code,
        severity: "warning",
        location,
        expected: `${numberText}元`,
        found: total.text,
        message: `${total.label}“${total.text}”缺少单位，应为“${numberText}元”`,
      });
    } else if (fenIn(numberText, "元") === valueFen) {
      findings.push({
        code,
        severity: "error",
        location,
        expected: `${numberText}元`,
        found: total.text,
        message: `${total.label}为 ${showAmountWithUnit(valueFen, "元")}，原文写作“${total.text}”：单位应为元`,
      });
    }
  }
  return findings;
}
