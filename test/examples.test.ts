/**
 * The five sample units in examples/: they validate, they hold the seeds' real figures exactly as printed (errors
 * included), and they are exactly what scripts/build-examples.ts makes from seeds/ (the five sample documents).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../src/core/dataset/schema.ts";
import { parseDatasetJson } from "../src/core/dataset/validate-dataset.ts";
import { type Fen, sumFen, wanToFen } from "../src/core/money/fen.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const EXAMPLES = join(ROOT, "examples");
const SEED_TABLES = join(ROOT, "seeds/tables");

const FILES = {
  xizang: "xizang-2024.json",
  lingling: "lingling-2024.json",
  leshan: "leshan-shizhong-2022.json",
  linze: "linze-2023.json",
  liangshan: "liangshan-2023.json",
} as const;

function load(file: string): Dataset {
  const result = parseDatasetJson(readFileSync(join(EXAMPLES, file), "utf8"));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

const fen = (wan: string | undefined): Fen => {
  if (wan === undefined) throw new Error("金额缺失");
  return wanToFen(wan);
};

describe("every example validates", () => {
  it.each(Object.values(FILES))("%s", (file) => {
    const result = parseDatasetJson(readFileSync(join(EXAMPLES, file), "utf8"));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("names its seed, year and unit", () => {
    const expected: Record<string, [string, number, string]> = {
      [FILES.xizang]: ["000_f47cac09c426e4a7.txt", 2024, "西藏自治区科学技术协会"],
      [FILES.lingling]: ["001_c97dd32673ca4290.txt", 2024, "永州市零陵区科学技术协会"],
      [FILES.leshan]: ["002_6691143b3720193a.txt", 2022, "乐山市市中区科学技术协会"],
      [FILES.linze]: ["003_8a0374a5a3f4b9a1.txt", 2023, "临泽县科学技术协会"],
      [FILES.liangshan]: ["004_a45521c9d62b1714.txt", 2023, "凉山州科学技术协会"],
    };
    for (const [file, [source, year, unit]] of Object.entries(expected)) {
      const dataset = load(file);
      expect([dataset.formatVersion, dataset.source, dataset.year, dataset.unit?.name]).toEqual([
        2,
        source,
        year,
        unit,
      ]);
      expect(dataset.narrative.length).toBeGreaterThan(5);
    }
  });
});

describe("凉山 2023 (seed 004)", () => {
  const dataset = load(FILES.liangshan);
  const fa = dataset.finalAccounts;

  it("expenditure items add up to the total in integer 分: 468.99 + 405.06 = 874.05", () => {
    const items = fa?.expenditure?.items ?? [];
    expect(items.map((i) => [i.name, i.amount])).toEqual([
      ["基本支出", "468.99"],
      ["项目支出", "405.06"],
      ["上缴上级支出", "0"],
      ["经营支出", "0"],
      ["对附属单位补助支出", "0"],
    ]);
    expect(sumFen(items.map((i) => fen(i.amount)))).toBe(fen("874.05"));
    expect(fen(fa?.expenditure?.total)).toBe(fen("874.05"));
    // The truncated share stays as printed (468.99 ÷ 874.05 = 53.657%).
    expect(items[0]?.printed?.share).toBe("53.65%");
  });

  it("keeps the 决算 totals, the chart's prior year and the printed errors", () => {
    expect(fa?.totals).toEqual({
      amount: "874.05",
      prior: "877.47",
      printed: { total: "874.05万元", change: "各减少3.42万元", changeRate: "下降4%" },
    });
    expect(fa?.generalBudget?.initialBudget).toBe("614.51");
    expect(fa?.generalBudget?.printed?.completion).toBe("完成预算142.24%");
    expect(fa?.generalBudget?.printed?.total).toBe("874.05");
    const basic = fa?.basicSpending;
    expect(sumFen([fen(basic?.personnel), fen(basic?.public)])).toBe(fen(basic?.total));
    expect(basic?.total).toBe("468.99");
  });

  it("has all 14 function lines with 7-digit codes and their printed completion", () => {
    const lines = fa?.functionLines ?? [];
    expect(lines.map((l) => l.code)).toEqual([
      "2060701",
      "2060702",
      "2060703",
      "2060704",
      "2060799",
      "2069999",
      "2080501",
      "2080502",
      "2080505",
      "2080506",
      "2101101",
      "2101102",
      "2101103",
      "2101199",
    ]);
    expect(lines[2]?.printed?.completion).toBe("完成调整预算100%");
    // "决算与预算数持平" on every line: the 调整后预算 equals the amount.
    expect(lines.every((l) => l.adjustedBudget === l.amount)).toBe(true);
    expect(lines[10]?.printed?.completion).toBe("完成预算的100%，完成预算100%");
  });

  it("stores the 三公 figures that are printed, and the priors and budgets they imply", () => {
    const sangong = fa?.sangong;
    expect(sangong?.amount).toBe("7.6");
    // Derived from the printed change amounts and "完成预算100%", never from the printed (wrong) rates.
    expect([sangong?.prior, sangong?.vehicles?.prior, sangong?.reception?.prior, sangong?.abroad?.prior]).toEqual([
      "56.79",
      "56.64",
      "0.15",
      "0",
    ]);
    expect([sangong?.budget, sangong?.vehicles?.budget, sangong?.reception?.budget, sangong?.abroad?.budget]).toEqual([
      "7.6",
      "7.41",
      "0.19",
      "0",
    ]);
    expect(fa?.operatingCosts?.prior).toBe("49.33");
    expect(sangong?.printed).toMatchObject({ change: "较上年度减少49.19万元", changeRate: "下降647.24%" });
    expect(sangong?.reception?.details.map((d) => d.amount)).toEqual(["0.0714", "0.1144"]);
    expect([sangong?.vehicles?.printed?.share, sangong?.reception?.printed?.share]).toEqual(["97.55%", "2.44%"]);
    expect(fa?.operatingCosts?.printed?.changeRate).toBe("增长37.3%");
  });

  it("has the 年初预算 614.51 = 400.51 + 214 and the seven charts", () => {
    const initial = dataset.budget?.initial;
    expect(sumFen((initial?.items ?? []).map((i) => fen(i.amount)))).toBe(fen(initial?.total));
    expect(initial?.items.map((i) => i.printed?.share)).toEqual(["65.18%", "34.82%"]);
    expect(fa?.charts.map((c) => `${c.figure}:${c.kind}`)).toEqual([
      "图1:bar",
      "图2:pie",
      "图3:pie",
      "图4:bar",
      "图5:bar",
      "图6:pie",
      "图7:pie",
    ]);
  });

  it("has the 21 project tables with their budget rows, blocks and categories", () => {
    expect(dataset.projects).toHaveLength(21);
    const counts = dataset.projects.map((p) => p.evaluation?.indicators.length);
    expect(counts).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 4, 7, 7, 7, 7, 7, 7, 8, 7, 7, 7, 7, 6]);
    expect(dataset.projects.map((p) => p.evaluation?.printed?.totalScore)).toEqual([
      "100",
      "100",
      "100",
      "100",
      "100",
      "100",
      "100",
      "100",
      "100",
      "98",
      "99",
      "99",
      "100",
      "100",
      "97",
      "97",
      "98",
      "98",
      "98",
      "99",
      "98",
    ]);
    for (const project of dataset.projects) {
      const execution = project.evaluation?.execution ?? [];
      expect(execution.map((r) => `${r.role}:${r.source ?? ""}`)).toEqual([
        "total:",
        "part:fiscal",
        "part:specialAccount",
        "part:unitFunds",
        "part:other",
      ]);
      expect(execution[0]?.printed?.weight).toBe("10");
      // 其他资金 is blank in every table: blank stays absent, never "0".
      expect(execution[4]?.executed).toBeUndefined();
    }
    const talent = dataset.projects[15];
    expect(talent?.name).toBe("人才发展专项");
    expect(talent?.evaluation?.indicators.map((i) => i.block)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    expect(dataset.projects.filter((p) => p.category === "常年项目")).toHaveLength(8);
    expect(dataset.projects.filter((p) => p.category === "阶段项目")).toHaveLength(3);
    const glyphs = dataset.projects.flatMap((p) => p.evaluation?.indicators ?? []).filter((i) => i.operatorPrinted);
    expect(new Set(glyphs.map((i) => `${i.operatorPrinted}→${i.operator}`))).toEqual(new Set(["＝→=", "＞→>"]));
  });

  it("matches every project table of the seed transcription, cell by cell", () => {
    const seed = JSON.parse(readFileSync(join(SEED_TABLES, "004_a45521c9d62b1714.json"), "utf8")) as {
      project_tables: Array<{
        project_code: string;
        total_weight_printed: string;
        total_score_printed: string;
        indicators: Array<{ level3: string; target: string; actual: string; weight: string; score: string }>;
      }>;
    };
    expect(seed.project_tables).toHaveLength(dataset.projects.length);
    seed.project_tables.forEach((table, i) => {
      const project = dataset.projects[i];
      expect(project?.code).toBe(table.project_code);
      expect(project?.evaluation?.printed).toEqual({
        totalWeight: table.total_weight_printed,
        totalScore: table.total_score_printed,
      });
      const rows = project?.evaluation?.indicators.map((r) => [
        r.level3,
        r.target ?? "",
        r.actual ?? "",
        r.weight ?? "",
        r.printed?.score ?? "",
      ]);
      expect(rows).toEqual(table.indicators.map((r) => [r.level3, r.target, r.actual, r.weight, r.score]));
    });
  });

  it("keeps the narrative to the prose, not the project tables", () => {
    const lines = dataset.narrative.map((s) => s.sourceLine ?? 0);
    expect(lines.every((line) => line < 474 || line >= 4262)).toBe(true);
    expect(dataset.narrative[0]?.title).toBe("第一部分 部门概况");
    expect(dataset.publishedScores[0]).toMatchObject({ score: "97分" });
    expect(dataset.publishedScores[0]?.components.map((c) => c.score)).toEqual(["27分", "20分", "30分", "14分", "6分"]);
  });
});

describe("零陵 2024 (seed 001)", () => {
  const dataset = load(FILES.lingling);
  const evaluation = dataset.department?.evaluation;

  it("has the execution row 153.53 / 127.10 / 124.88 with the printed rate and score", () => {
    const total = evaluation?.execution[0];
    expect(total?.role).toBe("total");
    expect([fen(total?.initial), fen(total?.adjusted), fen(total?.executed)]).toEqual([
      fen("153.53"),
      fen("127.10"),
      fen("124.88"),
    ]);
    expect(total?.printed).toEqual({ rate: "98.25", weight: "10", score: "9.8" });
    expect(evaluation?.execution.slice(1).map((r) => [r.label, r.source ?? r.nature, r.executed])).toEqual([
      ["一般公共预算", "generalBudget", "124.88"],
      ["基本支出", "basic", "124.88"],
    ]);
  });

  it("has every indicator row of the table and none of the blank template row", () => {
    // The table prints 10 indicators (weights 50 + 40, plus 10 for execution = 100); its 11th row is blank.
    expect(evaluation?.indicators).toHaveLength(10);
    expect(evaluation?.indicators.every((i) => i.level3 !== "")).toBe(true);
    expect(evaluation?.level1Weights).toEqual([
      { level1: "产出指标", weight: "50" },
      { level1: "效益指标", weight: "40" },
    ]);
    expect(evaluation?.printed).toEqual({ totalWeight: "100", totalScore: "99.8" });
    expect(evaluation?.indicators[1]).toMatchObject({
      operator: "≥",
      operatorPrinted: "≧",
      target: "2",
      unit: "万人次",
      actual: "25000",
    });
  });

  it("keeps the printed mistakes of the report", () => {
    const fa = dataset.finalAccounts;
    expect(fa?.income?.items[0]?.printed?.change).toBe("减少23.52。");
    expect(fa?.basicSpending?.printed?.change).toBe("增加6.04元");
    expect(fa?.sangong?.printed?.change).toContain("持平");
    expect([fa?.sangong?.reception?.amount, fa?.sangong?.reception?.prior]).toEqual(["0.68", "0.67"]);
    expect(dataset.basicData?.staff?.printed?.controlRate).toBe("87.5%");
    expect(dataset.budget?.adjustmentStatement).toBe("本年单位预算未进行预算相关事项的调整");
  });
});

describe("西藏, 乐山, 临泽 (seeds 000, 002, 003)", () => {
  it("西藏 keeps the truncated shares and the parts that miss the total by 0.02", () => {
    const expenditure = load(FILES.xizang).finalAccounts?.expenditure;
    expect(expenditure?.byClass.map((c) => c.printed?.share)).toEqual(["87.84%", "5.87%", "2.67%", "3.6%"]);
    expect(sumFen((expenditure?.byClass ?? []).map((c) => fen(c.amount))) - fen(expenditure?.total)).toBe(fen("0.02"));
  });

  it("乐山 keeps the 年初收入预算 whose parts exceed it", () => {
    const initial = load(FILES.leshan).budget?.initial;
    expect(initial?.total).toBe("163.68");
    expect(initial?.items.map((i) => [i.name, i.amount, i.printed?.share])).toEqual([
      ["上年结转", "0.84", "0%"],
      ["一般公共预算拨款收入", "163.68", "100%"],
      ["政府性基金预算拨款收入", "0", "0%"],
      ["事业收入", "0", "0%"],
    ]);
  });

  it("临泽 has its assets and published score", () => {
    const dataset = load(FILES.linze);
    expect(dataset.unit?.assets).toEqual({
      fixedAssetsTotal: "4364.66",
      fixedAssetsInUse: "4364.66",
      printed: { utilisationRate: "100％" },
    });
    expect(dataset.publishedScores[0]).toMatchObject({ score: "97.94分", grade: "优" });
  });
});

describe("rebuilding from seeds/", () => {
  it("produces exactly the committed files", async () => {
    const { buildExamples, serializeExample } = await import("../scripts/build-examples.ts");
    const built = buildExamples();
    expect([...built.keys()].sort()).toEqual(Object.values(FILES).sort());
    for (const [file, dataset] of built) {
      expect(serializeExample(dataset), file).toBe(readFileSync(join(EXAMPLES, file), "utf8"));
    }
  });
});
