/**
 * 财政拨款"三公"经费支出决算表 (公开13表) as a `Form`: 因公出国（境）费, 公务用车购置及运行维护费 (购置 / 运行维护),
 * 公务接待费 (国内 / 国（境）外) and their 合计, each with 预算数, 决算数, 完成预算 (决算 ÷ 预算), 上年决算数, 增减额 and
 * 增减率 ((本年 − 上年) ÷ 上年). Rates are computed, never copied from the text: "—" on a zero base, blank when a
 * figure is missing. The 合计 is the sum of the three items when all three are known (凉山: 0 + 7.41 + 0.19 = 7.60);
 * a stated 合计 that differs is named in a note.
 * @module
 */
import type { Dataset, Sangong } from "../../dataset/schema.ts";
import { type Fen, sumFen } from "../../money/fen.ts";
import { changeRate, percentOf } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { percent } from "../figure.ts";
import { figureCell, type Form, type FormCell, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm } from "./schedule-form.ts";

export const SANGONG_FORM_NAME = "三公经费支出决算表";

const HEADERS = ["项目", "预算数", "决算数", "完成预算", "上年决算数", "增减额", "增减率"];

interface SangongLine {
  label: string;
  budget: Fen | null;
  amount: Fen | null;
  prior: Fen | null;
  emphasis?: boolean;
}

interface SangongFigures {
  budget?: string | undefined;
  amount?: string | undefined;
  prior?: string | undefined;
}

export function buildSangongForm(dataset: Dataset, sangong: Sangong, profile: RuleProfile): Form {
  const total = totalOf(sangong);
  const lines: SangongLine[] = [
    { label: "合计", ...total, emphasis: true },
    { label: "1.因公出国（境）费", ...figuresOf(sangong.abroad) },
    { label: "2.公务用车购置及运行维护费", ...figuresOf(sangong.vehicles) },
    { label: "　其中：公务用车购置费", ...figuresOf({ amount: sangong.vehicles?.purchase }) },
    { label: "　　　　公务用车运行维护费", ...figuresOf({ amount: sangong.vehicles?.operation }) },
    { label: "3.公务接待费", ...figuresOf(sangong.reception) },
    { label: "　其中：国内接待费", ...figuresOf({ amount: sangong.reception?.domestic }) },
    { label: "　　　　国（境）外接待费", ...figuresOf({ amount: sangong.reception?.foreign }) },
  ];
  return {
    ...scheduleForm(dataset, {
      name: SANGONG_FORM_NAME,
      title: "财政拨款“三公”经费支出决算表",
      columnWidths: [32, 13, 13, 12, 13, 13, 12],
      headerRows: 1,
      rows: [HEADERS.map((text) => headerCell(text)), ...lines.map((line) => lineCells(line, profile))],
      notes: [receptionNote(sangong)],
    }),
    landscape: true,
  };
}

function figuresOf(item: SangongFigures | undefined): Pick<SangongLine, "budget" | "amount" | "prior"> {
  return { budget: fenOf(item?.budget), amount: fenOf(item?.amount), prior: fenOf(item?.prior) };
}

/** The sum of the three items when every one of them has the figure, else the dataset's 合计. */
function totalOf(sangong: Sangong): Pick<SangongLine, "budget" | "amount" | "prior"> {
  const items = [sangong.abroad, sangong.vehicles, sangong.reception].map(figuresOf);
  const sum = (key: "budget" | "amount" | "prior"): Fen | null => {
    const values = items.map((item) => item[key]);
    return values.every((value): value is Fen => value !== null) ? sumFen(values) : null;
  };
  return {
    budget: sum("budget") ?? fenOf(sangong.budget),
    amount: sum("amount") ?? fenOf(sangong.amount),
    prior: sum("prior") ?? fenOf(sangong.prior),
  };
}

function lineCells(line: SangongLine, profile: RuleProfile): FormCell[] {
  const decimals = profile.rounding.rateDecimals;
  const { budget, amount, prior } = line;
  const emphasis = line.emphasis ?? false;
  const completion =
    amount !== null && budget !== null
      ? figureCell(percent(percentOf(amount, budget), decimals), { align: "right" })
      : textCell("");
  const change =
    amount !== null && prior !== null
      ? figureCell(percent(changeRate(amount, prior), decimals), { align: "right" })
      : textCell("");
  return [
    emphasis ? headerCell(line.label) : textCell(line.label, { align: "left" }),
    amountCell(budget, emphasis),
    amountCell(amount, emphasis),
    completion,
    amountCell(prior, emphasis),
    amountCell(amount !== null && prior !== null ? amount - prior : null, emphasis),
    change,
  ];
}

/** 公务接待 batches and person-times, as the 决算说明 states them. */
function receptionNote(sangong: Sangong): string | undefined {
  const reception = sangong.reception;
  if (reception?.batches === undefined && reception?.personTimes === undefined) return undefined;
  const parts = [
    reception.batches === undefined ? "" : `${reception.batches}批次`,
    reception.personTimes === undefined ? "" : `${reception.personTimes}人次`,
  ].filter((part) => part !== "");
  return `注：国内公务接待${parts.join("、")}。`;
}
