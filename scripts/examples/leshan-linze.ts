/**
 * Seeds 002 (乐山市市中区科协 2022, a report 范本) and 003 (临泽县科协 2023): prose reports without tables.
 * @module
 */
import type { DatasetInput, FundSource } from "../../src/core/dataset/schema.ts";
import { count, projectScores, wan } from "./convert.ts";
import { splitNarrative } from "./narrative.ts";
import { lineOf, quote, readSeed, type Seed002, type Seed003 } from "./seed-files.ts";

const SEED_002 = "002_6691143b3720193a.txt";
const SEED_003 = "003_8a0374a5a3f4b9a1.txt";

/** 年初收入预算 parts of seed 002, in printed order, with their fund source. */
const INCOME_ITEMS_002: Array<{ key: string; source: FundSource }> = [
  { key: "上年结转", source: "carryOver" },
  { key: "一般公共预算拨款收入", source: "generalBudget" },
  { key: "政府性基金预算拨款收入", source: "governmentFund" },
  { key: "事业收入", source: "serviceIncome" },
];

export function buildLeshan(): DatasetInput {
  const seed = readSeed<Seed002>(SEED_002);
  const t = seed.table;
  const income = t.budget.income;
  const totalPrinted = income.年初收入预算;
  if (typeof totalPrinted !== "string") throw new Error(`${SEED_002}: 缺少年初收入预算`);
  const incomeLine = lineOf(seed, "年初收入预算");
  const expenditureLine = lineOf(seed, "2022年收入、支出预算");

  return {
    formatVersion: 1,
    year: count(t.unit.year),
    source: seed.file,
    unit: { name: t.unit.name, shortName: "区科协", level: "county", staff: { authorized: count(t.unit.staff.authorized) } },
    budget: {
      initial: {
        // The total is printed as 163.68 although its parts add to 164.52 (the 上年结转 0.84 is listed "其中"); both
        // are kept as printed for the audit.
        total: wan(totalPrinted),
        items: INCOME_ITEMS_002.map(({ key, source }) => {
          const item = income[key];
          if (typeof item !== "object") throw new Error(`${SEED_002}: 缺少收入项“${key}”`);
          return { name: key, source, amount: wan(item.amount), printed: { share: item.share }, sourceLine: incomeLine };
        }),
        byClass: t.budget.expenditure.by_function.map((line) => ({
          name: line.name,
          amount: wan(line.amount),
          sourceLine: expenditureLine,
        })),
        printed: { total: totalPrinted },
      },
    },
    narrative: splitNarrative(seed, [{ from: 1, to: seed.lines.length }]),
    // The Sichuan 范本 signed at its end (last two lines).
    filing: {
      outline: "sichuan",
      signature: quote(seed, "乐山市市中区科学技术协会"),
      date: quote(seed, "2023年5月1日"),
    },
    publishedScores: projectScores(t.project_reports_scores),
  };
}

export function buildLinze(): DatasetInput {
  const seed = readSeed<Seed003>(SEED_003);
  const t = seed.table;
  const assets = t.unit.assets;
  const overall = t.overall_scores[0];
  if (!overall) throw new Error(`${SEED_003}: 缺少最终评分`);

  return {
    formatVersion: 1,
    year: count(t.unit.year),
    source: seed.file,
    unit: {
      name: t.unit.name,
      shortName: "县科协",
      level: "county",
      type: "civilServiceManaged",
      typePrinted: t.unit.unit_type_printed,
      // "编制实有5人" merges 编制 and 实有 in one phrase, so neither staff figure can be told apart; none is stored.
      assets: {
        fixedAssetsTotal: wan(assets.账面固定资产总计),
        fixedAssetsInUse: wan(assets.使用的资产),
        printed: { utilisationRate: assets.使用率 },
      },
    },
    narrative: splitNarrative(seed, [{ from: 1, to: seed.lines.length }]),
    // Gansu's 投入/过程/产出/效益 analysis outline; the seed prints no signature or date.
    filing: { outline: "gansu" },
    publishedScores: [
      {
        label: overall.description,
        score: overall.score_printed,
        grade: overall.rating_printed,
        sourceLine: overall.source_line,
      },
    ],
  };
}
