import { describe, expect, it } from "vitest";
import { type EvaluationTable, type Indicator } from "../dataset/schema.ts";
import { validateDataset } from "../dataset/validate-dataset.ts";
import { Dec, formatFixed } from "../numbers/decimal.ts";
import { defaultProfile, getBuiltinProfile } from "../profiles/builtin-profiles.ts";
import { RuleProfile } from "../profiles/profile-schema.ts";
import { gradeOf } from "./grade.ts";
import { scoreDataset } from "./score-dataset.ts";
import { scoreExecution } from "./score-execution.ts";
import { scoreIndicator } from "./score-indicator.ts";
import { scoreTable } from "./score-table.ts";

const national = defaultProfile();
const sichuan = getBuiltinProfile("sichuan") as RuleProfile;
const hunan = getBuiltinProfile("hunan") as RuleProfile;

function indicator(fields: Partial<Indicator>): Indicator {
  return { level1: "产出指标", level3: "测试指标", ...fields } as Indicator;
}

function table(fields: Partial<EvaluationTable>): EvaluationTable {
  return { execution: [], goals: [], level1Weights: [], indicators: [], ...fields } as EvaluationTable;
}

describe("budget execution (零陵 2024: 124.88 ÷ 127.10)", () => {
  const zeroLing = table({
    execution: [{ label: "年度资金总额", role: "total", initial: "153.53", adjusted: "127.10", executed: "124.88" }],
  });
  it("gives 98.25% and 9.83 at two decimals, 9.8 at the 湖南 form's one decimal", () => {
    const national2 = scoreExecution(zeroLing, "department.evaluation", national);
    expect(formatFixed(national2?.rate as Dec, 2)).toBe("98.25");
    expect(formatFixed(national2?.score as Dec, 2)).toBe("9.83");
    const hunan1 = scoreExecution(zeroLing, "department.evaluation", hunan);
    expect(formatFixed(hunan1?.score as Dec, 1)).toBe("9.8");
    expect(hunan1?.explanation).toContain("124.88 ÷ 全年（调整后）预算数 127.10 = 98.25%");
  });
  it("caps the score at the weight above 100%", () => {
    const over = scoreExecution(
      table({ execution: [{ label: "总额", role: "total", adjusted: "10", executed: "12" }] }),
      "t",
      national,
    );
    expect(over?.score?.toString()).toBe("10");
    expect(over?.rate?.toString()).toBe("120");
  });
  it("has no rate for a zero budget", () => {
    const zero = scoreExecution(
      table({ execution: [{ label: "总额", role: "total", adjusted: "0", executed: "0" }] }),
      "t",
      national,
    );
    expect(zero?.rate).toBeNull();
    expect(zero?.explanation).toContain("—");
  });
  it("uses the 年初 budget when a profile says so", () => {
    const initialBase = RuleProfile.parse({
      ...national,
      id: "initial-base",
      execution: { ...national.execution, base: "initial" },
    });
    const score = scoreExecution(zeroLing, "t", initialBase);
    expect(formatFixed(score?.rate as Dec, 2)).toBe("81.34");
  });
});

describe("≥ indicators: the proportional rule (seed 004 satisfaction rows)", () => {
  const cases: [string, string, string, string][] = [
    ["95", "90", "10", "9.47"],
    ["95", "93", "10", "9.79"],
    ["93", "87", "10", "9.35"],
    ["95", "90", "15", "14.21"],
    ["95", "95", "10", "10.00"],
  ];
  it.each(cases)("≥%s with %s, weight %s → %s", (target, actual, weight, expected) => {
    const s = scoreIndicator(indicator({ operator: "≥", target, actual, unit: "%", weight }), "x", sichuan);
    expect(formatFixed(s.suggested as Dec, 2)).toBe(expected);
  });
  it("explains the rule in Chinese", () => {
    const s = scoreIndicator(
      indicator({ operator: "≥", target: "95", actual: "90", unit: "%", weight: "10" }),
      "x",
      national,
    );
    expect(s.explanation).toBe("完成值 90 / 指标值 95 × 权重 10 = 9.47");
    expect(s.status).toBe("notMet");
  });
  it("flags over-achievement at 1.3× and still gives full marks", () => {
    const s = scoreIndicator(
      indicator({ operator: "≥", target: "3", actual: "11", unit: "篇", weight: "5" }),
      "x",
      national,
    );
    expect(s.status).toBe("overAchieved");
    expect(s.suggested?.toString()).toBe("5");
    expect(s.explanation).toContain("3.67 倍");
  });
  it("assumes ≥ for a numeric target without operator, and says so", () => {
    const s = scoreIndicator(indicator({ target: "100", unit: "%", actual: "100", weight: "10" }), "x", national);
    expect(s.suggested?.toString()).toBe("10");
    expect(s.explanation).toContain("未写指标性质，按≥计");
  });
});

describe("≤ indicators: R1 and R2", () => {
  const over = indicator({ operator: "≤", target: "12", unit: "万元", actual: "15", weight: "20" });
  it("R1 gives weight × target ÷ actual", () => {
    expect(formatFixed(scoreIndicator(over, "x", national).suggested as Dec, 2)).toBe("16.00");
  });
  it("R2 gives weight × (1 − (actual − target) ÷ target), 0 from twice the target", () => {
    const r2 = RuleProfile.parse({ ...national, id: "r2", operators: { ...national.operators, lessOrEqual: "R2" } });
    expect(formatFixed(scoreIndicator(over, "x", r2).suggested as Dec, 2)).toBe("15.00");
    const double = indicator({ operator: "≤", target: "12", unit: "万元", actual: "24", weight: "20" });
    expect(scoreIndicator(double, "x", r2).suggested?.toString()).toBe("0");
  });
  it("a met ≤ target (12 with 12) gets full marks", () => {
    const met = indicator({ operator: "≤", target: "12", unit: "万元", actual: "12", weight: "20" });
    expect(scoreIndicator(met, "x", sichuan).suggested?.toString()).toBe("20");
  });
});

describe("＝ and strict operators", () => {
  it("treats ＝100% like ≥ by default", () => {
    const s = scoreIndicator(
      indicator({ operator: "=", target: "100", unit: "%", actual: "90", weight: "60" }),
      "x",
      sichuan,
    );
    expect(s.suggested?.toString()).toBe("54");
  });
  it("a zero target is met only by an actual ≤ 0", () => {
    expect(
      scoreIndicator(
        indicator({ operator: "=", target: "0", unit: "起", actual: "0", weight: "10" }),
        "x",
        national,
      ).suggested?.toString(),
    ).toBe("10");
    expect(
      scoreIndicator(
        indicator({ operator: "=", target: "0", unit: "起", actual: "1", weight: "10" }),
        "x",
        national,
      ).suggested?.toString(),
    ).toBe("0");
  });
  it("＞1 with an actual of 1 gets full marks with a note under 'warn'", () => {
    const s = scoreIndicator(
      indicator({ operator: ">", target: "1", unit: "场次", actual: "1", weight: "10" }),
      "x",
      sichuan,
    );
    expect(s.suggested?.toString()).toBe("10");
    expect(s.explanation).toContain("严格大于未满足");
  });
});

describe("units", () => {
  it("converts an actual typed in 人次 against a target in 万人次 (零陵: ≧2万人次 vs 25000)", () => {
    const s = scoreIndicator(
      indicator({ operator: "≥", operatorPrinted: "≧", target: "2", unit: "万人次", actual: "25000", weight: "10" }),
      "x",
      hunan,
    );
    expect(s.unitConverted).toBe(true);
    expect(s.actualValue?.toString()).toBe("2.5");
    expect(s.suggested?.toString()).toBe("10");
  });
  it("does not score incompatible units", () => {
    const s = scoreIndicator(
      indicator({ operator: "≥", target: "95", unit: "%", actual: "90人", weight: "10" }),
      "x",
      national,
    );
    expect(s.status).toBe("unscorable");
    expect(s.explanation).toContain("单位");
  });
});

describe("qualitative indicators", () => {
  it("达成 suggests the full weight when the actual restates the target", () => {
    const s = scoreIndicator(indicator({ target: "较为认可", actual: "较为认可", weight: "5" }), "x", national);
    expect(s.status).toBe("qualitative");
    expect(s.suggested?.toString()).toBe("5");
  });
  it("部分达成 proposes just under the exclusive 80% bound (10号 bands)", () => {
    const s = scoreIndicator(
      indicator({
        operator: "定性",
        target: "显著提升",
        actual: "有所提升",
        qualitativeGrade: "partlyAchieved",
        weight: "10",
      }),
      "x",
      national,
    );
    expect(formatFixed(s.suggested as Dec, 2)).toBe("7.99");
    expect(s.explanation).toContain("[6.00, 8.00)");
  });
  it("uses the 80/50/0 variant from a user profile", () => {
    const variant = RuleProfile.parse({
      ...national,
      id: "variant",
      qualitativeBands: [
        { grade: "achieved", label: "达成预期指标", min: "0.8", max: "1", maxInclusive: true },
        { grade: "partlyAchieved", label: "部分达成预期指标", min: "0.5", max: "0.8", maxInclusive: false },
        { grade: "notAchieved", label: "未达成预期指标", min: "0", max: "0.5", maxInclusive: false },
      ],
    });
    const s = scoreIndicator(
      indicator({ operator: "定性", target: "达成", actual: "未达成", weight: "10" }),
      "x",
      variant,
    );
    expect(formatFixed(s.suggested as Dec, 2)).toBe("4.99");
  });
  it("cannot score a blank actual", () => {
    expect(scoreIndicator(indicator({ operator: "定性", target: "好", weight: "10" }), "x", national).status).toBe(
      "unscorable",
    );
  });
});

describe("override", () => {
  it("replaces the suggestion only with a reason, and keeps both", () => {
    const s = scoreIndicator(
      indicator({
        operator: "≥",
        target: "95",
        actual: "90",
        unit: "%",
        weight: "10",
        override: { score: "9", reason: "按本单位考核办法取整" },
      }),
      "x",
      national,
    );
    expect(formatFixed(s.suggested as Dec, 2)).toBe("9.47");
    expect(s.final?.toString()).toBe("9");
    expect(s.overridden).toBe(true);
    expect(s.explanation).toContain("人工调整为 9（理由：按本单位考核办法取整）");
  });
  it("is refused by the schema without a reason", () => {
    const result = validateDataset({
      formatVersion: 1,
      year: 2023,
      projects: [
        {
          name: "p",
          evaluation: {
            indicators: [{ level1: "产出", level3: "x", weight: "10", override: { score: "9", reason: "" } }],
          },
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.location).toBe("projects[0].evaluation.indicators[0].override.reason");
    expect(!result.ok && result.issues[0]?.message).toBe("人工调整得分必须说明理由");
  });
});

describe("grades", () => {
  it("uses half-open bands", () => {
    expect(gradeOf(new Dec("89.99"), national)).toBe("良");
    expect(gradeOf(new Dec("90"), national)).toBe("优");
    expect(gradeOf(new Dec("97.94"), national)).toBe("优");
    expect(gradeOf(new Dec("60"), national)).toBe("中");
    expect(gradeOf(new Dec("59.9"), national)).toBe("差");
  });
});

describe("a whole table", () => {
  it("adds subtotals per 一级/二级, the total and the grade; merged cells fill down", () => {
    const t = table({
      execution: [{ label: "总额", role: "total", adjusted: "100", executed: "95" }],
      indicators: [
        indicator({
          level1: "产出指标\n(50分)",
          level2: "数量指标",
          level3: "a",
          operator: "≥",
          target: "10",
          unit: "场",
          actual: "10",
          weight: "30",
        }),
        indicator({
          level1: "",
          level2: "",
          level3: "b",
          operator: "≥",
          target: "10",
          unit: "场",
          actual: "5",
          weight: "20",
        }),
        indicator({
          level1: "效益指标",
          level2: "社会效益指标",
          level3: "c",
          target: "明显",
          actual: "明显",
          weight: "30",
        }),
        indicator({
          level1: "满意度指标",
          level2: "服务对象满意度指标",
          level3: "d",
          operator: "≥",
          target: "95",
          unit: "%",
          actual: "90",
          weight: "10",
        }),
      ],
    });
    const s = scoreTable(t, "t", national);
    expect(s.totalWeight.toString()).toBe("100");
    expect(formatFixed(s.total, 2)).toBe("88.97");
    expect(s.grade).toBe("良");
    const output = s.subtotals.find((x) => x.level1 === "产出指标" && x.level2 === null);
    expect(output?.score.toString()).toBe("40");
    expect(output?.weight.toString()).toBe("50");
    expect(s.subtotals.find((x) => x.level2 === "数量指标")?.weight.toString()).toBe("50");
  });
  it("scores the department and each project of a dataset", () => {
    const parsed = validateDataset({
      formatVersion: 1,
      year: 2023,
      department: {
        evaluation: {
          indicators: [
            { level1: "产出", level3: "x", operator: "≥", target: "1", unit: "次", actual: "1", weight: "90" },
          ],
        },
      },
      projects: [{ name: "无表项目" }, { name: "p", evaluation: { indicators: [] } }],
    });
    if (!parsed.ok) throw new Error("fixture invalid");
    const scores = scoreDataset(parsed.dataset, national);
    expect(scores.department?.total.toString()).toBe("90");
    expect(scores.projects[0]).toBeNull();
    expect(scores.projects[1]?.total.toString()).toBe("0");
  });
});

describe("one indicator under each profile setting", () => {
  const variant = (operators: Partial<RuleProfile["operators"]>) =>
    RuleProfile.parse({ ...national, id: "variant", operators: { ...national.operators, ...operators } });
  const score = (fields: Partial<Indicator>, profile: RuleProfile) => scoreIndicator(indicator(fields), "x", profile);

  it("＝100 with 110 done: full 60 when ＝ is scored as ≥ (all shipped profiles), 54.55 by deviation under exactOnly", () => {
    const equal = { operator: "=" as const, target: "100", unit: "%", actual: "110", weight: "60" };
    for (const profile of [national, sichuan, hunan])
      expect(score(equal, profile).suggested?.toString(), profile.id).toBe("60");
    const exact = variant({ equal: "exactOnly" });
    expect(formatFixed(score(equal, exact).suggested as Dec, 2)).toBe("54.55");
    expect(score({ ...equal, actual: "100" }, exact).suggested?.toString()).toBe("60");
  });

  it("＞1 met with exactly 1: full marks with a note under warn, without one under asNonStrict", () => {
    const strict = { operator: ">" as const, target: "1", unit: "场次", actual: "1", weight: "10" };
    expect(score(strict, national).explanation).toContain("严格大于未满足");
    const relaxed = score(strict, variant({ strict: "asNonStrict" }));
    expect(relaxed.suggested?.toString()).toBe("10");
    expect(relaxed.explanation).not.toContain("严格大于未满足");
  });

  it("≤12 with 15 spent: 16.00 under R1, 15.00 under R2", () => {
    const over = { operator: "≤" as const, target: "12", unit: "万元", actual: "15", weight: "20" };
    expect(formatFixed(score(over, national).suggested as Dec, 2)).toBe("16.00");
    expect(formatFixed(score(over, variant({ lessOrEqual: "R2" })).suggested as Dec, 2)).toBe("15.00");
  });

  it("the same 90 of 95 shows as 9.47 at two decimals (national, sichuan) and 9.5 at the 湖南 form's one", () => {
    const short = { operator: "≥" as const, target: "95", unit: "%", actual: "90", weight: "10" };
    for (const profile of [national, sichuan, hunan]) {
      const suggested = score(short, profile).suggested as Dec;
      expect(formatFixed(suggested, profile.rounding.indicatorDecimals), profile.id).toBe(
        profile.id === "hunan" ? "9.5" : "9.47",
      );
    }
  });
});
