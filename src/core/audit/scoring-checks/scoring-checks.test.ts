import { describe, expect, it } from "vitest";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import type { Finding } from "../../findings/finding.ts";
import { defaultProfile, getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { scoreDataset } from "../../scoring/score-dataset.ts";
import type { AuditCheck } from "../audit-check.ts";
import { scoringChecks } from "../scoring-checks.ts";

const sichuan = getBuiltinProfile("sichuan") as RuleProfile;
const hunan = getBuiltinProfile("hunan") as RuleProfile;

/** Runs one check on a dataset given as plain JSON (validated first, so schema defaults apply). */
function run(code: string, input: Record<string, unknown>, profile: RuleProfile = defaultProfile()): Finding[] {
  const parsed = validateDataset({ formatVersion: 1, year: 2023, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const check = scoringChecks.find((c) => c.code === code) as AuditCheck;
  return check.run({ dataset: parsed.dataset, profile, scores: scoreDataset(parsed.dataset, profile) });
}

type Row = Record<string, unknown>;
const exec = (fields: Row = {}) => ({
  label: "总额",
  role: "total",
  initial: "12",
  adjusted: "12",
  executed: "12",
  printed: { rate: "100.00%", weight: "10", score: "10" },
  ...fields,
});
const ind = (fields: Row) => ({
  level1: "产出指标",
  level2: "数量指标",
  level3: "开展活动",
  operator: "≥",
  target: "4",
  unit: "场",
  actual: "4",
  weight: "20",
  printed: { score: "20" },
  ...fields,
});
const project = (indicators: Row[], extra: Row = {}) => ({
  projects: [{ name: "科普宣传活动业务经费", evaluation: { execution: [exec()], indicators, ...extra } }],
});

/** A clean 四川 project table: 10 + 40 + 20 + 10 + 20 = 100, every figure right. */
const cleanIndicators = [
  ind({ level1: "产出指标", level2: "数量指标", level3: "开展活动", weight: "20", printed: { score: "20" } }),
  ind({
    level1: "",
    level2: "质量指标",
    level3: "合格率",
    operator: "=",
    target: "100",
    unit: "%",
    actual: "100",
    weight: "20",
    printed: { score: "20" },
  }),
  ind({
    level1: "效益指标",
    level2: "社会效益指标",
    level3: "科普覆盖",
    operator: "定性",
    target: "明显",
    unit: "",
    actual: "明显",
    weight: "20",
    printed: { score: "20" },
  }),
  ind({
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    level3: "满意度",
    operator: "≥",
    target: "95",
    unit: "%",
    actual: "96",
    weight: "10",
    printed: { score: "10" },
  }),
  ind({
    level1: "成本指标",
    level2: "经济成本指标",
    level3: "活动费用",
    operator: "≤",
    target: "12",
    unit: "万元",
    actual: "12",
    weight: "20",
    printed: { score: "20" },
  }),
];
const clean = project(cleanIndicators, { printed: { totalWeight: "100", totalScore: "100" } });

describe("no finding on a clean table", () => {
  it.each(scoringChecks.map((c) => c.code))("%s is silent", (code) => {
    expect(run(code, clean, sichuan)).toEqual([]);
  });
});

describe("WEIGHT-SUM", () => {
  it("catches a repeated indicator block (120 instead of 100)", () => {
    const extra = ind({ block: 2, weight: "20", printed: { score: "20" } });
    const findings = run(
      "WEIGHT-SUM",
      project([...cleanIndicators, extra], { printed: { totalWeight: "100", totalScore: "100" } }),
      sichuan,
    );
    expect(findings.map((f) => [f.location, f.expected, f.found])).toEqual([
      ["projects[0].evaluation.indicators", "90", "110"],
      ["projects[0].evaluation.printed.totalWeight", "120", "100"],
    ]);
    expect(findings[0]?.message).toContain("2 个“绩效指标”区块");
  });
  it("checks 一级 weights against their stated value", () => {
    const findings = run(
      "WEIGHT-SUM",
      project(cleanIndicators, { level1Weights: [{ level1: "产出指标", weight: "50" }] }),
      sichuan,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe("项目“科普宣传活动业务经费”“产出指标”标明 50 分，其下三级指标权重合计 40");
  });
});

describe("SCORE-OVER-WEIGHT and TOTAL-SCORE", () => {
  it("flags 20 points on a 10-point indicator", () => {
    const findings = run("SCORE-OVER-WEIGHT", project([ind({ weight: "10", printed: { score: "20" } })]));
    expect(findings[0]?.location).toBe("projects[0].evaluation.indicators[0].printed.score");
    expect(findings[0]?.message).toBe("项目“科普宣传活动业务经费”“开展活动”得分 20 超过权重 10");
  });
  it("flags a printed 合计 that is not the sum of the printed scores (seed 004: 99 vs 89)", () => {
    const rows = cleanIndicators.map((r, i) => (i === 4 ? { ...r, printed: { score: "10" } } : r));
    const findings = run("TOTAL-SCORE", project(rows, { printed: { totalWeight: "100", totalScore: "100" } }), sichuan);
    expect(findings).toHaveLength(1);
    expect([findings[0]?.expected, findings[0]?.found]).toEqual(["90", "100"]);
  });
});

describe("execution figures (零陵 2024)", () => {
  const zeroLing = {
    department: {
      evaluation: {
        execution: [
          {
            label: "年度资金总额",
            role: "total",
            initial: "153.53",
            adjusted: "127.10",
            executed: "124.88",
            printed: { rate: "98.25", weight: "10", score: "9.8" },
          },
        ],
        indicators: [],
      },
    },
  };
  it("EXECUTION-RATE: the value is right but the % sign is missing", () => {
    const findings = run("EXECUTION-RATE", zeroLing, hunan);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("warning");
    expect(findings[0]?.message).toContain("缺少百分号");
  });
  it("EXECUTION-SCORE: 9.8 is right at one decimal — no finding under 湖南, an info under the national two decimals", () => {
    expect(run("EXECUTION-SCORE", zeroLing, hunan)).toEqual([]);
    const national = run("EXECUTION-SCORE", zeroLing);
    expect(national.map((f) => [f.severity, f.expected, f.found])).toEqual([["info", "9.83", "9.8"]]);
  });
  it("EXECUTION-RATE: a wrong rate is an error, a rate on a zero budget should be —", () => {
    const wrong = run(
      "EXECUTION-RATE",
      project([], { execution: [exec({ executed: "11", printed: { rate: "95%" } })] }),
    );
    expect(wrong.map((f) => [f.severity, f.expected])).toEqual([["error", "91.67%"]]);
    const zero = run(
      "EXECUTION-RATE",
      project([], { execution: [exec({ initial: "0", adjusted: "0", executed: "0", printed: { rate: "0.00%" } })] }),
    );
    expect(zero.map((f) => [f.severity, f.expected])).toEqual([["info", "—"]]);
  });
  it("ROUNDING-TRUNCATED: 91.666…% printed 91.66%", () => {
    const findings = run(
      "ROUNDING-TRUNCATED",
      project([], { execution: [exec({ executed: "11", printed: { rate: "91.66%" } })] }),
    );
    expect(findings.map((f) => f.expected)).toEqual(["91.67%"]);
  });
});

describe("GRADE", () => {
  it("checks a printed grade against the printed total", () => {
    const findings = run("GRADE", {
      publishedScores: [
        { label: "整体自评", score: "89.5分", grade: "优" },
        { label: "整体", score: "99分", grade: "“优”" },
      ],
    });
    expect(findings.map((f) => [f.location, f.expected])).toEqual([["publishedScores[0].grade", "良"]]);
  });
});

describe("SCORE-RULE and REASON-MISSING", () => {
  const satisfaction = (score: string, reason?: string) =>
    project([
      ind({
        level1: "满意度指标",
        level3: "服务对象满意度",
        target: "95",
        unit: "%",
        actual: "90",
        weight: "10",
        printed: { score },
        ...(reason ? { reason } : {}),
      }),
    ]);
  it("9 where 10 × 90 ÷ 95 = 9.47", () => {
    const findings = run("SCORE-RULE", satisfaction("9"), sichuan);
    expect(findings.map((f) => [f.severity, f.expected, f.found])).toEqual([["warning", "9.47", "9"]]);
  });
  it("a met target scored below its weight says so", () => {
    const findings = run(
      "SCORE-RULE",
      project([
        ind({ level3: "满意度", target: "95", unit: "%", actual: "95", weight: "10", printed: { score: "8" } }),
      ]),
      sichuan,
    );
    expect(findings[0]?.message).toContain("指标已完成却未得满分");
  });
  it("a shortfall without reason is an error; “无” is no reason", () => {
    expect(run("REASON-MISSING", satisfaction("9.47"), sichuan)).toHaveLength(1);
    expect(run("REASON-MISSING", satisfaction("9.47", "无"), sichuan)).toHaveLength(1);
    expect(run("REASON-MISSING", satisfaction("9.47", "部分群众对活动时间安排不满意"), sichuan)).toEqual([]);
  });
  it("an execution rate under 90% needs a reason", () => {
    const findings = run("REASON-MISSING", project([], { execution: [exec({ executed: "9", printed: {} })] }), sichuan);
    expect(findings[0]?.message).toBe("项目“科普宣传活动业务经费”预算执行率 75.00% 低于 90%，未说明原因");
  });
});

describe("indicator wording checks", () => {
  it("STRICT-OPERATOR-EQUAL: ＞1 场次 with 1", () => {
    const findings = run(
      "STRICT-OPERATOR-EQUAL",
      project([ind({ operator: ">", operatorPrinted: "＞", target: "1", unit: "场次", actual: "1" })]),
      sichuan,
    );
    expect(findings.map((f) => [f.expected, f.found])).toEqual([["≥", "＞"]]);
  });
  it("BLANK-ACTUAL-SCORED: full marks with a blank 完成值 or a blank operator and target", () => {
    const findings = run(
      "BLANK-ACTUAL-SCORED",
      project([ind({ actual: "" }), ind({ operator: undefined, target: "", actual: "" })]),
      sichuan,
    );
    expect(findings.map((f) => f.location)).toEqual([
      "projects[0].evaluation.indicators[0].actual",
      "projects[0].evaluation.indicators[1].actual",
    ]);
    expect(findings[1]?.message).toContain("指标性质和指标值、完成值空白");
  });
  it("ACTUAL-RESTATES-TARGET: “≥85%” as the actual", () => {
    const findings = run("ACTUAL-RESTATES-TARGET", {
      department: {
        evaluation: {
          indicators: [
            { level1: "满意度指标", level3: "服务对象满意度", operator: "≥", target: "85", unit: "%", actual: "≥85%" },
          ],
        },
      },
    });
    expect(findings[0]?.found).toBe("≥85%");
  });
  it("UNIT-MISMATCH: ≧2万人次 against 25000", () => {
    const findings = run(
      "UNIT-MISMATCH",
      project([ind({ operatorPrinted: "≧", target: "2", unit: "万人次", actual: "25000" })]),
      hunan,
    );
    expect(findings.map((f) => [f.expected, f.found])).toEqual([["2.5万人次", "25000"]]);
  });
  it("OPERATOR-GLYPH: ≧ is noted, the form's own ＝ is not", () => {
    const findings = run(
      "OPERATOR-GLYPH",
      project([
        ind({ operatorPrinted: "≧" }),
        ind({ operator: "=", operatorPrinted: "＝", target: "100", unit: "%", actual: "100" }),
      ]),
    );
    expect(findings.map((f) => [f.severity, f.found])).toEqual([["info", "≧"]]);
  });
  it("INDICATOR-NAME-TARGET: “组织100名以上” with ≥20 名; parts that add up are fine", () => {
    const findings = run(
      "INDICATOR-NAME-TARGET",
      project([
        ind({ level3: "组织100名以上科技工作者参加培训", target: "20", unit: "名", actual: "120" }),
        ind({
          level1: "成本指标",
          level3: "大赛38.9万元；期刊25万元；运维10万元；补助9万元",
          operator: "≤",
          target: "82.9",
          unit: "万元",
          actual: "82.9",
        }),
      ]),
    );
    expect(findings.map((f) => [f.location, f.expected])).toEqual([
      ["projects[0].evaluation.indicators[0].target", "100名"],
    ]);
  });
  it("QUALITATIVE-BAND: 达成 scored 3 of 10 is outside [8, 10]", () => {
    const findings = run(
      "QUALITATIVE-BAND",
      project([
        ind({ operator: "定性", target: "明显", unit: "", actual: "明显", weight: "10", printed: { score: "3" } }),
      ]),
    );
    expect(findings[0]?.expected).toBe("[8, 10]");
  });
});

describe("checks against the table's own figures", () => {
  it("COST-ACTUAL: cost actual 15 while the project spent 14.57", () => {
    const findings = run(
      "COST-ACTUAL",
      project(
        [
          ind({
            level1: "成本指标",
            level2: "经济成本指标",
            level3: "工作成本",
            operator: "≤",
            target: "15",
            unit: "万元",
            actual: "15",
          }),
        ],
        { execution: [exec({ initial: "15", adjusted: "14.57", executed: "14.57" })] },
      ),
      sichuan,
    );
    expect(findings.map((f) => [f.expected, f.found])).toEqual([["14.57", "15"]]);
  });
  it("BUDGET-ACCURACY: |26.45 − 24.80| ÷ 24.80 = 6.65% misses ≤5% though 5 is printed", () => {
    const findings = run(
      "BUDGET-ACCURACY",
      project(
        [
          ind({
            level1: "产出指标",
            level3: "预算编制准确率（计算方法为：∣（执行数-预算数）/预算数∣）",
            operator: "≤",
            target: "5",
            unit: "%",
            actual: "5",
            weight: "30",
            printed: { score: "30" },
          }),
        ],
        {
          execution: [exec({ initial: "24.80", adjusted: "26.45", executed: "26.45" })],
        },
      ),
      sichuan,
    );
    expect(findings.map((f) => [f.severity, f.expected, f.found])).toEqual([["error", "6.65%", "5"]]);
  });
  it("PUBLISHED-SCORE: parts of a stated score, and a project score against its table", () => {
    const findings = run("PUBLISHED-SCORE", {
      ...project(cleanIndicators, { printed: { totalWeight: "100", totalScore: "100" } }),
      publishedScores: [
        {
          label: "整体自评得分",
          score: "99分",
          components: [
            { label: "产出", score: "79分" },
            { label: "满意度", score: "10分" },
            { label: "效益", score: "9分" },
          ],
        },
        { label: "专项“科普宣传活动业务经费”项目", score: "99分" },
      ],
    });
    expect(findings.map((f) => [f.location, f.expected])).toEqual([
      ["publishedScores[0].score", "98"],
      ["publishedScores[1].score", "100"],
    ]);
  });
});

describe("OVER-ACHIEVEMENT-REASON and name amounts that are not targets", () => {
  it("asks why 220 people came when 20 were planned, unless a reason is given", () => {
    const row = ind({
      level3: "组织科技辅导员参加学习",
      target: "20",
      unit: "名",
      actual: "220",
      weight: "10",
      printed: { score: "10" },
    });
    expect(run("OVER-ACHIEVEMENT-REASON", project([row])).map((f) => f.found)).toEqual(["220（指标值 20）"]);
    expect(run("OVER-ACHIEVEMENT-REASON", project([{ ...row, reason: "省科协追加名额" }]))).toEqual([]);
  });
  it("ignores calendar years, per-head amounts and parts of a stated total", () => {
    const rows = [
      ind({
        level2: "时效指标",
        level3: "2023年1-12月完成",
        operator: "≤",
        target: "1",
        unit: "年",
        actual: "1",
        weight: "10",
      }),
      ind({
        level3: "支持经费5名科技工作者，每名10万元，共计50万元。",
        operator: "≤",
        target: "50",
        unit: "万元",
        actual: "50",
      }),
    ];
    expect(run("INDICATOR-NAME-TARGET", project(rows))).toEqual([]);
  });
  it("does not call an integer score a truncation (9 for 9.79 is a scoring question)", () => {
    const row = ind({ level3: "满意度", target: "95", unit: "%", actual: "93", weight: "10", printed: { score: "9" } });
    expect(run("ROUNDING-TRUNCATED", project([row]))).toEqual([]);
    expect(run("ROUNDING-TRUNCATED", project([{ ...row, printed: { score: "9.78" } }])).map((f) => f.expected)).toEqual(
      ["9.79"],
    );
  });
});
