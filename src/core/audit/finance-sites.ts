/**
 * Every place of a dataset where a document printed a share, a change or a budget completion rate, with the
 * amounts it should be computed from and its dataset path. The SHARE, CHANGE-*, COMPLETION-*, AMOUNT-UNIT and
 * ZERO-BASE-RATE checks walk these lists, so a figure is found the same way by all of them.
 *
 * The 三公 total may be left out of a dataset that gives only its three items (seed 001); it is then the sum of the
 * items, and the messages say so.
 * @module
 */
import type { Dataset, Sangong } from "../dataset/schema.ts";
import { formatPath } from "../dataset/dataset-path.ts";
import { fenToWan, wanToFen } from "../money/fen.ts";

export interface PrintedText {
  text: string;
  path: string;
}

export interface ChangeSite {
  /** Chinese name of the figure: "收、支总计", "“三公”经费". */
  label: string;
  current?: string;
  prior?: string;
  /** Printed change texts; the amount and the rate may share one text or sit in two. */
  texts: PrintedText[];
}

export interface ShareSite {
  label: string;
  part?: string;
  base?: string;
  /** Name of the base in messages: "本年支出合计". */
  baseLabel: string;
  printed: PrintedText;
}

export type BudgetBaseKind = "initial" | "adjusted" | "budget";

export interface BudgetBase {
  kind: BudgetBaseKind;
  value: string;
}

export interface CompletionSite {
  label: string;
  amount?: string;
  bases: BudgetBase[];
  printed: PrintedText;
  /** The 一般公共预算 total and its function lines are compared for a common base. */
  scope: "generalBudget" | "functionLine" | "other";
}

export const BASE_NAMES: Record<BudgetBaseKind, string> = {
  initial: "年初预算",
  adjusted: "调整后预算",
  budget: "预算数",
};

type Segments = (string | number)[];

function printedText(text: string | undefined, segments: Segments): PrintedText[] {
  return text === undefined || text.trim() === "" ? [] : [{ text, path: formatPath(segments) }];
}

/** Sum of several 万元 strings, or undefined when any is missing. */
export function sumWan(values: readonly (string | undefined)[]): string | undefined {
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const fen = values.reduce((total, v) => total + wanToFen(v as string), 0);
  return fenToWan(fen).toString();
}

export const SANGONG_ITEMS = [
  ["abroad", "因公出国（境）费"],
  ["vehicles", "公务用车购置及运行维护费"],
  ["reception", "公务接待费"],
] as const;

/** The 三公 total as stored, or the sum of its three items when every one is given. */
export function sangongTotal(
  sangong: Sangong,
  field: "amount" | "prior" | "budget",
): { value?: string; summed: boolean } {
  if (sangong[field] !== undefined) return { value: sangong[field], summed: false };
  const items = SANGONG_ITEMS.map(([key]) => sangong[key]);
  if (items.some((item) => item === undefined)) return { summed: false };
  const value = sumWan(items.map((item) => item?.[field]));
  return { value, summed: value !== undefined };
}

export function listChangeSites(dataset: Dataset): ChangeSite[] {
  const fa = dataset.finalAccounts;
  if (!fa) return [];
  const sites: ChangeSite[] = [];
  const base = ["finalAccounts"];
  const add = (
    label: string,
    current: string | undefined,
    prior: string | undefined,
    segments: Segments,
    printed: Record<string, string | undefined> | undefined,
    keys: string[],
  ) => {
    const texts = keys.flatMap((key) => printedText(printed?.[key], [...segments, key]));
    if (texts.length > 0) sites.push({ label, current, prior, texts });
  };
  const both = ["change", "changeRate"];
  if (fa.totals)
    add("收、支总计", fa.totals.amount, fa.totals.prior, [...base, "totals", "printed"], fa.totals.printed, both);
  if (fa.income) {
    add("本年收入合计", fa.income.total, fa.income.prior, [...base, "income", "printed"], fa.income.printed, both);
    fa.income.items.forEach((item, i) => {
      add(item.name, item.amount, item.prior, [...base, "income", "items", i, "printed"], item.printed, both);
    });
  }
  if (fa.expenditure) {
    add(
      "本年支出合计",
      fa.expenditure.total,
      fa.expenditure.prior,
      [...base, "expenditure", "printed"],
      fa.expenditure.printed,
      both,
    );
    fa.expenditure.items.forEach((item, i) => {
      add(item.name, item.amount, item.prior, [...base, "expenditure", "items", i, "printed"], item.printed, both);
    });
    fa.expenditure.byClass.forEach((item, i) => {
      add(item.name, item.amount, item.prior, [...base, "expenditure", "byClass", i, "printed"], item.printed, both);
    });
  }
  if (fa.fiscalAppropriation) {
    const f = fa.fiscalAppropriation;
    add("财政拨款收、支总计", f.amount, f.prior, [...base, "fiscalAppropriation", "printed"], f.printed, both);
  }
  if (fa.generalBudget) {
    const g = fa.generalBudget;
    add("一般公共预算财政拨款支出", g.amount, g.prior, [...base, "generalBudget", "printed"], g.printed, both);
    g.byClass.forEach((item, i) => {
      add(item.name, item.amount, item.prior, [...base, "generalBudget", "byClass", i, "printed"], item.printed, both);
    });
  }
  if (fa.basicSpending) {
    const b = fa.basicSpending;
    const segments = [...base, "basicSpending", "printed"];
    add("基本支出", b.total, b.prior, segments, b.printed, ["change"]);
    add("人员经费", b.personnel, b.priorPersonnel, segments, b.printed, ["personnelChange"]);
    add("公用经费", b.public, b.priorPublic, segments, b.printed, ["publicChange"]);
  }
  if (fa.projectSpending) {
    const p = fa.projectSpending;
    add("项目支出", p.total, p.prior, [...base, "projectSpending", "printed"], p.printed, ["change"]);
  }
  if (fa.sangong) {
    const s = fa.sangong;
    const current = sangongTotal(s, "amount");
    const prior = sangongTotal(s, "prior");
    const label = current.summed || prior.summed ? "“三公”经费（三项合计）" : "“三公”经费";
    add(label, current.value, prior.value, [...base, "sangong", "printed"], s.printed, both);
    for (const [key, name] of SANGONG_ITEMS) {
      const item = s[key];
      if (item) add(name, item.amount, item.prior, [...base, "sangong", key, "printed"], item.printed, both);
    }
  }
  if (fa.operatingCosts) {
    const o = fa.operatingCosts;
    add("机关运行经费", o.amount, o.prior, [...base, "operatingCosts", "printed"], o.printed, both);
  }
  dataset.budget?.initial?.items.forEach((item, i) => {
    add(
      `年初预算${item.name}`,
      item.amount,
      item.prior,
      ["budget", "initial", "items", i, "printed"],
      item.printed,
      both,
    );
  });
  return sites;
}

export function listShareSites(dataset: Dataset): ShareSite[] {
  const sites: ShareSite[] = [];
  const add = (
    label: string,
    part: string | undefined,
    baseValue: string | undefined,
    baseLabel: string,
    text: string | undefined,
    segments: Segments,
  ) => {
    for (const printed of printedText(text, segments)) sites.push({ label, part, base: baseValue, baseLabel, printed });
  };
  /** Each line of a list as a part of `baseValue`, its printed share at `[...listPath, i, "printed", "share"]`. */
  const addLines = (
    lines: readonly { name: string; amount?: string; printed?: { share?: string } }[],
    baseValue: string | undefined,
    baseLabel: string,
    listPath: Segments,
  ) => {
    lines.forEach((line, i) => {
      add(line.name, line.amount, baseValue, baseLabel, line.printed?.share, [...listPath, i, "printed", "share"]);
    });
  };
  const fa = dataset.finalAccounts;
  if (fa?.income) addLines(fa.income.items, fa.income.total, "本年收入合计", ["finalAccounts", "income", "items"]);
  if (fa?.expenditure) {
    const e = fa.expenditure;
    addLines(e.items, e.total, "本年支出合计", ["finalAccounts", "expenditure", "items"]);
    addLines(e.byClass, e.total, "本年支出合计", ["finalAccounts", "expenditure", "byClass"]);
  }
  if (fa?.generalBudget) {
    const g = fa.generalBudget;
    addLines(g.byClass, g.amount, "一般公共预算财政拨款支出", ["finalAccounts", "generalBudget", "byClass"]);
    add("一般公共预算财政拨款支出", g.amount, fa.expenditure?.total, "本年支出合计", g.printed?.shareOfTotal, [
      "finalAccounts",
      "generalBudget",
      "printed",
      "shareOfTotal",
    ]);
  }
  if (fa?.sangong) {
    const s = fa.sangong;
    const total = sangongTotal(s, "amount");
    const baseLabel = total.summed ? "“三公”经费（三项合计）" : "“三公”经费";
    for (const [key, name] of SANGONG_ITEMS) {
      const item = s[key];
      if (item)
        add(name, item.amount, total.value, baseLabel, item.printed?.share, [
          "finalAccounts",
          "sangong",
          key,
          "printed",
          "share",
        ]);
    }
  }
  if (fa?.procurement) {
    const p = fa.procurement;
    add("授予中小企业合同金额", p.smeContracts, p.total, "政府采购支出总额", p.printed?.smeShare, [
      "finalAccounts",
      "procurement",
      "printed",
      "smeShare",
    ]);
    add("授予小微企业合同金额", p.smallMicroContracts, p.total, "政府采购支出总额", p.printed?.smallMicroShare, [
      "finalAccounts",
      "procurement",
      "printed",
      "smallMicroShare",
    ]);
  }
  const initial = dataset.budget?.initial;
  if (initial) {
    initial.items.forEach((item, i) => {
      add(`年初预算${item.name}`, item.amount, initial.total, "年初预算总额", item.printed?.share, [
        "budget",
        "initial",
        "items",
        i,
        "printed",
        "share",
      ]);
    });
    initial.byClass.forEach((item, i) => {
      add(`年初预算${item.name}`, item.amount, initial.total, "年初预算总额", item.printed?.share, [
        "budget",
        "initial",
        "byClass",
        i,
        "printed",
        "share",
      ]);
    });
  }
  const assets = dataset.unit?.assets;
  if (assets) {
    add(
      "在用固定资产",
      assets.fixedAssetsInUse,
      assets.fixedAssetsTotal,
      "固定资产总计",
      assets.printed?.utilisationRate,
      ["unit", "assets", "printed", "utilisationRate"],
    );
  }
  return sites;
}

function bases(entries: [BudgetBaseKind, string | undefined][]): BudgetBase[] {
  return entries.flatMap(([kind, value]) => (value === undefined ? [] : [{ kind, value }]));
}

export function listCompletionSites(dataset: Dataset): CompletionSite[] {
  const fa = dataset.finalAccounts;
  if (!fa) return [];
  const sites: CompletionSite[] = [];
  const add = (
    label: string,
    amount: string | undefined,
    budgetBases: BudgetBase[],
    text: string | undefined,
    segments: Segments,
    scope: CompletionSite["scope"] = "other",
  ) => {
    for (const printed of printedText(text, segments))
      sites.push({ label, amount, bases: budgetBases, printed, scope });
  };
  const lines = [
    ...(fa.income?.items ?? []).map((item, i) => [item, ["finalAccounts", "income", "items", i]] as const),
    ...(fa.expenditure?.items ?? []).map((item, i) => [item, ["finalAccounts", "expenditure", "items", i]] as const),
    ...(fa.expenditure?.byClass ?? []).map(
      (item, i) => [item, ["finalAccounts", "expenditure", "byClass", i]] as const,
    ),
    ...(fa.generalBudget?.byClass ?? []).map(
      (item, i) => [item, ["finalAccounts", "generalBudget", "byClass", i]] as const,
    ),
  ];
  for (const [item, segments] of lines) {
    add(item.name, item.amount, bases([["budget", item.budget]]), item.printed?.completion, [
      ...segments,
      "printed",
      "completion",
    ]);
  }
  if (fa.generalBudget) {
    const g = fa.generalBudget;
    add(
      "一般公共预算财政拨款支出",
      g.amount,
      bases([
        ["initial", g.initialBudget],
        ["adjusted", g.adjustedBudget],
      ]),
      g.printed?.completion,
      ["finalAccounts", "generalBudget", "printed", "completion"],
      "generalBudget",
    );
  }
  fa.functionLines.forEach((line, i) => {
    const label = [line.className, line.kuanName, line.xiangName].filter(Boolean).join("—") || line.code;
    add(
      `${line.code} ${label}`,
      line.amount,
      bases([
        ["initial", line.initialBudget],
        ["adjusted", line.adjustedBudget],
      ]),
      line.printed?.completion,
      ["finalAccounts", "functionLines", i, "printed", "completion"],
      "functionLine",
    );
  });
  if (fa.sangong) {
    const s = fa.sangong;
    const total = sangongTotal(s, "amount");
    const budget = sangongTotal(s, "budget");
    add(
      total.summed ? "“三公”经费（三项合计）" : "“三公”经费",
      total.value,
      bases([["budget", budget.value]]),
      s.printed?.completion,
      ["finalAccounts", "sangong", "printed", "completion"],
    );
    for (const [key, name] of SANGONG_ITEMS) {
      const item = s[key];
      if (item)
        add(name, item.amount, bases([["budget", item.budget]]), item.printed?.completion, [
          "finalAccounts",
          "sangong",
          key,
          "printed",
          "completion",
        ]);
    }
  }
  if (fa.operatingCosts) {
    const o = fa.operatingCosts;
    add("机关运行经费", o.amount, bases([["budget", o.budget]]), o.printed?.completion, [
      "finalAccounts",
      "operatingCosts",
      "printed",
      "completion",
    ]);
  }
  return sites;
}
