/**
 * The audit on the parts of a table real forms print: 其中 sub-rows holding a row's values (G-SUBROWS) and the row a
 * table's cut runs through (G-CUTROW). Made-up tables; the whole audit is run so that no check is left out.
 */
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import type { Finding } from "../../findings/finding.ts";
import { defaultProfile } from "../../profiles/builtin-profiles.ts";
import { auditDataset } from "../run-audit.ts";

type Row = Record<string, unknown>;
function audit(indicators: Row[], extra: Row = {}): Finding[] {
  const parsed = validateDataset({
    formatVersion: 2,
    year: 2023,
    projects: [
      {
        name: "特色种养补贴",
        evaluation: {
          execution: [
            {
              label: "年度资金总额",
              role: "total",
              budget: "50",
              executed: "50",
              printed: { rate: "100%", score: "10" },
            },
          ],
          indicators,
          ...extra,
        },
      },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return auditDataset(parsed.dataset, defaultProfile()).findings;
}
const errors = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.location}`);

const star = {
  level1: "产出指标",
  level2: "数量指标",
  level3: "★补助养殖数量",
  weight: "40",
  printed: { score: "40" },
};
const sub = (level3: string, target: string, actual = target) => ({ level1: "", level3, target, actual });
const rest = [
  {
    level1: "效益指标",
    level3: "带动增收户数",
    target: "≥60户",
    actual: "64户",
    weight: "30",
    printed: { score: "30" },
  },
  {
    level1: "满意度指标",
    level3: "受益户满意度",
    target: "≥90%",
    actual: "96%",
    weight: "20",
    printed: { score: "20" },
  },
];

describe("a row whose values are on its 其中 sub-rows", () => {
  it("is neither a blank row scored nor a table missing weights", () => {
    const findings = audit([star, sub("牛养殖数量", "4头"), sub("羊养殖数量", "120只"), ...rest]);
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.code === "BLANK-ACTUAL-SCORED" || f.code === "FILING-RESIDUE")).toEqual([]);
  });
  it("a weighted row left blank with no sub-rows is still found", () => {
    expect(errors(audit([star, ...rest]))).toContain("BLANK-ACTUAL-SCORED projects[0].evaluation.indicators[0].actual");
  });
  it("an unweighted row that is not a sub-row still counts as missing its weight", () => {
    const stray = {
      level1: "效益指标",
      level2: "社会效益指标",
      level3: "带动就业人数",
      target: "10人",
      actual: "10人",
    };
    expect(errors(audit([{ ...star, target: "124只", actual: "124只" }, stray, ...rest]))).toContain(
      "FILING-RESIDUE projects[0].evaluation.indicators",
    );
  });
});

describe("the row a table's cut runs through", () => {
  const cut = { level1: "", level2: "质量指标", level3: "★养殖成活率", weight: "40", printed: { score: "36" } };
  it("in a table marked incomplete, its last row's blank values and reason are not faulted", () => {
    const findings = audit([...rest, cut], { incomplete: true, incompleteNote: "在“★养殖成活率 40 36”处截断" });
    expect(errors(findings)).toEqual([]);
  });
  it("the same row in a complete table is a blank row scored and an unexplained shortfall", () => {
    expect(errors(audit([...rest, cut]))).toEqual([
      "REASON-MISSING projects[0].evaluation.indicators[2].reason",
      "BLANK-ACTUAL-SCORED projects[0].evaluation.indicators[2].actual",
    ]);
  });
  it("only the last row: an earlier blank row of an incomplete table is still found", () => {
    const findings = audit([cut, ...rest], { incomplete: true });
    expect(errors(findings)).toContain("BLANK-ACTUAL-SCORED projects[0].evaluation.indicators[0].actual");
  });
});

describe("a table cut below its budget block (incompleteFrom)", () => {
  const zeroTotal = (extra: Row) => {
    const parsed = validateDataset({
      formatVersion: 2,
      year: 2023,
      projects: [
        {
          name: "委托业务",
          evaluation: {
            execution: [
              { label: "年度资金总额", role: "total", budget: "0", executed: "0", printed: { rate: "0", score: "0" } },
              { label: "其中：财政拨款", role: "part", source: "fiscal", budget: "60", executed: "54" },
            ],
            // Weights 10 + 30 + 20 = 60 of 100: the rest of the indicators is in the part not printed.
            indicators: rest,
            ...extra,
          },
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return auditDataset(parsed.dataset, defaultProfile()).findings.filter((f) => f.severity !== "info");
  };
  const codes = (findings: Finding[]) => [...new Set(findings.map((f) => f.code))].sort();
  it("cut somewhere unknown: nothing of the table is summed", () => {
    expect(codes(zeroTotal({ incomplete: true }))).toEqual(["EXECUTION-SCORE"]);
  });
  it("cut in the indicators or the goals: the budget block is checked, the weights and total are not", () => {
    for (const incompleteFrom of ["indicators", "goals"]) {
      const findings = zeroTotal({ incomplete: true, incompleteFrom });
      expect(codes(findings)).toEqual(["EXECUTION-SCORE", "EXECUTION-TOTAL-ZERO", "SUM-PARTS"]);
      expect(findings.find((f) => f.code === "EXECUTION-SCORE")?.message).toContain("应为 9.00");
    }
  });
  it("a complete table with the same block also has its weights summed", () => {
    expect(codes(zeroTotal({}))).toContain("WEIGHT-SUM");
  });
});

describe("an unmet row printed with its full points (G-UNMETREASON)", () => {
  const capped = { level1: "产出指标", level3: "人均补助标准", target: "≤800元/人", actual: "860元/人", weight: "40" };
  const others = rest;
  it("still needs its reason, and the finding says the score it was given", () => {
    const findings = audit([{ ...capped, printed: { score: "40" } }, ...others]).filter(
      (f) => f.code === "REASON-MISSING",
    );
    expect(findings.map((f) => [f.severity, f.location, f.message])).toEqual([
      [
        "error",
        "projects[0].evaluation.indicators[0].reason",
        "项目“特色种养补贴”“人均补助标准”未完成（指标值 ≤800元/人，完成值 860元/人），却得 40 分（权重 40），未说明偏差原因",
      ],
    ]);
  });
  it("a reason given, or the target met, asks nothing", () => {
    const explained = { ...capped, printed: { score: "40" }, reason: "物价上涨，按县政府文件提高标准" };
    expect(audit([explained, ...others]).filter((f) => f.code === "REASON-MISSING")).toEqual([]);
    const met = { ...capped, actual: "780元/人", printed: { score: "40" } };
    expect(audit([met, ...others]).filter((f) => f.code === "REASON-MISSING")).toEqual([]);
  });
});
