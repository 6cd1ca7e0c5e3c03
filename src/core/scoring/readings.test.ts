/**
 * Readings of real indicator texts (issue 10): time targets, word operators, 百分比, ≥100% vs 100%, unused rows,
 * met/unmet without a weight, no grade for a table that cannot be scored, the budget score on the row that prints it.
 */
import { describe, expect, it } from "vitest";
import type { EvaluationTable, Indicator } from "../dataset/schema.ts";
import { EvaluationTable as TableSchema } from "../dataset/schema.ts";
import { formatFixed } from "../numbers/decimal.ts";
import { parseTimeTarget, judgeTimeTarget } from "../parse/parse-deadline.ts";
import { parseMeasure } from "../parse/parse-measure.ts";
import { defaultProfile } from "../profiles/builtin-profiles.ts";
import { scoreIndicator } from "./score-indicator.ts";
import { scoreTable } from "./score-table.ts";

const national = defaultProfile();
const ind = (fields: Partial<Indicator>): Indicator =>
  ({ level1: "产出指标", level2: "数量指标", level3: "x", ...fields }) as Indicator;
const table = (input: Record<string, unknown>): EvaluationTable => TableSchema.parse(input);
const score = (fields: Partial<Indicator>, year = 2023) =>
  scoreIndicator(ind(fields), "t.indicators[0]", national, { reportYear: year });

describe("time targets are a kind of their own", () => {
  it("reads deadlines, not numbers", () => {
    expect(parseTimeTarget("2023年11月底前")?.deadline).toEqual({ year: 2023, month: 11, day: null });
    expect(parseTimeTarget("12月底前")?.deadline).toEqual({ year: null, month: 12, day: null });
    expect(parseTimeTarget("6月30日前")?.deadline).toEqual({ year: null, month: 6, day: 30 });
    expect(parseTimeTarget("年底前")?.deadline).toEqual({ year: null, month: 12, day: null });
    expect(parseTimeTarget("第三季度前")?.deadline).toEqual({ year: null, month: 9, day: null });
    expect(parseTimeTarget("按时")).toEqual({ deadline: null, text: "按时" });
    for (const text of ["及时", "按期", "当年完成", "年内完成", "按计划完成"])
      expect(parseTimeTarget(text)).not.toBeNull();
    expect(parseTimeTarget("2023年底前")?.deadline).toEqual({ year: 2023, month: 12, day: null });
    for (const text of ["100%", "≥95%", "3年", "较为认可", "12个月"]) expect(parseTimeTarget(text)).toBeNull();
  });
  it("judges met or unmet from the actual text", () => {
    const nov = parseTimeTarget("2023年11月底前");
    if (!nov) throw new Error("not read");
    expect(judgeTimeTarget(nov, "2023年11月20日完成", 2023).verdict).toBe("met");
    expect(judgeTimeTarget(nov, "2023年12月5日", 2023).verdict).toBe("notMet");
    expect(judgeTimeTarget(nov, "11月", 2023).verdict).toBe("met");
    expect(judgeTimeTarget(nov, "2024年1月", 2023).verdict).toBe("notMet");
    expect(judgeTimeTarget(nov, "按时完成", 2023).verdict).toBe("met");
    expect(judgeTimeTarget(nov, "延期至12月", 2023).verdict).toBe("notMet");
    expect(judgeTimeTarget(nov, "", 2023).verdict).toBe("unknown");
  });
  it("a clean time row keeps its points (was 未填写完成值 with the number 2023)", () => {
    const s = score({
      level2: "时效指标",
      level3: "完成时间",
      target: "2023年11月底前",
      actual: "2023年11月完成",
      weight: "10",
    });
    expect(s.status).toBe("qualitative");
    expect(s.attainment).toBe("met");
    expect(s.suggested?.toString()).toBe("10");
    expect(s.explanation).toBe(
      "时效指标（期限 2023年11月底前）：完成时间 2023年11月 未晚于期限 2023年11月底前；定性指标“达成年度指标”，得分区间 [8.00, 10.00]，建议取上限 10.00",
    );
  });
  it("按时 against 按时完成 is met; against 未按时 it is not", () => {
    expect(score({ target: "按时", actual: "按时完成", weight: "5" }).suggested?.toString()).toBe("5");
    const late = score({ target: "及时", actual: "未按时拨付", weight: "5" });
    expect(late.attainment).toBe("notMet");
    expect(formatFixed(late.suggested ?? (national.execution.weight as never), 2)).toBe("2.99");
  });
  it("a year-end target in the report year", () => {
    expect(score({ target: "年底前", actual: "12月", weight: "5" }, 2023).attainment).toBe("met");
    expect(score({ target: "年底前", actual: "2024年3月", weight: "5" }, 2023).attainment).toBe("notMet");
  });
});

describe("word operators and operators inside the text", () => {
  it("reads operators written in words, in front and behind", () => {
    const cases: [string, string, string, string | null][] = [
      ["不少于500人次", "≥", "500", "人次"],
      ["不低于95%", "≥", "95", "%"],
      ["不超过60万元", "≤", "60", "万元"],
      ["不高于5%", "≤", "5", "%"],
      ["达到3个", "≥", "3", "个"],
      ["95%以上", "≥", "95", "%"],
      ["500人次及以上", "≥", "500", "人次"],
      ["60万元以内", "≤", "60", "万元"],
      ["控制在60万元以内", "≤", "60", "万元"],
      ["培训人次不少于500人次", "≥", "500", "人次"],
      ["≥3次", "≥", "3", "次"],
      ["及时率≥95%", "≥", "95", "%"],
      ["设备故障率≤5%", "≤", "5", "%"],
    ];
    for (const [text, operator, value, unit] of cases) {
      const m = parseMeasure(text);
      expect([text, m.operator, m.value?.toString(), m.unit]).toEqual([text, operator, value, unit]);
    }
  });
  it("reads a change target and the actual in its direction", () => {
    expect(parseMeasure("提升8%")).toMatchObject({ operator: "≥", direction: "up", unit: "%" });
    expect(parseMeasure("下降5%")).toMatchObject({ operator: "≥", direction: "down" });
    const met = score({ target: "下降5%", actual: "下降6.2%", weight: "10" });
    expect([met.status, met.suggested?.toString()]).toEqual(["met", "10"]);
    expect(met.explanation).toContain("指标为降幅，按降幅计");
    const wrongWay = score({ target: "下降5%", actual: "上升2%", weight: "10" });
    expect([wrongWay.attainment, wrongWay.suggested?.toString()]).toEqual(["notMet", "0"]);
    expect(score({ target: "下降5%", actual: "-6%", weight: "10" }).attainment).toBe("met");
    expect(formatFixed(score({ target: "提升8%", actual: "6%", weight: "10" }).suggested as never, 2)).toBe("7.50");
  });
  it("word operators score as their glyphs: 不少于500人次 with 480 is 9.60 of 10", () => {
    const s = score({ target: "不少于500人次", actual: "480人次", weight: "10" });
    expect([s.status, formatFixed(s.suggested as never, 2)]).toEqual(["notMet", "9.60"]);
    expect(score({ target: "不超过60万元", actual: "58.5万元", weight: "10" }).status).toBe("met");
  });
  it("an operator or a word in the actual text is read past", () => {
    expect(score({ target: "95%", actual: "≥95%", weight: "10" }).status).toBe("met");
    expect(score({ target: "500人次", actual: "实际完成520人次", weight: "10" }).status).toBe("met");
  });
  it("百分比 as the unit is %; ≥100% and 100% are both met by 100%", () => {
    expect(score({ target: "95", unit: "百分比", actual: "96%", weight: "10" }).status).toBe("met");
    expect(score({ target: "≥100%", actual: "100%", weight: "10" }).status).toBe("met");
    expect(score({ target: "100%", actual: "100%", weight: "10" }).status).toBe("met");
    expect(formatFixed(score({ target: "100%", actual: "98%", weight: "10" }).suggested as never, 2)).toBe("9.80");
  });
});

describe("met or unmet without a weight", () => {
  it("7场 against 8场 is unmet though the table prints no weight", () => {
    const s = score({ target: "8", unit: "场", actual: "7" });
    expect([s.status, s.suggested, s.attainment]).toEqual(["unscorable", null, "notMet"]);
    expect(s.explanation).toBe("未填写权重，无法计分；按指标值与完成值判断，未完成");
    expect(score({ target: "≥8场", actual: "9场" }).attainment).toBe("met");
    expect(score({ level2: "时效指标", target: "年底前", actual: "次年3月" }).attainment).toBe("notMet");
    expect(score({ level2: "时效指标", target: "年底前", actual: "正在推进" }).attainment).toBe("unknown");
  });
  it("an unused row printed 0 is empty: no score, no attainment", () => {
    const s = score({ level1: "效益指标", level2: "生态效益指标", level3: "0", target: "0", actual: "0" });
    expect([s.empty, s.attainment, s.status]).toEqual([true, "unknown", "unscorable"]);
    expect(score({ target: "", actual: "—" }).empty).toBe(true);
    expect(score({ target: "0", actual: "0", weight: "0", printed: { score: "0" } }).empty).toBe(true);
    expect(score({ target: "0", actual: "0", printed: { score: "5" } }).empty).toBe(false);
    expect(score({ target: "0", actual: "0", weight: "5" }).empty).toBe(false);
  });
});

describe("a table that cannot be scored claims no total grade", () => {
  const rows = [
    { level1: "产出指标", level3: "a", target: "8", unit: "场", actual: "8", weight: "50" },
    { level1: "效益指标", level3: "b", target: "明显", actual: "明显", weight: "30" },
    { level1: "满意度指标", level3: "c", target: "≥95%", actual: "96%", weight: "10" },
  ];
  it("with every weight and the budget score it is graded", () => {
    const s = scoreTable(
      table({
        execution: [{ label: "年度资金总额", role: "total", adjusted: "100", executed: "100" }],
        indicators: rows,
      }),
      "t",
      national,
    );
    expect([s.total.toString(), s.grade, s.missing]).toEqual(["100", "优", []]);
  });
  it("without the budget figures: 90 of 90 is not 等级 优; it says what is missing", () => {
    const s = scoreTable(
      table({ execution: [{ label: "年度资金总额", role: "total", executed: "100" }], indicators: rows }),
      "t",
      national,
    );
    expect(s.grade).toBeNull();
    expect(s.missing).toEqual(["预算执行得分无法计算（缺少全年（调整后）预算数，无法计算执行率）"]);
  });
  it("a table with no weight column is not graded from its budget block alone", () => {
    const bare = rows.map(({ weight: _w, ...row }) => row);
    const s = scoreTable(
      table({
        execution: [{ label: "年度资金总额", role: "total", adjusted: "100", executed: "100" }],
        indicators: bare,
      }),
      "t",
      national,
    );
    expect(s.grade).toBeNull();
    expect(s.missing).toEqual(["表中未印权重，无法计分"]);
    expect(s.indicators.map((i) => i.attainment)).toEqual(["met", "met", "met"]);
  });
  it("a table of targets only, no actual scorable: no total grade, and it says what is missing (G-GRADEPART)", () => {
    const targetsOnly = [
      { level1: "产出指标", level3: "培训制度", target: "建立与否", weight: "50" },
      { level1: "效益指标", level3: "覆盖学校", target: "95%以上", weight: "30" },
      { level1: "满意度指标", level3: "家长满意度", target: "≥90%", weight: "20" },
    ];
    const s = scoreTable(table({ executionWeight: "0", indicators: targetsOnly }), "t", national);
    expect(s.grade).toBeNull();
    expect(s.missing).toEqual([
      "3项指标都没有可计分的完成值（1项定性指标未填写完成情况；2项未填写完成值，无法计分），不计总分",
    ]);
    // One row scorable: the rest count 0 and the grade stands, as before.
    const one = [...targetsOnly.slice(0, 2), { ...targetsOnly[2], actual: "96%" }];
    const partly = scoreTable(table({ executionWeight: "0", indicators: one }), "t", national);
    expect(partly.missing).toEqual([]);
    expect(partly.grade).not.toBeNull();
  });
  it("an unused row does not keep a table from its grade", () => {
    const s = scoreTable(
      table({
        execution: [{ label: "总额", role: "total", adjusted: "100", executed: "100" }],
        indicators: [...rows, { level1: "效益指标", level3: "生态效益", target: "0", actual: "0" }],
      }),
      "t",
      national,
    );
    expect(s.grade).toBe("优");
  });
  it("a table printed incompletely is not graded", () => {
    const s = scoreTable(
      table({
        execution: [{ label: "总额", role: "total", adjusted: "100", executed: "100" }],
        indicators: rows,
        incomplete: true,
        incompleteNote: "第2页未收录",
      }),
      "t",
      national,
    );
    expect(s.missing).toEqual(["原表印得不全（第2页未收录）"]);
    expect(s.grade).toBeNull();
  });
});

describe("the budget block as real forms print it", () => {
  it("a single 预算数 column", () => {
    const s = scoreTable(
      table({ execution: [{ label: "年度资金总额", role: "total", budget: "120", executed: "118.8" }] }),
      "t",
      national,
    );
    expect(formatFixed(s.execution?.rate as never, 2)).toBe("99.00");
    expect(s.execution?.explanation).toBe(
      "执行率 = 执行数 118.8 ÷ 预算数 120 = 99.00%；得分 = 分值 10 × 99.00% = 9.90",
    );
  });
  it("the score on the 其中：财政拨款 row is that row's", () => {
    const s = scoreTable(
      table({
        execution: [
          { label: "年度资金总额", role: "total", adjusted: "200", executed: "190" },
          {
            label: "其中：财政拨款",
            role: "part",
            adjusted: "160",
            executed: "150",
            printed: { rate: "93.75%", weight: "10", score: "9.38" },
          },
          { label: "其他资金", role: "part", adjusted: "40", executed: "40" },
        ],
      }),
      "t",
      national,
    );
    expect(s.execution?.path).toBe("t.execution[1]");
    expect(formatFixed(s.execution?.score as never, 2)).toBe("9.38");
    expect(s.execution?.explanation).toContain("（按“其中：财政拨款”行计分，原表得分印在该行）");
  });
  it("a zero 年度资金总额 over non-zero parts is scored on the sum of its parts", () => {
    const execution = (partExecuted: string | undefined) =>
      table({
        execution: [
          { label: "年度资金总额", role: "total", adjusted: "0", executed: "0", printed: { rate: "0", score: "0" } },
          {
            label: "其中：财政拨款",
            role: "part",
            adjusted: "35.6",
            ...(partExecuted === undefined ? {} : { executed: partExecuted }),
          },
          { label: "其他资金", role: "part", adjusted: "4.4", executed: "4.4" },
        ],
      });
    // (33.6 + 4.4) ÷ (35.6 + 4.4) = 38 ÷ 40 = 95%; 10 × 95% = 9.5.
    const s = scoreTable(execution("33.6"), "t", national);
    expect(s.execution?.rate?.toString()).toBe("95");
    expect(s.execution?.score?.toString()).toBe("9.5");
    expect(s.execution?.explanation).toBe(
      "执行率 = 执行数 38 ÷ 全年（调整后）预算数 40 = 95.00%；得分 = 分值 10 × 95.00% = 9.50（“年度资金总额”行印为0，按其中项合计计算）",
    );
    // A part without its 执行数 leaves nothing to sum: the total is said to look left out, and nothing is scored.
    const partial = scoreTable(execution(undefined), "t", national);
    expect(partial.execution?.score).toBeNull();
    expect(partial.execution?.explanation).toBe(
      "全年（调整后）预算数为0，执行率无意义（—），但其中项合计不为0，总额疑似漏填",
    );
    expect(partial.grade).toBeNull();
  });
});

describe("a numeric target whose 完成值 is a word of completion", () => {
  it("reads 完成 / 已完成100% as the target reached, whatever the operator", () => {
    const cost = score({ level2: "成本指标", operator: "≤", target: "30", unit: "万元", actual: "完成", weight: "90" });
    expect(cost.attainment).toBe("met");
    expect(cost.suggested?.toString()).toBe("90");
    expect(cost.explanation).toContain("完成值写作“完成”，按达到指标值 30 计");
    const count = score({ target: "至少全年完成2次宣传", actual: "已完成100%", weight: "10" });
    expect(count.attainment).toBe("met");
    expect(count.suggested?.toString()).toBe("10");
    // "已完成100%" against 10万元 is not a unit mix-up.
    const money = score({ level2: "成本指标", target: "10万元", actual: "已完成100%", weight: "5" });
    expect(money.values.unitsIncompatible).toBe(false);
    expect(money.suggested?.toString()).toBe("5");
  });
  it("keeps a percentage actual against a percentage target, and numbers and other words as they are", () => {
    const satisfaction = score({ level1: "满意度指标", target: "90%", actual: "已完成100%", weight: "10" });
    expect(satisfaction.values.doneWord).toBeUndefined();
    expect(satisfaction.values.actual?.toString()).toBe("100");
    expect(score({ target: "≥8场", actual: "完成7场", weight: "10" }).attainment).toBe("notMet");
    expect(score({ target: "≥8场", actual: "部分完成", weight: "10" }).values.doneWord).toBeUndefined();
    expect(score({ target: "≥8场", actual: "未完成", weight: "10" }).attainment).not.toBe("met");
  });
});
