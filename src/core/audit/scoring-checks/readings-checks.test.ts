/** The scoring checks on tables as real forms print them (issue 10). */
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import type { Finding } from "../../findings/finding.ts";
import { defaultProfile, getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { scoreDataset } from "../../scoring/score-dataset.ts";
import type { AuditCheck } from "../audit-check.ts";
import { scoringChecks } from "../scoring-checks.ts";
import { sumPartsCheck } from "../checks/sum-parts.ts";

const sichuan = getBuiltinProfile("sichuan") as RuleProfile;

function run(code: string, input: Record<string, unknown>, profile: RuleProfile = defaultProfile()): Finding[] {
  const parsed = validateDataset({ formatVersion: 2, year: 2023, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const check = [...scoringChecks, sumPartsCheck].find((c) => c.code === code) as AuditCheck;
  return check.run({ dataset: parsed.dataset, profile, scores: scoreDataset(parsed.dataset, profile) });
}
const brief = (findings: Finding[]) =>
  findings.map(({ severity, location, expected }) => ({ severity, location, expected }));

type Row = Record<string, unknown>;
const total = (fields: Row = {}) => ({
  label: "年度资金总额",
  role: "total",
  adjusted: "100",
  executed: "100",
  printed: { rate: "100%", weight: "10", score: "10" },
  ...fields,
});
const project = (indicators: Row[], extra: Row = {}, execution: Row[] = [total()]) => ({
  projects: [{ name: "科普活动经费", evaluation: { execution, indicators, ...extra } }],
});

describe("WEIGHT-SUM with rows that carry no weight", () => {
  const weighted = [
    { level1: "产出指标", level3: "活动场次", target: "≥8场", actual: "8场", weight: "50" },
    { level1: "效益指标", level3: "社会效益", target: "明显", actual: "明显", weight: "30" },
    { level1: "满意度指标", level3: "满意度", target: "≥95%", actual: "96%", weight: "20" },
  ];
  const unused = { level1: "效益指标", level2: "生态效益指标", level3: "0", target: "0", actual: "0" };
  it("an unused row printed 0 does not switch off the check: 100 instead of 90 is still found", () => {
    expect(brief(run("WEIGHT-SUM", project([...weighted, unused])))).toEqual([
      { severity: "error", location: "projects[0].evaluation.indicators", expected: "90" },
    ]);
  });
  it("nor a wrong 一级 weight", () => {
    const findings = run(
      "WEIGHT-SUM",
      project([...weighted, unused], { level1Weights: [{ level1: "产出指标", weight: "40" }] }),
    );
    expect(findings.map((f) => f.location)).toEqual([
      "projects[0].evaluation.indicators",
      "projects[0].evaluation.level1Weights[0]",
    ]);
  });
  it("a table printed with no weight column is not summed", () => {
    expect(run("WEIGHT-SUM", project(weighted.map(({ weight: _w, ...row }) => row)))).toEqual([]);
  });
  it("a table printed incompletely is not summed", () => {
    expect(run("WEIGHT-SUM", project([weighted[0] as Row], { incomplete: true }))).toEqual([]);
  });
});

describe("REASON-MISSING where the form has a reason cell", () => {
  it("an unmet row of a table without weights needs its reason: 7场 against 8场", () => {
    const findings = run(
      "REASON-MISSING",
      project([{ level1: "产出指标", level3: "科普活动场次", target: "8场", actual: "7场" }]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      "项目“科普活动经费”“科普活动场次”未完成（指标值 8场，完成值 7场），未说明偏差原因",
    ]);
    expect(
      run(
        "REASON-MISSING",
        project([
          { level1: "产出指标", level3: "科普活动场次", target: "8场", actual: "7场", reason: "受疫情影响停办1场" },
        ]),
      ),
    ).toEqual([]);
  });
  it("a form with no reason cell is not faulted", () => {
    const noCells = { reasonCells: { execution: false, indicators: false } };
    const input = project([{ level1: "产出指标", level3: "场次", target: "8场", actual: "7场" }], noCells, [
      total({ executed: "80", printed: undefined }),
    ]);
    expect(run("REASON-MISSING", input, sichuan)).toEqual([]);
    expect(
      run("REASON-MISSING", project([], {}, [total({ executed: "80", printed: undefined })]), sichuan).map(
        (f) => f.location,
      ),
    ).toEqual(["projects[0].evaluation.execution[0].reason"]);
  });
});

describe("the budget score on the row the form prints it", () => {
  const block = (score: string) => [
    { label: "年度资金总额", role: "total", adjusted: "200", executed: "190" },
    {
      label: "其中：财政拨款",
      role: "part",
      adjusted: "160",
      executed: "150",
      printed: { rate: "93.75%", weight: "10", score },
    },
    { label: "其他资金", role: "part", adjusted: "40", executed: "40" },
  ];
  it("a wrong score printed on 其中：财政拨款 is found", () => {
    expect(brief(run("EXECUTION-SCORE", project([], {}, block("10"))))).toEqual([
      { severity: "error", location: "projects[0].evaluation.execution[1].printed.score", expected: "9.38" },
    ]);
    expect(run("EXECUTION-SCORE", project([], {}, block("9.38")))).toEqual([]);
  });
  it("a whole-number score for a fractional one is a warning with the rule's figure", () => {
    const findings = run("EXECUTION-SCORE", project([], {}, block("9")));
    expect(brief(findings)).toEqual([
      { severity: "warning", location: "projects[0].evaluation.execution[1].printed.score", expected: "9.38" },
    ]);
    expect(findings[0]?.message).toContain("按规则应为 9.38");
  });
  it("TOTAL-SCORE adds the score from that row", () => {
    const input = project(
      [{ level1: "产出指标", level3: "a", target: "1", actual: "1", weight: "90", printed: { score: "90" } }],
      { printed: { totalScore: "99.38" } },
      block("9.38"),
    );
    expect(run("TOTAL-SCORE", input)).toEqual([]);
  });
});

describe("EXECUTION-TOTAL-ZERO", () => {
  it("a zero 年度资金总额 over non-zero parts, with its printed 0 rate and 0 score", () => {
    const execution = [
      {
        label: "年度资金总额",
        role: "total",
        adjusted: "0",
        executed: "0",
        printed: { rate: "0", weight: "10", score: "0" },
      },
      { label: "其中：财政拨款", role: "part", adjusted: "35.6", executed: "35.2" },
    ];
    const findings = run("EXECUTION-TOTAL-ZERO", project([], {}, execution));
    expect(brief(findings)).toEqual([
      { severity: "error", location: "projects[0].evaluation.execution[0].adjusted", expected: "35.60万元" },
    ]);
    expect(findings[0]?.message).toBe(
      "项目“科普活动经费”“年度资金总额”的预算数为 0，其中项合计 35.60万元（执行数 35.20万元）：总额疑似漏填，预算执行率和得分按其中项合计计算，原文执行率 0、得分 0不可信",
    );
  });
  it("is silent on a real zero block", () => {
    expect(
      run(
        "EXECUTION-TOTAL-ZERO",
        project([], {}, [
          total({ adjusted: "0", executed: "0", printed: undefined }),
          { label: "其中：财政拨款", role: "part", adjusted: "0", executed: "0" },
        ]),
      ),
    ).toEqual([]);
  });
});

describe("SUM-PARTS on nested 其中 rows and carry-overs", () => {
  const nested = (general: string) => [
    { label: "年度资金总额", role: "total", adjusted: "100", executed: "90" },
    { label: "其中：财政拨款", role: "part", adjusted: "80", executed: "75" },
    { label: "一般公共预算", role: "part", depth: 2, adjusted: general, executed: "55" },
    { label: "政府性基金", role: "part", depth: 2, adjusted: "20", executed: "20" },
    { label: "其他资金", role: "part", adjusted: "20", executed: "15" },
  ];
  it("depth-2 rows are not counted against the total (no false error)", () => {
    expect(run("SUM-PARTS", project([], {}, nested("60")))).toEqual([]);
  });
  it("but are summed against their own parent", () => {
    expect(brief(run("SUM-PARTS", project([], {}, nested("65"))))).toEqual([
      { severity: "error", location: "projects[0].evaluation.execution[1].adjusted", expected: "85.00" },
    ]);
  });
  it("a single depth-2 row need only stay within its parent", () => {
    const one = nested("60").filter((row) => row.label !== "政府性基金");
    expect(run("SUM-PARTS", project([], {}, one))).toEqual([]);
  });
  it("收入合计 + 年初结转和结余 = 收入总计, printed 0.01 off", () => {
    const input = {
      finalAccounts: {
        income: { total: "350.20", openingCarryOver: { amount: "12.35" }, grandTotal: { amount: "362.56" } },
        expenditure: { total: "340.00", closingCarryOver: { amount: "22.55" }, grandTotal: { amount: "362.55" } },
      },
    };
    const findings = run("SUM-PARTS", input);
    expect(brief(findings)).toEqual([
      { severity: "info", location: "finalAccounts.income.grandTotal.amount", expected: "362.55" },
      // The two 总计 of one statement are equal by construction: no rounding explains a gap between them.
      { severity: "error", location: "finalAccounts.expenditure.grandTotal.amount", expected: "362.55" },
    ]);
    expect(findings[0]?.message).toBe(
      "收入合计与年初结转和结余：350.20 + 12.35 = 362.55 万元，与收入总计 362.56 万元相差 0.01 万元，在 2 个分项各自四舍五入可解释的范围（±0.01）内",
    );
  });
  it("an incomplete income list is not summed", () => {
    const items = [{ name: "财政拨款收入", amount: "300" }];
    expect(run("SUM-PARTS", { finalAccounts: { income: { total: "350.20", items } } }).length).toBe(1);
    expect(run("SUM-PARTS", { finalAccounts: { income: { total: "350.20", items, incomplete: true } } })).toEqual([]);
  });
});

describe("a budget weight printed that the profile does not give", () => {
  it("20 printed where the profile scores 10 is a warning naming the split", () => {
    const findings = run(
      "EXECUTION-SCORE",
      project([], {}, [total({ printed: { rate: "100%", weight: "20", score: "20" } })]),
    );
    expect(findings.map((f) => [f.severity, f.location, f.expected])).toEqual([
      ["warning", "projects[0].evaluation.execution[0].printed.weight", "10"],
      ["error", "projects[0].evaluation.execution[0].printed.score", "10.00"],
    ]);
    expect(findings[0]?.message).toBe(
      "项目“科普活动经费”预算执行分值印为 20，按规则方案为 10：若本地规则为 20/80 分，请选用相应规则方案或填写 executionWeight",
    );
    expect(
      run(
        "EXECUTION-SCORE",
        project([], { executionWeight: "20" }, [total({ printed: { rate: "100%", weight: "20", score: "20" } })]),
      ),
    ).toEqual([]);
  });
});

describe("a 20/80 table under a 10/90 profile", () => {
  it("its indicators are summed against the 80 its budget weight leaves", () => {
    const indicators = [
      { level1: "产出指标", level3: "a", target: "1", actual: "1", weight: "50" },
      { level1: "效益指标", level3: "b", target: "1", actual: "1", weight: "30" },
    ];
    const execution = [total({ printed: { rate: "100%", weight: "20", score: "20" } })];
    expect(run("WEIGHT-SUM", project(indicators, { executionWeight: "20" }, execution))).toEqual([]);
    expect(run("WEIGHT-SUM", project(indicators, {}, execution)).map((f) => f.expected)).toEqual(["90"]);
  });
});
