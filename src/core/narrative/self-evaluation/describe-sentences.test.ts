import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dataset, EvaluationTable } from "../../dataset/schema.ts";
import { getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { checkText } from "../../prose/check-text.ts";
import { scoreDataset } from "../../scoring/score-dataset.ts";
import { scoreTable } from "../../scoring/score-table.ts";
import { describeBudgetAdjustment } from "./describe-budget-adjustment.ts";
import { describeExecution, PROJECT_EXECUTION_LABELS } from "./describe-execution.ts";
import { describeFundingSources } from "./describe-funding-sources.ts";
import { describeIndicatorResult } from "./describe-indicator-result.ts";
import { describeShortfalls } from "./describe-shortfalls.ts";
import { describeSpendingScale } from "./describe-spending-scale.ts";
import { describeStaff } from "./describe-staff.ts";
import { describeLevelScores, describeTotalScore } from "./describe-total-score.ts";
import { groupIndicators } from "./group-indicators.ts";

const hunan = getBuiltinProfile("hunan") as RuleProfile;
const sichuan = getBuiltinProfile("sichuan") as RuleProfile;

function example(name: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), "utf8")));
}

const lingling = example("lingling-2024");
const linglingTable = lingling.department?.evaluation as EvaluationTable;
const linglingScore = scoreDataset(lingling, hunan).department;
if (!linglingScore?.execution) throw new Error("零陵 fixture has no scored execution row");
const linglingTotalRow = linglingTable.execution.find((row) => row.role === "total");

const liangshan = example("liangshan-2023");
const liangshanScores = scoreDataset(liangshan, sichuan);
const projectIndex = (name: string) => liangshan.projects.findIndex((p) => p.name === name);

/** A small table scored under `profile`: one execution row and the given indicators. */
function scored(
  indicators: unknown[],
  execution: Record<string, string> = { initial: "100", adjusted: "100", executed: "100" },
  profile = sichuan,
) {
  const table = EvaluationTable.parse({ execution: [{ label: "总额", role: "total", ...execution }], indicators });
  return scoreTable(table, "t", profile);
}

describe("describeExecution", () => {
  it("states the 零陵 figures, the rate on 全年预算数 and the score at the hunan profile's one decimal", () => {
    expect(describeExecution(linglingScore.execution!, linglingTotalRow, hunan)).toBe(
      "年初预算数153.53万元，全年预算数127.10万元，全年执行数124.88万元，预算执行率为98.25%（全年执行数÷全年预算数），得分9.8分（分值10分）。",
    );
  });
  it("rounds the same score to two decimals under a two-decimal profile (9.825 → 9.83)", () => {
    const national = getBuiltinProfile("national") as RuleProfile;
    const score = scoreDataset(lingling, national).department;
    expect(describeExecution(score!.execution!, linglingTotalRow, national)).toContain("得分9.83分（分值10分）");
  });
  it("caps a rate above 100% and asks for the reason of a rate below the profile's 90%", () => {
    const over = scored([], { initial: "10", adjusted: "10", executed: "12" });
    expect(describeExecution(over.execution!, undefined, sichuan)).toContain("超过100%的按100%计分，得分10分");
    const low = scored([], { initial: "100", adjusted: "100", executed: "80" });
    const sentence = describeExecution(
      low.execution!,
      { label: "总额", role: "total", adjusted: "100", executed: "80" },
      sichuan,
      PROJECT_EXECUTION_LABELS,
    );
    expect(sentence).toBe(
      "调整后预算数100.00万元，预算执行数80.00万元，预算执行率为80.00%（预算执行数÷调整后预算数），得分8分（分值10分），预算执行率低于90%，未说明原因【请补充：执行率偏低的原因】。",
    );
    const withReason = describeExecution(
      low.execution!,
      { label: "总额", role: "total", adjusted: "100", executed: "80", reason: "项目延期至次年。" },
      sichuan,
    );
    expect(withReason).toContain("预算执行率低于90%的原因：项目延期至次年。");
  });
  it("prints — for a zero budget and never a rate", () => {
    const zero = scored([], { initial: "0", adjusted: "0", executed: "0" });
    expect(describeExecution(zero.execution!, undefined, sichuan)).toBe(
      "全年预算数为0，预算执行率为—，本项不计分（分值10分）。",
    );
  });
});

describe("describeBudgetAdjustment", () => {
  it("states the 零陵 adjustment 153.53 → 127.10 and flags the statement that denies it, not the missing reason", () => {
    expect(describeBudgetAdjustment(linglingTotalRow, { statement: "本年单位预算未进行预算相关事项的调整" })).toBe(
      "全年预算数127.10万元较年初预算数153.53万元减少26.43万元，下降17.21%" +
        "【请核实：预算调整说明“本年单位预算未进行预算相关事项的调整”与上述预算数不符】。",
    );
  });
  it("uses the unit's reason, says 追加 for a budget not planned at the start, and 未调整 when equal", () => {
    const row = (initial: string, adjusted: string, reason?: string) => ({
      label: "总额",
      role: "total" as const,
      initial,
      adjusted,
      ...(reason ? { reason } : {}),
    });
    expect(
      describeBudgetAdjustment(row("83.71", "79", "逐人核定编制执行清算调出减少。"), {
        labels: PROJECT_EXECUTION_LABELS,
      }),
    ).toBe(
      "调整后预算数79.00万元较年初预算数83.71万元减少4.71万元，下降5.63%，调整原因：逐人核定编制执行清算调出减少。",
    );
    expect(describeBudgetAdjustment(row("0", "82.9", "无"))).toBe("年初未安排预算，年度中追加预算82.90万元。");
    expect(describeBudgetAdjustment(row("12", "12"))).toBe("全年预算数与年初预算数一致，年度内未调整预算。");
    expect(describeBudgetAdjustment({ label: "总额", role: "total", executed: "1" })).toBe("");
  });
  it("does not take the form's printed instructions for a reason (seed 004 科普专项经费)", () => {
    const project = liangshan.projects[projectIndex("凉山州级科普专项经费")];
    const total = project?.evaluation?.execution.find((row) => row.role === "total");
    expect(total?.reason).toMatch(/^1\.预算执行率=预算执行数/);
    expect(describeBudgetAdjustment(total, { labels: PROJECT_EXECUTION_LABELS })).toBe(
      "调整后预算数148.00万元较年初预算数160.00万元减少12.00万元，下降7.50%。",
    );
  });
});

describe("describeIndicatorResult", () => {
  const [count, audience, , , honours, , , , , satisfaction] = linglingScore.indicators;
  it("writes target with its canonical operator and unit, the actual, the verdict and the score", () => {
    expect(describeIndicatorResult(count!, hunan)).toBe(
      "“积极开展各类科普活动”年度指标值≥8次，实际完成值为10次，达到年度指标值，得分10分（分值10分）。",
    );
    expect(describeIndicatorResult(satisfaction!, hunan)).toBe(
      "“服务对象满意度”年度指标值95%，实际完成值为100%，达到年度指标值，得分10分（分值10分）。",
    );
  });
  it("states the unit conversion scoring made instead of printing 25000万人次", () => {
    expect(describeIndicatorResult(audience!, hunan)).toBe(
      "“受众人数”年度指标值≥2万人次，实际完成值为25000（按2.5万人次计），达到年度指标值，得分10分（分值10分）。",
    );
  });
  it("states an over-achievement without a reason and flags nothing (a warning asks for it)", () => {
    expect(describeIndicatorResult(honours!, hunan)).toBe(
      "“单位获表彰情况”年度指标值1，实际完成值为5，超额完成，完成值为指标值的5.00倍，得分5分（分值5分）。",
    );
  });
  it("gives a shortfall its reason, flags a missing one, and drops a stated deduction the computation does not give", () => {
    const table = scored([
      {
        level1: "满意度指标",
        level3: "满意度",
        operator: "≥",
        target: "95",
        unit: "%",
        actual: "90",
        weight: "10",
        reason: "科普经费有限，满意度未达设定目标。扣1分。",
      },
      { level1: "满意度指标", level3: "满意度二", operator: "≥", target: "95", unit: "%", actual: "90", weight: "10" },
    ]);
    expect(describeIndicatorResult(table.indicators[0]!, sichuan)).toBe(
      "“满意度”年度指标值≥95%，实际完成值为90%，未达到年度指标值，得分9.47分（分值10分），偏差原因：科普经费有限，满意度未达设定目标。",
    );
    expect(describeIndicatorResult(table.indicators[1]!, sichuan)).toContain(
      "得分9.47分（分值10分），未说明原因【请补充：偏差原因分析及改进措施】。",
    );
  });
  it("says why an indicator could not be scored and flags a name copied from another year", () => {
    const index = projectIndex("凉山州级科普专项经费");
    const timely = liangshanScores.projects[index]?.indicators[2];
    expect(describeIndicatorResult(timely!, sichuan, { year: 2023 })).toBe(
      "“2022年1-12月完成”【请核实：指标名称所写年份不是评价年度】年度指标值≤1年，未填写实际完成值，暂未计分【请补充：实际完成值】。",
    );
  });
});

describe("score summaries", () => {
  it("gives the 零陵 total 99.8 of 100 as 9.8 + 90, graded 优", () => {
    expect(describeTotalScore(linglingScore, hunan, "部门整体支出")).toBe(
      "部门整体支出绩效自评得分99.8分，其中预算执行率得分9.8分、绩效指标得分90分，自评等级为“优”。",
    );
    expect(describeLevelScores(groupIndicators(linglingScore, hunan), hunan)).toBe(
      "产出指标分值50分，得分50分；效益指标分值40分，得分40分。",
    );
  });
  it("scores a table whose weights add to 120 on the 100 scale and flags it (seed 004 人才发展专项)", () => {
    const talent = liangshanScores.projects[projectIndex("人才发展专项")];
    expect(describeTotalScore(talent!, sichuan, "本项目")).toBe(
      "本项目绩效自评表分值合计120分，得分119.47分，其中预算执行率得分10分、绩效指标得分109.47分，折合百分制99.56分，" +
        "自评等级为“优”【请核实：自评表分值合计应为100分，现为120分】。",
    );
  });
  it("counts indicators that could not be scored and grades 良 what the seed printed as 98", () => {
    const popular = liangshanScores.projects[projectIndex("凉山州级科普专项经费")];
    expect(describeTotalScore(popular!, sichuan, "本项目")).toBe(
      "本项目绩效自评得分89.47分，其中预算执行率得分10分、绩效指标得分79.47分，自评等级为“良”。" +
        "另有1项指标无法计分，暂按0分计入【请补充：相应指标的完成值或分值后重新计分】。",
    );
  });
  it("lists every shortfall once, and nothing for a table with full marks", () => {
    expect(describeShortfalls(linglingScore, hunan)).toBe("");
    const exchange = liangshanScores.projects[projectIndex("学术交流活动业务经费")];
    expect(describeShortfalls(exchange!, sichuan, { year: 2023 })).toBe(
      "绩效指标中有1项指标未得满分：“科技工作者满意度”得分9.47分（分值10分），偏差原因：降低了极个别科技工作者的满意度。",
    );
  });
  it("reports no points per 一级 and no per-indicator shortfalls for a table without weights", () => {
    const table = scored([{ level1: "产出指标", level3: "活动", target: "3", actual: "3" }]);
    expect(describeLevelScores(groupIndicators(table, sichuan), sichuan)).toBe("");
    expect(describeShortfalls(table, sichuan)).toBe("");
  });
});

describe("groupIndicators", () => {
  it("follows 零陵's merges: 产出 6 rows (3 + 3), 效益 4 rows (3 + 1)", () => {
    const groups = groupIndicators(linglingScore, hunan);
    expect(
      groups.map((g) => [g.level1, g.weight.toString(), g.level2Groups.map((s) => `${s.level2}:${s.items.length}`)]),
    ).toEqual([
      ["产出指标", "50", ["重点工作任务完成:3", "履职目标实现:3"]],
      ["效益指标", "40", ["履职效益:3", "满意度:1"]],
    ]);
  });
});

describe("部门概况 figures", () => {
  it("restates 零陵's 决算 with the right unit and verb, where the seed printed 增加6.04元 and 持平", () => {
    const paragraphs = describeSpendingScale(lingling.finalAccounts!, 2024);
    expect(paragraphs).toEqual([
      "2024年度收入决算124.88万元，与上年148.40万元相比，减少23.52万元，下降15.85%。",
      "2024年度支出决算124.88万元，与上年148.40万元相比，减少23.52万元，下降15.85%。支出决算124.88万元，其中：基本支出124.88万元，占100.00%；项目支出0.00万元，占0.00%。",
      "基本支出124.88万元，与上年118.84万元相比，增加6.04万元，增长5.08%。基本支出124.88万元，其中：人员经费88.18万元，与上年94.32万元相比，减少6.14万元，下降6.51%；公用经费36.70万元，与上年24.52万元相比，增加12.18万元，增长49.67%。",
      "“三公”经费支出0.68万元（因公出国（境）费0.00万元，公务用车购置及运行维护费0.00万元，公务接待费0.68万元），与上年0.67万元相比，增加0.01万元，增长1.49%。",
    ]);
    expect(checkText(["2024年度部门整体支出绩效自评报告", ...paragraphs].join("\n"))).toEqual([]);
  });
  it("says a total once when there is no prior year to compare it with", () => {
    const accounts = structuredClone(lingling.finalAccounts!);
    delete accounts.expenditure!.prior;
    delete accounts.basicSpending!.prior;
    const [, expenditure, basic] = describeSpendingScale(accounts, 2024);
    expect(expenditure).toBe(
      "2024年度支出决算124.88万元，其中：基本支出124.88万元，占100.00%；项目支出0.00万元，占0.00%。",
    );
    expect(basic).toBe(
      "基本支出124.88万元，其中：人员经费88.18万元，与上年94.32万元相比，减少6.14万元，下降6.51%；公用经费36.70万元，与上年24.52万元相比，增加12.18万元，增长49.67%。",
    );
  });
  it("states staff from the unit profile", () => {
    expect(describeStaff(lingling.unit!, 2024)).toBe(
      "永州市零陵区科学技术协会为正科级全额拨款事业单位（参照公务员管理），核定编制8名；2024年末实有人员17人，其中在职人员7人、退休人员10人。",
    );
    expect(describeStaff({ name: "某科协" }, 2024)).toBe("");
  });
  it("names the funding sources that had money", () => {
    const rows = liangshan.projects[projectIndex("州本级目标绩效")]?.evaluation?.execution ?? [];
    expect(describeFundingSources(rows)).toBe("按资金来源分，财政资金执行79.00万元。");
    expect(describeFundingSources([])).toBe("");
  });
});

describe("round trip through the prose audit", () => {
  it("every generated 零陵 sentence passes checkText", () => {
    const sentences = [
      "2024年度部门整体支出绩效自评报告",
      describeExecution(linglingScore.execution!, linglingTotalRow, hunan),
      describeBudgetAdjustment(linglingTotalRow),
      ...linglingScore.indicators.map((s) => describeIndicatorResult(s, hunan, { year: 2024 })),
      describeTotalScore(linglingScore, hunan, "部门整体支出"),
    ];
    expect(checkText(sentences.join("\n"))).toEqual([]);
  });
  it("the execution sentence is one checkText can verify: a wrong rate in its place is found", () => {
    const sentence = describeExecution(linglingScore.execution!, linglingTotalRow, hunan).replace("98.25%", "98.00%");
    expect(checkText(`2024年度部门整体支出绩效自评报告\n${sentence}`).map((f) => f.code)).toEqual([
      "PROSE-COMPLETION-RATE",
    ]);
  });
});
